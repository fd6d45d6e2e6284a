package nl.fermwerk.inburgering.rapportage;

import static nl.fermwerk.inburgering.rapportage.RapportageFixture.A;
import static nl.fermwerk.inburgering.rapportage.RapportageFixture.B;
import static nl.fermwerk.inburgering.rapportage.RapportageFixture.C;
import static nl.fermwerk.inburgering.rapportage.RapportageFixture.D;
import static nl.fermwerk.inburgering.rapportage.RapportageFixture.P1;
import static nl.fermwerk.inburgering.rapportage.RapportageFixture.P2;
import static nl.fermwerk.inburgering.rapportage.RapportageFixture.P3;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The rapportage module against the fixed event fixture: projections, replays, rebuild, check and the API. */
@IntegratieTest
class RapportageIntegratieTest {

    @Autowired
    RapportageFixture fixture;
    @Autowired
    Herspeler herspeler;
    @Autowired
    RapportageDossiers dossiers;
    @Autowired
    RapportageHerbouw herbouw;
    @Autowired
    Rapportages rapportages;
    @Autowired
    CbsLeveringen cbs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void fixture() {
        fixture.zorgVoor();
    }

    private DossierRegel opgeslagen(String id) {
        return dossiers.vind(id).orElseThrow();
    }

    @Test
    void deOpgeslagenProjectieVolgtDeGebeurtenissen() {
        DossierRegel a = opgeslagen(A);
        assertThat(a.fase()).isEqualTo("UITVOERING");
        assertThat(a.doelgroep()).isEqualTo("ASIELSTATUSHOUDER");
        assertThat(a.leerroute()).isEqualTo("B1");
        assertThat(a.datumKoppeling()).isEqualTo("2023-01-09");
        assertThat(a.datumInschrijving()).isEqualTo("2023-02-01");
        assertThat(a.datumBredeIntake()).isEqualTo("2023-02-15");
        assertThat(a.pipDatum()).isEqualTo("2023-03-10");
        assertThat(a.datumPvt()).isEqualTo("2023-11-01");
        assertThat(a.datumMap()).isEqualTo("2024-05-01");
        assertThat(a.eindeTermijn()).isEqualTo("2026-03-11");
        assertThat(a.praktijkUren()).isEqualByComparingTo("48");
        assertThat(a.aantalBoetes()).isEqualTo(1);
        assertThat(a.boeteBedrag()).isEqualByComparingTo("400");
        assertThat(a.aantalVoortgangsgesprekken()).isEqualTo(1);
        assertThat(a.uitstroomWerk()).isTrue();
        assertThat(a.openTermijnen()).isEmpty();
        assertThat(a.versie()).isEqualTo(10);

        DossierRegel b = opgeslagen(B);
        assertThat(b.fase()).isEqualTo("UITVOERING");
        assertThat(b.leerroute()).isEqualTo("Z");
        assertThat(b.participatieUren()).isEqualByComparingTo("120");
        assertThat(b.openTermijnen()).containsExactly("PVT");
        assertThat(b.aantalBoetes()).isEqualTo(1);
        assertThat(b.boeteBedrag()).isEqualByComparingTo("250");

        DossierRegel c = opgeslagen(C);
        assertThat(c.fase()).isEqualTo("AFGESLOTEN");
        assertThat(c.actief()).isFalse();
        assertThat(c.resultaat()).isEqualTo("VERHUISD");
        assertThat(c.datumAfsluiting()).isEqualTo("2024-03-04");

        DossierRegel d = opgeslagen(D);
        assertThat(d.fase()).isEqualTo("BREDE_INTAKE");
        assertThat(d.gemeente()).isEqualTo("BODEGRAVEN_REEUWIJK");
        assertThat(d.pipDatum()).isNull();
        // The CBS stream is no dossier
        assertThat(dossiers.vind("CBS-2023-Q1")).isEmpty();
    }

