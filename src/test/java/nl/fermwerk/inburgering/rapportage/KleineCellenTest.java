package nl.fermwerk.inburgering.rapportage;

import static nl.fermwerk.inburgering.rapportage.KleineCellenFixture.PEILDATUM;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Small cells (issue #19, #20 finding 11): what management and beleid see of a caseload with gemeenten of 1 and 3
 * dossiers. No count 1-4 reaches them, no percentage over fewer than 5 and no boete amount over fewer than 5 boetes,
 * per gemeente or in total, through the kengetallen API (the dashboard's data), the JSON export or the CSV; no small
 * cell can be recomputed from the totals and the other cells; their peildatum is a month end. Casusregie, teamleider
 * and functioneel beheer see the exact figures.
 */
@IntegratieTest
class KleineCellenTest {

    private static final int MINIMUM = 5;
    private static final List<String> BEVEILIGDE_LEZERS = List.of("manager", "beleid");
    private static final List<String> GROEPEN = List.of("TOTAAL", "WOERDEN", "OUDEWATER", "MONTFOORT",
            "BODEGRAVEN_REEUWIJK");

    @Autowired
    KleineCellenFixture fixture;
    @Autowired
    Rapportages rapportages;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void fixture() {
        fixture.zorgVoor();
    }

    @Test
    void deFixtureHeeftKleineCellen() {
        // Guards the other tests against passing on a caseload without small cells
        Rapportages.KengetallenOverzicht exact = rapportages.kengetallen(PEILDATUM, null);
        assertThat(exact.totaal().aantalDossiers()).isEqualTo(18);
        assertThat(exact.perGemeente().get("WOERDEN").aantalDossiers()).isEqualTo(8);
        assertThat(exact.perGemeente().get("OUDEWATER").aantalDossiers()).isEqualTo(3);
        assertThat(exact.perGemeente().get("MONTFOORT").aantalDossiers()).isEqualTo(1);
        assertThat(exact.perGemeente().get("BODEGRAVEN_REEUWIJK").aantalDossiers()).isEqualTo(6);
        assertThat(exact.perGemeente().get("WOERDEN").pipBinnenTermijn()).isEqualTo(new Kengetallen.Aandeel(7, 8, 87.5));
        assertThat(exact.totaal().aantalBoetes()).isEqualTo(3);
    }

    @Test
    void managementEnBeleidKrijgenGeenAantalOnderDeVijfInDeApi() throws Exception {
        JsonNode exact = get("casusregisseur", "/api/rapportages/kengetallen?peildatum=" + PEILDATUM);
        for (String lezer : BEVEILIGDE_LEZERS) {
            for (String pad : List.of("/api/rapportages/kengetallen?peildatum=" + PEILDATUM,
                    "/api/rapportages/export/management.json?peildatum=" + PEILDATUM)) {
                JsonNode gezien = get(lezer, pad);
                assertThat(gezien.get("minimumCelgrootte").asInt()).as(pad).isEqualTo(MINIMUM);
                controleerGroep(lezer + " " + pad + " totaal", gezien.get("totaal"), exact.get("totaal"));
                for (Gemeente g : Gemeente.values()) {
                    controleerGroep(lezer + " " + pad + " " + g, gezien.get("perGemeente").get(g.name()),
                            exact.get("perGemeente").get(g.name()));
                }
            }
            // The dashboard's choice of one gemeente: the same cells, never fewer hidden than in the whole table
            for (Gemeente g : Gemeente.values()) {
                JsonNode een = get(lezer, "/api/rapportages/kengetallen?peildatum=" + PEILDATUM + "&gemeente=" + g);
                JsonNode alle = get(lezer, "/api/rapportages/kengetallen?peildatum=" + PEILDATUM);
                assertThat(een.get("totaal")).as(lezer + " " + g).isEqualTo(alle.get("perGemeente").get(g.name()));
                controleerGroep(lezer + " gemeente=" + g, een.get("totaal"), exact.get("perGemeente").get(g.name()));
            }
        }
    }

    @Test
    void managementEnBeleidKrijgenGeenAantalOnderDeVijfInDeCsv() throws Exception {
        Map<String, Map<String, String>> exact = csv("casusregisseur");
        for (String lezer : BEVEILIGDE_LEZERS) {
            Map<String, Map<String, String>> gezien = csv(lezer);
            assertThat(gezien.keySet()).containsExactlyElementsOf(GROEPEN);
            for (String groep : GROEPEN) {
                gezien.get(groep).forEach((indicator, waarde) -> {
                    String echt = exact.get(groep).get(indicator);
                    if (waarde.equals("x")) {
                        return;
                    }
                    assertThat(waarde).as(lezer + " " + groep + " " + indicator).isEqualTo(echt);
                    if (indicator.endsWith("_pct") || indicator.startsWith("mediaan") || indicator.equals("boetebedrag")) {
                        return;
                    }
                    geenKleineCel(lezer + " " + groep + " " + indicator, Integer.parseInt(waarde));
                });
                // An amount over fewer than five boetes
                if (!gezien.get(groep).get("boetebedrag").equals("x")) {
                    geenKleineCel(lezer + " " + groep, Integer.parseInt(exact.get(groep).get("aantal_boetes")));
                }
            }
            assertThat(gezien.get("WOERDEN").get("boetebedrag")).isEqualTo("x");
            assertThat(gezien.get("TOTAAL").get("boetebedrag")).as("3 boetes").isEqualTo("x");
            assertThat(gezien.get("WOERDEN").get("pip_binnen_termijn_pct")).as("7 van 8: 1 te laat").isEqualTo("x");
            assertThat(gezien.get("OUDEWATER").get("mediaan_dagen_start_plicht_brede_intake")).isEqualTo("x");
            assertThat(gezien.get("WOERDEN").get("mediaan_dagen_start_plicht_brede_intake"))
                    .isEqualTo(exact.get("WOERDEN").get("mediaan_dagen_start_plicht_brede_intake"));
            assertThat(gezien.get("WOERDEN").get("aantal_dossiers")).isEqualTo("8");
            assertThat(gezien.get("TOTAAL").get("aantal_dossiers")).isEqualTo("18");
        }
    }

    /**
     * The reader knows how the table adds up: the total is the sum of the gemeenten, a group's dossiers are the open
     * plus the closed ones, the open ones split by phase and by leerroute. From what is shown, no hidden cell may
     * follow exactly, and no sum of hidden cells may be a small number.
     */
    @Test
    void eenKleineCelIsNietTerugTeRekenen() {
        Map<String, Map<String, String>> exact = csv("casusregisseur");
        for (String lezer : BEVEILIGDE_LEZERS) {
            Map<String, Map<String, String>> gezien = csv(lezer);
            List<String> optelbaar = gezien.get("TOTAAL").keySet().stream()
                    .filter(i -> !i.endsWith("_pct") && !i.startsWith("mediaan")).toList();
            for (String indicator : optelbaar) {
                List<String> delen = GROEPEN.subList(1, GROEPEN.size()).stream()
                        .map(g -> g + "/" + indicator).toList();
                controleerSom(lezer, gezien, exact, "TOTAAL/" + indicator, delen, !indicator.equals("boetebedrag"));
            }
            for (String groep : GROEPEN) {
                List<String> fasen = gezien.get(groep).keySet().stream().filter(i -> i.startsWith("actief_fase_"))
                        .map(i -> groep + "/" + i).toList();
                List<String> routes = gezien.get(groep).keySet().stream().filter(i -> i.startsWith("leerroute_"))
                        .map(i -> groep + "/" + i).toList();
                controleerSom(lezer, gezien, exact, groep + "/actief", fasen, true);
                controleerSom(lezer, gezien, exact, groep + "/actief", routes, true);
                controleerSom(lezer, gezien, exact, groep + "/aantal_dossiers",
                        List.of(groep + "/actief", groep + "/afgesloten"), true);
            }
            // The caseload needs it: Oudewater (3) and Montfoort (1) together are 4, so a third gemeente goes too
            assertThat(GROEPEN.stream().filter(g -> gezien.get(g).get("aantal_dossiers").equals("x")).toList())
                    .contains("OUDEWATER", "MONTFOORT").hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void casusregieTeamleiderEnBeheerZienExacteCijfers() throws Exception {
        Map<String, Map<String, String>> csv = csv("casusregisseur");
        assertThat(csv.get("OUDEWATER").get("aantal_dossiers")).isEqualTo("3");
        assertThat(csv.get("MONTFOORT").get("aantal_dossiers")).isEqualTo("1");
        assertThat(csv.get("WOERDEN").get("aantal_boetes")).isEqualTo("2");
        assertThat(csv.get("WOERDEN").get("boetebedrag")).isEqualTo("550.00");
        assertThat(csv.get("WOERDEN").get("pip_binnen_termijn_pct")).isEqualTo("87.5");
        assertThat(csv.values().stream().flatMap(m -> m.values().stream())).doesNotContain("x");
        for (String lezer : List.of("casusregisseur", "teamleider", "beheer")) {
            JsonNode k = get(lezer, "/api/rapportages/kengetallen?peildatum=" + PEILDATUM);
            assertThat(k.get("minimumCelgrootte")).as(lezer).isNull();
            assertThat(k.get("perGemeente").get("MONTFOORT").get("aantalDossiers").asInt()).as(lezer).isEqualTo(1);
            assertThat(k.get("perGemeente").get("OUDEWATER").get("openEscalaties").asInt()).as(lezer).isEqualTo(1);
            assertThat(k.get("totaal").get("boetebedrag").decimalValue()).as(lezer).isEqualByComparingTo("800");
            assertThat(k.get("totaal").get("onderdrukt")).as(lezer).isEmpty();
        }
    }

    @Test
    void managementEnBeleidKiezenAlleenEenMaandeinde() throws Exception {
        for (String lezer : BEVEILIGDE_LEZERS) {
            for (String pad : List.of("/api/rapportages/kengetallen", "/api/rapportages/export/management.json",
                    "/api/rapportages/export/management.csv")) {
                ResponseEntity<String> antwoord = http.withBasicAuth(lezer, "demo")
                        .getForEntity(pad + "?peildatum=2024-11-15", String.class);
                assertThat(antwoord.getStatusCode()).as(lezer + pad).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(antwoord.getHeaders().getContentType().toString()).startsWith("application/problem+json");
                JsonNode fout = json.readTree(antwoord.getBody()).get("fouten").get(0);
                assertThat(fout.get("veld").asText()).isEqualTo("peildatum");
                assertThat(fout.get("detail").asText()).contains("laatste dag van een maand");
            }
            // The current month has not ended: its last day is no peildatum yet
            LocalDate eindeDezeMaand = Klok.vandaag().with(TemporalAdjusters.lastDayOfMonth());
            assertThat(http.withBasicAuth(lezer, "demo").getForEntity("/api/rapportages/kengetallen?peildatum="
                    + eindeDezeMaand, String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            // Without a peildatum: the end of the last month that has passed
            LocalDate eindeVorigeMaand = Klok.vandaag().withDayOfMonth(1).minusDays(1);
            assertThat(get(lezer, "/api/rapportages/kengetallen").get("peildatum").asText())
                    .isEqualTo(eindeVorigeMaand.toString());
            assertThat(get(lezer, "/api/rapportages/kengetallen?peildatum=2024-10-31").get("peildatum").asText())
                    .isEqualTo("2024-10-31");
        }
        for (String lezer : List.of("casusregisseur", "teamleider", "beheer")) {
            assertThat(get(lezer, "/api/rapportages/kengetallen?peildatum=2024-11-15").get("peildatum").asText())
                    .isEqualTo("2024-11-15");
            assertThat(get(lezer, "/api/rapportages/kengetallen").get("peildatum").asText())
                    .isEqualTo(Klok.vandaag().toString());
        }
    }

    /** Every shown figure of a group must be one the reader may see; a hidden one is null and named. */
    private void controleerGroep(String waar, JsonNode gezien, JsonNode exact) {
        List<String> onderdrukt = new ArrayList<>();
        gezien.get("onderdrukt").forEach(n -> onderdrukt.add(n.asText()));
        Map<String, JsonNode> aantallen = new LinkedHashMap<>();
        for (String veld : List.of("aantalDossiers", "actief", "afgesloten", "openEscalaties",
                "dossiersMetOpenEscalatie", "aantalBoetes")) {
            aantallen.put(veld, gezien.get(veld));
        }
        for (String map : List.of("actiefPerFase", "leerroutes")) {
            // Every phase and route is there, a hidden one as null: a missing key would hide nothing
            exact.get(map).fieldNames().forEachRemaining(sleutel -> aantallen.put(map + "." + sleutel,
                    gezien.get(map).get(sleutel)));
        }
        for (String aandeel : AANDELEN) {
            aantallen.put(aandeel + ".teller", gezien.get(aandeel).get("teller"));
            aantallen.put(aandeel + ".noemer", gezien.get(aandeel).get("noemer"));
        }
        aantallen.forEach((veld, waarde) -> {
            assertThat(waarde).as(waar + " " + veld + " ontbreekt").isNotNull();
            if (waarde.isNull()) {
                assertThat(onderdrukt).as(waar + " " + veld).contains(veld);
            } else {
                geenKleineCel(waar + " " + veld, waarde.asInt());
                assertThat(waarde.asInt()).as(waar + " " + veld).isEqualTo(waarde(exact, veld).asInt());
            }
        });
        for (String aandeel : AANDELEN) {
            JsonNode pct = gezien.get(aandeel).get("percentage");
            if (pct != null && !pct.isNull()) {
                int teller = exact.get(aandeel).get("teller").asInt();
                int noemer = exact.get(aandeel).get("noemer").asInt();
                assertThat(noemer).as(waar + " " + aandeel + " noemer").isGreaterThanOrEqualTo(MINIMUM);
                geenKleineCel(waar + " " + aandeel + " teller", teller);
                geenKleineCel(waar + " " + aandeel + " rest", noemer - teller);
            }
        }
        JsonNode bedrag = gezien.get("boetebedrag");
        if (bedrag != null && !bedrag.isNull()) {
            geenKleineCel(waar + " boetes achter het bedrag", exact.get("aantalBoetes").asInt());
        }
        JsonNode mediaan = gezien.get("mediaanDagenStartPlichtBredeIntake");
        if (mediaan != null && !mediaan.isNull()) {
            assertThat(exact.get("bredeIntakeGestart").get("teller").asInt()).as(waar + " mediaan")
                    .isGreaterThanOrEqualTo(MINIMUM);
        }
    }

    private static final List<String> AANDELEN = List.of("pipBinnenTermijn", "pvtOpTijd", "mapOpTijd",
            "bredeIntakeGestart", "uitstroomWerk");

    private static void geenKleineCel(String waar, long waarde) {
        assertThat(waarde == 0 || waarde >= MINIMUM).as(waar + " = " + waarde + ": een kleine cel").isTrue();
    }

    private static JsonNode waarde(JsonNode groep, String pad) {
        JsonNode n = groep;
        for (String deel : pad.split("\\.")) {
            n = n.get(deel);
        }
        return n;
    }

    /** A sum the reader knows: {@code totaal = delen}. Checks what a reader can compute from it. */
    private static void controleerSom(String lezer, Map<String, Map<String, String>> gezien,
                                      Map<String, Map<String, String>> exact, String totaal, List<String> delen,
                                      boolean aantallen) {
        List<String> cellen = new ArrayList<>(delen);
        cellen.add(0, totaal);
        List<String> verborgen = cellen.stream().filter(c -> cel(gezien, c).equals("x")).toList();
        assertThat(verborgen.size()).as(lezer + ": " + totaal + " = " + delen + " laat precies één cel open")
                .isNotEqualTo(1);
        if (aantallen && !verborgen.isEmpty() && !verborgen.contains(totaal)) {
            long som = verborgen.stream().mapToLong(c -> Long.parseLong(cel(exact, c))).sum();
            geenKleineCel(lezer + ": samen verborgen in " + totaal + " = " + delen + ": " + verborgen, som);
        }
    }

    private static String cel(Map<String, Map<String, String>> tabel, String cel) {
        String[] delen = cel.split("/");
        return tabel.get(delen[0]).get(delen[1]);
    }

    private Map<String, Map<String, String>> csv(String gebruiker) {
        ResponseEntity<String> antwoord = http.withBasicAuth(gebruiker, "demo")
                .getForEntity("/api/rapportages/export/management.csv?peildatum=" + PEILDATUM, String.class);
        assertThat(antwoord.getStatusCode()).as(gebruiker + ": " + antwoord.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Map<String, String>> tabel = new LinkedHashMap<>();
        antwoord.getBody().lines().skip(1).forEach(regel -> {
            String[] k = regel.split(";", -1);
            // People read the peildatum as dd-mm-jjjj and the gemeente by name; the table here is keyed by code
            assertThat(k[0]).isEqualTo(nl.fermwerk.inburgering.basis.Labels.datum(PEILDATUM));
            String groep = "Totaal".equals(k[1]) ? "TOTAAL" : java.util.Arrays.stream(
                    nl.fermwerk.inburgering.basis.Gemeente.values()).filter(g -> g.naam().equals(k[1])).findFirst()
                    .orElseThrow().name();
            tabel.computeIfAbsent(groep, g -> new LinkedHashMap<>()).put(k[3], k[4]);
        });
        return tabel;
    }

    private JsonNode get(String gebruiker, String pad) throws Exception {
        ResponseEntity<String> antwoord = http.withBasicAuth(gebruiker, "demo").getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode()).as(gebruiker + " " + pad + ": " + antwoord.getBody())
                .isEqualTo(HttpStatus.OK);
        return json.readTree(antwoord.getBody());
    }
}