    @Test
    void drieReplaysGevenDrieVerschillendeJuisteAntwoorden() {
        Rapportages.KengetallenOverzicht k1 = rapportages.kengetallen(P1, null);
        Rapportages.KengetallenOverzicht k2 = rapportages.kengetallen(P2, null);
        Rapportages.KengetallenOverzicht k3 = rapportages.kengetallen(P3, null);

        Kengetallen t1 = k1.totaal();
        assertThat(t1.aantalDossiers()).isEqualTo(2);
        assertThat(t1.actief()).isEqualTo(2);
        assertThat(t1.actiefPerFase()).containsEntry("UITVOERING", 1).containsEntry("PIP", 1)
                .containsEntry("BREDE_INTAKE", 0);
        assertThat(t1.leerroutes()).containsEntry("B1", 1).containsEntry("NOG_GEEN", 1).containsEntry("Z", 0);
        // A's PIP came within the term (from its inschrijving); B's term ended on 2023-04-12 without one
        assertThat(t1.pipBinnenTermijn()).isEqualTo(new Kengetallen.Aandeel(1, 2, 50.0));
        assertThat(t1.pvtOpTijd()).isEqualTo(new Kengetallen.Aandeel(0, 0, null));
        assertThat(t1.openEscalaties()).isEqualTo(1);
        assertThat(t1.aantalBoetes()).isZero();
        // From the start of the plicht (A: inschrijving 02-01 -> 02-15 = 14; B: koppeling 02-01 -> 04-03 = 61)
        assertThat(t1.bredeIntakeGestart()).isEqualTo(new Kengetallen.Aandeel(2, 2, 100.0));
        assertThat(t1.mediaanDagenStartPlichtBredeIntake()).isEqualTo(37.5);
        assertThat(k1.cbs().laatsteKwartaal()).isEqualTo("2023-Q1");
        assertThat(k1.cbs().laatsteKwartaalGeleverd()).isTrue();
        assertThat(k1.cbs().geleverdOp()).isEqualTo("2023-04-20");
        assertThat(k1.cbs().teLaat()).isFalse();
        assertThat(k1.cbs().volgendeUitersteLeverdatum()).isEqualTo("2023-07-28");

        Kengetallen t2 = k2.totaal();
        assertThat(t2.aantalDossiers()).isEqualTo(4);
        assertThat(t2.actief()).isEqualTo(4);
        assertThat(t2.actiefPerFase()).containsEntry("UITVOERING", 3).containsEntry("BREDE_INTAKE", 1)
                .containsEntry("PIP", 0);
        assertThat(t2.leerroutes()).containsEntry("B1", 1).containsEntry("Z", 1).containsEntry("ONDERWIJS", 1)
                .containsEntry("NOG_GEEN", 1);
        // C is a nareiziger without a recorded BRP inschrijving: its PIP term (termijnen.dmn) has not started, so it
        // is in no noemer, as its watcher does not run
        assertThat(t2.pipBinnenTermijn()).isEqualTo(new Kengetallen.Aandeel(1, 2, 50.0));
        assertThat(t2.openEscalaties()).isZero();
        assertThat(t2.aantalBoetes()).isEqualTo(2);
        assertThat(t2.boetebedrag()).isEqualByComparingTo("650");
        assertThat(t2.bredeIntakeGestart()).isEqualTo(new Kengetallen.Aandeel(3, 4, 75.0));
        assertThat(t2.mediaanDagenStartPlichtBredeIntake()).isEqualTo(30.0);
        assertThat(k2.cbs().laatsteKwartaal()).isEqualTo("2023-Q2");
        assertThat(k2.cbs().laatsteKwartaalGeleverd()).isFalse();
        assertThat(k2.cbs().teLaat()).isTrue();
        assertThat(k2.cbs().nietGeleverd()).contains("WOERDEN 2023-Q2", "OUDEWATER 2023-Q2", "MONTFOORT 2023-Q2")
                .doesNotContain("WOERDEN 2023-Q1", "BODEGRAVEN_REEUWIJK 2023-Q2");
        assertThat(k2.perGemeente().get("WOERDEN").aantalBoetes()).isEqualTo(1);
        assertThat(k2.perGemeente().get("OUDEWATER").boetebedrag()).isEqualByComparingTo("250");

        Kengetallen t3 = k3.totaal();
        assertThat(t3.aantalDossiers()).isEqualTo(4);
        assertThat(t3.actief()).isEqualTo(3);
        assertThat(t3.afgesloten()).isEqualTo(1);
        assertThat(t3.actiefPerFase()).containsEntry("UITVOERING", 2).containsEntry("BREDE_INTAKE", 1);
        assertThat(t3.leerroutes()).containsEntry("B1", 1).containsEntry("Z", 1).containsEntry("ONDERWIJS", 0)
                .containsEntry("NOG_GEEN", 1);
        assertThat(t3.pvtOpTijd()).isEqualTo(new Kengetallen.Aandeel(2, 3, 66.7));
        assertThat(t3.mapOpTijd()).isEqualTo(new Kengetallen.Aandeel(1, 1, 100.0));
        assertThat(t3.openEscalaties()).isEqualTo(1);
        // A went to work, but the fixture's event carries no date: undated work is no uitstroom
        assertThat(t3.uitstroomWerk()).isEqualTo(new Kengetallen.Aandeel(0, 4, 0.0));
        assertThat(k3.perGemeente().get("MONTFOORT").afgesloten()).isEqualTo(1);

        assertThat(t1).isNotEqualTo(t2);
        assertThat(t2).isNotEqualTo(t3);
    }

    @Test
    void cohortenPerKwartaalVanDeStartVanDePlicht() throws Exception {
        JsonNode c = get("casusregisseur", "/api/rapportages/cohorten?peildatum=" + P2);
        List<String> rijen = new ArrayList<>();
        c.get("cohorten").forEach(r -> rijen.add(r.get("kwartaal").asText() + " " + r.get("doelgroep").asText() + " "
                + r.get("aantal").asInt() + " " + r.get("bredeIntakeGestart").get("teller").asInt() + " "
                + r.get("mediaanDagenStartPlichtBredeIntake").asText()));
        // A's plicht starts at its inschrijving (2023-02-01), B's at its koppeling; C (2023-Q2), D (2023-Q3)
        assertThat(rijen).contains("2023-Q1 ASIELSTATUSHOUDER 1 1 14.0", "2023-Q1 GEZINSMIGRANT 1 1 61.0",
                "2023-Q2 NAREIZIGER 1 1 30.0", "2023-Q3 OVERIGE_MIGRANT 1 0 null");
    }

    @Test
    void eenReplayPerDossierToontDeStandVanToen() {
        assertThat(rapportages.dossier(B, P1).fase()).isEqualTo("PIP");
        assertThat(rapportages.dossier(B, P1).openTermijnen()).containsExactly("PIP_10_WEKEN");
        assertThat(rapportages.dossier(B, P2).openTermijnen()).isEmpty();
        assertThat(rapportages.dossier(B, P3).openTermijnen()).containsExactly("PVT");
        assertThat(rapportages.dossier(A, P1).datumPvt()).isNull();
        assertThat(rapportages.dossier(A, P3).datumPvt()).isEqualTo("2023-11-01");
    }

    @Test
    void herbouwGelijkAanOpgeslagenEnControleVindtAfwijkingen() {
        RapportageHerbouw.Resultaat resultaat = herbouw.herbouw();
        assertThat(resultaat.dossiers()).isGreaterThanOrEqualTo(4);
        assertThat(resultaat.gebeurtenissen()).isGreaterThanOrEqualTo(27);
        assertThat(herbouw.controleer().gelijk()).isTrue();
        List<DossierRegel> herspeeld = herspeler.speelAf(null);
        assertThat(dossiers.alle()).containsExactlyElementsOf(herspeeld);

        jdbc.update("UPDATE rapportage_dossier SET fase = 'PIP' WHERE dossier_id = ?", A);
        jdbc.update("DELETE FROM rapportage_dossier WHERE dossier_id = ?", D);
        RapportageHerbouw.Controle controle = herbouw.controleer();
        assertThat(controle.gelijk()).isFalse();
        assertThat(controle.verschillen()).extracting(RapportageHerbouw.Verschil::dossierId,
                RapportageHerbouw.Verschil::soort).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(A, "AFWIJKEND"), org.assertj.core.groups.Tuple.tuple(D, "ONTBREEKT"));
        assertThat(controle.verschillen().stream().filter(v -> v.dossierId().equals(A)).findFirst().orElseThrow()
                .velden()).containsOnlyKeys("fase").containsEntry("fase", Arrays.asList("PIP", "UITVOERING"));

        ResponseEntity<String> api = http.withBasicAuth("beheer", "demo")
                .postForEntity("/api/rapportages/herbouw", null, String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(herbouw.controleer().gelijk()).isTrue();
        assertThat(opgeslagen(A).fase()).isEqualTo("UITVOERING");
        assertThat(http.withBasicAuth("beheer", "demo").getForObject("/api/rapportages/controle", String.class))
                .contains("\"gelijk\":true");
    }

    @Test
    void deLijstPerGemeenteFiltertEnPagineert() throws Exception {
        JsonNode woerden = get("casusregisseur", "/api/rapportages/dossiers?gemeente=WOERDEN&leerroute=B1&grootte=500");
        assertThat(ids(woerden)).contains(A).doesNotContain(B, C, D);

        JsonNode p1 = get("teamleider", "/api/rapportages/dossiers?peildatum=2023-04-30&termijnVerlopen=true");
        assertThat(p1.get("totaal").asInt()).isEqualTo(1);
        assertThat(ids(p1)).containsExactly(B);
        assertThat(p1.get("dossiers").get(0).get("openTermijnen").get(0).asText()).isEqualTo("PIP_10_WEKEN");

        JsonNode p3 = get("teamleider", "/api/rapportages/dossiers?peildatum=2024-06-30&fase=UITVOERING");
        assertThat(ids(p3)).containsExactly(A, B);
        JsonNode verlopen = get("teamleider", "/api/rapportages/dossiers?peildatum=2024-06-30&termijnVerlopen=true");
        assertThat(ids(verlopen)).containsExactly(B, D);
        JsonNode pagina = get("teamleider", "/api/rapportages/dossiers?peildatum=2024-06-30&grootte=1&pagina=2");
        assertThat(pagina.get("totaal").asInt()).isEqualTo(4);
        assertThat(ids(pagina)).containsExactly(C);

        ResponseEntity<String> fout = http.withBasicAuth("casusregisseur", "demo")
                .getForEntity("/api/rapportages/dossiers?fase=ONZIN", String.class);
        assertThat(fout.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fout.getBody()).contains("fase");
        // The list never carries the BSN
        assertThat(woerden.toString()).doesNotContain(RapportageFixture.BSN_A);
    }

    @Test
    void managementCijfersAlsCsvEnJson() throws Exception {
        // Exact for casusregie; what management sees of the same table is in KleineCellenTest
        String csv = csv("casusregisseur", "/api/rapportages/export/management.csv?peildatum=2023-09-30");
        List<String> regels = csv.lines().toList();
        assertThat(regels.get(0)).isEqualTo("peildatum;gemeente;gemeentecode;indicator;waarde");
        assertThat(regels.stream().filter(r -> r.startsWith("30-09-2023;Totaal;")).toList()).containsExactly(
                "30-09-2023;Totaal;;aantal_dossiers;4",
                "30-09-2023;Totaal;;actief;4",
                "30-09-2023;Totaal;;afgesloten;0",
                "30-09-2023;Totaal;;actief_fase_WARME_OVERDRACHT;0",
                "30-09-2023;Totaal;;actief_fase_BREDE_INTAKE;1",
                "30-09-2023;Totaal;;actief_fase_PIP;0",
                "30-09-2023;Totaal;;actief_fase_UITVOERING;3",
                "30-09-2023;Totaal;;actief_fase_AFSLUITING;0",
                "30-09-2023;Totaal;;leerroute_B1;1",
                "30-09-2023;Totaal;;leerroute_Z;1",
                "30-09-2023;Totaal;;leerroute_ONDERWIJS;1",
                "30-09-2023;Totaal;;leerroute_NOG_GEEN;1",
                "30-09-2023;Totaal;;open_escalaties;0",
                "30-09-2023;Totaal;;aantal_boetes;2",
                "30-09-2023;Totaal;;boetebedrag;650.00",
                "30-09-2023;Totaal;;pip_binnen_termijn_teller;1",
                "30-09-2023;Totaal;;pip_binnen_termijn_noemer;2",
                "30-09-2023;Totaal;;pip_binnen_termijn_pct;50.0",
                "30-09-2023;Totaal;;pvt_op_tijd_teller;0",
                "30-09-2023;Totaal;;pvt_op_tijd_noemer;0",
                "30-09-2023;Totaal;;pvt_op_tijd_pct;",
                "30-09-2023;Totaal;;map_op_tijd_teller;0",
                "30-09-2023;Totaal;;map_op_tijd_noemer;0",
                "30-09-2023;Totaal;;map_op_tijd_pct;",
                "30-09-2023;Totaal;;brede_intake_gestart_teller;3",
                "30-09-2023;Totaal;;brede_intake_gestart_noemer;4",
                "30-09-2023;Totaal;;brede_intake_gestart_pct;75.0",
                "30-09-2023;Totaal;;mediaan_dagen_start_plicht_brede_intake;30.0",
                "30-09-2023;Totaal;;uitstroom_werk_teller;0",
                "30-09-2023;Totaal;;uitstroom_werk_noemer;4",
                "30-09-2023;Totaal;;uitstroom_werk_pct;0.0");
        assertThat(regels).contains("30-09-2023;Woerden;GM0632;aantal_boetes;1",
                "30-09-2023;Bodegraven-Reeuwijk;GM1901;actief_fase_BREDE_INTAKE;1");

        // Four dossiers in all: management sees the zeros, nothing else
        assertThat(csv("manager", "/api/rapportages/export/management.csv?peildatum=2023-09-30").lines().skip(1)
                .map(r -> r.substring(r.lastIndexOf(';') + 1)).distinct()).containsOnly("0", "0.00", "", "x");

        JsonNode kengetallen = get("teamleider", "/api/rapportages/export/management.json?peildatum=2024-06-30");
        assertThat(kengetallen.get("totaal").get("actief").asInt()).isEqualTo(3);
        assertThat(kengetallen.get("perGemeente").get("OUDEWATER").get("openEscalaties").asInt()).isEqualTo(1);
        // Aggregates only: no names, BSNs or dossier ids
        for (String lezer : List.of("teamleider", "manager")) {
            assertThat(get(lezer, "/api/rapportages/export/management.json?peildatum=2024-06-30").toString())
                    .doesNotContain("900000011", "Fixture", "RAPFIX");
        }
        JsonNode gefilterd = get("teamleider", "/api/rapportages/kengetallen?peildatum=2024-06-30&gemeente=WOERDEN");
        assertThat(gefilterd.get("totaal").get("aantalDossiers").asInt()).isEqualTo(1);
        assertThat(gefilterd.get("perGemeente").size()).isEqualTo(1);
    }

    @Test
    void toegangPerRol() {
        assertThat(status("manager", "/api/rapportages/kengetallen")).isEqualTo(HttpStatus.OK);
        assertThat(status("manager", "/dashboard")).isEqualTo(HttpStatus.OK);
        assertThat(status("beleid", "/api/rapportages/export/management.csv")).isEqualTo(HttpStatus.OK);
        for (String pad : List.of("/api/rapportages/export/cbs/WOERDEN/2023/Q1.csv", "/api/rapportages/duo/werklijst",
                "/api/rapportages/dossiers", "/dossiers/" + A, "/api/rapportages/controle")) {
            assertThat(status("manager", pad)).as(pad).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(status("teamleider", "/api/rapportages/export/cbs/WOERDEN/2023/Q1.csv"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("vsgh", "/api/rapportages/duo/werklijst")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("vsgh", "/api/rapportages/kengetallen")).isEqualTo(HttpStatus.FORBIDDEN);
        // The dossier page: a partner with a role in the dossier's gemeente (vsgh in Woerden), no other partner
        assertThat(status("vsgh", "/dossiers/" + A)).isEqualTo(HttpStatus.OK);
        assertThat(status("vluchtelingenwerk", "/dossiers/" + A)).isEqualTo(HttpStatus.FORBIDDEN);
        // The werkvoorraad: casusregie and teamleider only
        assertThat(status("casusregisseur", "/dossiers")).isEqualTo(HttpStatus.OK);
        assertThat(status("teamleider", "/dossiers")).isEqualTo(HttpStatus.OK);
        for (String anders : List.of("vsgh", "manager", "beleid", "beheer")) {
            assertThat(status(anders, "/dossiers")).as(anders).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(status("casusregisseur", "/api/rapportages/export/cbs/GM0632/2023/Q1.csv"))
                .isEqualTo(HttpStatus.OK);
        assertThat(status("casusregisseur", "/api/rapportages/duo/werklijst")).isEqualTo(HttpStatus.OK);
        assertThat(status("teamleider", "/api/rapportages/duo/werklijst")).isEqualTo(HttpStatus.OK);
        assertThat(status("teamleider", "/api/rapportages/cohorten")).isEqualTo(HttpStatus.OK);
        for (String lezer : List.of("manager", "beleid", "vsgh")) {
            assertThat(status(lezer, "/api/rapportages/cohorten")).as(lezer).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(status("casusregisseur", "/api/rapportages/controle")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/rapportages/herbouw", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("casusregisseur", "demo").postForEntity("/api/rapportages/herbouw", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        for (String pad : List.of("/dashboard", "/dossiers/" + A, "/api/rapportages/kengetallen")) {
            assertThat(http.getForEntity(pad, String.class).getStatusCode()).as(pad).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void deDossierpaginaTekentHetTraject() {
        ResponseEntity<String> pagina = http.withBasicAuth("casusregisseur", "demo")
                .getForEntity("/dossiers/" + B + "?peildatum=2024-06-30", String.class);
        assertThat(pagina.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = pagina.getBody();
        assertThat(html).contains("<svg", "J1 K1", "J3 K4", "vandaag 30-06-2024", "data-onderdeel=\"PVT\"",
                "Bram Fixture", "Oudewater", "Gezinsmigrant", "Zelfredzaamheidsroute (Z)",
                "15-05-2023 – PIP vastgesteld door fixture: Zelfredzaamheidsroute (Z)",
                "12-04-2023 – Termijn overschreden door fixture: PIP binnen 10 weken",
                "16-05-2023 – Boete opgelegd door fixture: Artikel 22 (EUR 250), € 250,00");
        assertThat(html).doesNotContain("GEZINSMIGRANT", "OUDEWATER", "2024-06-30", "datumKoppeling=");
        // PVT window (till 2024-05-15) has passed without a PVT: red; the PIP came late: a red dot
        assertThat(html).contains("gepland verlopen", "gebeurd te-laat", "termijn-overschreden");
        assertThat(html).doesNotContain(RapportageFixture.BSN_B);
        assertThat(http.withBasicAuth("casusregisseur", "demo").getForEntity("/dossiers/BESTAAT-NIET", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // Before its koppeling the dossier did not exist: a 404 that says so, on the page and on the API
        for (String pad : List.of("/dossiers/" + B + "?peildatum=2023-01-31", "/api/dossiers/" + B + "?peildatum=2023-01-31")) {
            ResponseEntity<String> voor = http.withBasicAuth("casusregisseur", "demo").getForEntity(pad, String.class);
            assertThat(voor.getStatusCode()).as(pad).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(voor.getBody()).as(pad).contains("bestond op 31-01-2023 nog niet");
        }
    }

    @Test
    void eenCbsLeveringIsEenGebeurtenisPerGemeente() throws Exception {
        CbsLeveringen.Kwartaal vorig = CbsLeveringen.Kwartaal.van(nl.fermwerk.inburgering.basis.Klok.vandaag()).vorige();
        for (String gemeente : List.of("WOERDEN", "OUDEWATER", "MONTFOORT", "GM1901")) {
            ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo").postForEntity(
                    "/api/rapportages/cbs/leveringen", Map.of("gemeente", gemeente, "jaar", vorig.jaar(),
                            "kwartaal", vorig.kwartaal()), String.class);
            assertThat(antwoord.getStatusCode()).as(antwoord.getBody()).isEqualTo(HttpStatus.CREATED);
            assertThat(json.readTree(antwoord.getBody()).get("sha256").asText()).hasSize(64);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM gebeurtenis WHERE dossier_id = ?", Integer.class,
                vorig.stroom())).isGreaterThanOrEqualTo(4);
        JsonNode status = get("manager", "/api/rapportages/cbs/leveringen");
        assertThat(status.get("laatsteKwartaal").asText()).isEqualTo(vorig.toString());
        assertThat(status.get("laatsteKwartaalGeleverd").asBoolean()).isTrue();
        assertThat(http.withBasicAuth("manager", "demo").postForEntity("/api/rapportages/cbs/leveringen",
                Map.of("gemeente", "WOERDEN", "jaar", vorig.jaar(), "kwartaal", vorig.kwartaal()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> toekomst = http.withBasicAuth("beheer", "demo").postForEntity(
                "/api/rapportages/cbs/leveringen", Map.of("gemeente", "WOERDEN", "jaar", 2999, "kwartaal", 1),
                String.class);
        assertThat(toekomst.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(toekomst.getBody()).contains("kwartaal");
        ResponseEntity<String> zonderGemeente = http.withBasicAuth("beheer", "demo").postForEntity(
                "/api/rapportages/cbs/leveringen", Map.of("jaar", vorig.jaar(), "kwartaal", vorig.kwartaal()),
                String.class);
        assertThat(zonderGemeente.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zonderGemeente.getBody()).contains("gemeente");
        assertThat(new BigDecimal(status.get("volgendeUitersteLeverdatum").asText().substring(0, 4)).intValue())
                .isGreaterThanOrEqualTo(LocalDate.now().getYear() - 1);
    }

    private HttpStatus status(String gebruiker, String pad) {
        return HttpStatus.valueOf(http.withBasicAuth(gebruiker, "demo").getForEntity(pad, String.class)
                .getStatusCode().value());
    }

    private JsonNode get(String gebruiker, String pad) throws Exception {
        ResponseEntity<String> antwoord = http.withBasicAuth(gebruiker, "demo").getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode()).as(pad + ": " + antwoord.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(antwoord.getBody());
    }

    private String csv(String gebruiker, String pad) {
        ResponseEntity<String> antwoord = http.withBasicAuth(gebruiker, "demo").getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode()).as(pad).isEqualTo(HttpStatus.OK);
        assertThat(antwoord.getHeaders().getContentType().toString()).startsWith("text/csv");
        return antwoord.getBody();
    }

    private static List<String> ids(JsonNode pagina) {
        return java.util.stream.StreamSupport.stream(pagina.get("dossiers").spliterator(), false)
                .map(n -> n.get("dossierId").asText()).toList();
    }
}
