package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.Registerfixture;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The CBS delivery per gemeente and quarter by business date: a file made right after the quarter and again a month
 * later differs exactly by the facts dated in the quarter that were registered late; both versions stay in the
 * register with their fingerprint and count; a quarter is only delivered after its last day; a missed quarter stays
 * visible after the next one was delivered.
 *
 * <p>Its own events lie in 2025 (Montfoort and Oudewater), after the replays of RapportageFixture and
 * KleineCellenFixture and before any other test's events.
 */
@IntegratieTest
class KwartaalleveringTest {

    private static final String EERSTE = "KWART-1";
    private static final String TWEEDE = "KWART-2";
    private static final String DERDE = "KWART-3";
    private static final String OUDEWATER = "KWART-4";
    /** Right after 2025-Q1, and a month later. */
    private static final Instant NA_KWARTAAL = tijd("2025-04-01", 9);
    private static final Instant MAAND_LATER = tijd("2025-05-01", 9);

    @Autowired
    Registerfixture register;
    @Autowired
    CbsBestanden bestanden;
    @Autowired
    CbsLeveringen leveringen;
    @Autowired
    Herspeler herspeler;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void fixture() {
        register.eenmalig(EERSTE, "kwartaalleveringtest", () -> {
            schrijf(EERSTE, "2025-01-10", "DossierAangemaakt", aangemaakt("900000059", "NAREIZIGER", "2025-01-10"));
            schrijf(EERSTE, "2025-02-03", "IngeschrevenInGemeente", Map.of("datumInschrijving", "2025-02-03"));
            // Late: the intake ran in March (Q1) but was recorded in April
            schrijf(EERSTE, "2025-04-15", "BredeIntakeAfgerond", Map.of("datumStartBredeIntake", "2025-03-10",
                    "datumBredeIntake", "2025-03-20"));
            // Late too: koppeling on the quarter's last day, recorded after it
            schrijf(TWEEDE, "2025-04-02", "DossierAangemaakt", aangemaakt("900000060", "GEZINSMIGRANT", "2025-03-31"));
            // In Q2: not in the Q1 file
            schrijf(DERDE, "2025-04-01", "DossierAangemaakt", aangemaakt("900000072", "GEZINSMIGRANT", "2025-04-01"));
            // Oudewater owes every quarter from 2025-Q1 on
            Map<String, Object> oudewater = aangemaakt("900000084", "GEZINSMIGRANT", "2025-02-10");
            oudewater.put("gemeente", "OUDEWATER");
            schrijf(OUDEWATER, "2025-02-10", "DossierAangemaakt", oudewater);
        });
    }

    @Test
    void eenKwartaalLaterOpnieuwGemaaktVerschiltPreciesMetDeLaatGeregistreerdeFeiten() {
        CbsLeveringen.Kwartaal q1 = new CbsLeveringen.Kwartaal(2025, 1);
        CbsBestanden.Bestand eerst = bestanden.maak(Gemeente.MONTFOORT, q1, NA_KWARTAAL);
        CbsBestanden.Bestand later = bestanden.maak(Gemeente.MONTFOORT, q1, MAAND_LATER);

        String kop = String.join(";", CbsCodering.VARIABELEN);
        assertThat(eerst.inhoud().lines().toList()).containsExactly(kop,
                "GM0335;2025;1;900000059;NAREIZIGER;2025-02-03;;;;;");
        assertThat(later.inhoud().lines().toList()).containsExactly(kop,
                "GM0335;2025;1;900000059;NAREIZIGER;2025-02-03;2025-03-10;;;;",
                "GM0335;2025;1;900000060;GEZINSMIGRANT;2025-03-31;;;;;");
        assertThat(eerst.aantalRecords()).isEqualTo(1);
        assertThat(later.aantalRecords()).isEqualTo(2);
        assertThat(eerst.sha256()).isEqualTo(CbsBestanden.sha256(eerst.inhoud())).isNotEqualTo(later.sha256());
        // The same moment makes the same file again, byte for byte
        assertThat(bestanden.maak(Gemeente.MONTFOORT, q1, NA_KWARTAAL).inhoud()).isEqualTo(eerst.inhoud());

        // The kengetallen of the quarter as known then and as known now: the correction shows the late intake
        Kengetallen toen = Kengetallen.bereken(montfoort(q1, NA_KWARTAAL), q1.laatsteDag(),
                RapportageTermijnen.standaard());
        Kengetallen nu = Kengetallen.bereken(montfoort(q1, MAAND_LATER), q1.laatsteDag(),
                RapportageTermijnen.standaard());
        assertThat(toen.bredeIntakeGestart()).isEqualTo(new Kengetallen.Aandeel(0, 1, 0.0));
        assertThat(nu.bredeIntakeGestart()).isEqualTo(new Kengetallen.Aandeel(1, 2, 50.0));
        // From the inschrijving (the start of the plicht) to the start of the intake: 02-03 -> 03-10
        assertThat(nu.mediaanDagenStartPlichtBredeIntake()).isEqualTo(35.0);
    }

    private List<DossierRegel> montfoort(CbsLeveringen.Kwartaal k, Instant bekendOp) {
        return herspeler.speelAf(k.laatsteDag(), bekendOp).stream()
                .filter(d -> d.dossierId().startsWith("KWART-") && d.gemeente().equals("MONTFOORT")).toList();
    }

    @Test
    void beideVersiesStaanInHetRegisterMetVingerafdrukEnAantal() throws Exception {
        List<String> sha = new ArrayList<>();
        for (Instant moment : List.of(NA_KWARTAAL, MAAND_LATER)) {
            ResponseEntity<String> bestand = http.withBasicAuth("casusregisseur", "demo").getForEntity(
                    "/api/rapportages/export/cbs/GM0335/2025/Q1.csv?bekendOp=" + moment, String.class);
            assertThat(bestand.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(bestand.getHeaders().getFirst("X-Sha256")).isEqualTo(CbsBestanden.sha256(bestand.getBody()));
            sha.add(bestand.getHeaders().getFirst("X-Sha256"));
            ResponseEntity<String> geregistreerd = http.withBasicAuth("casusregisseur", "demo").postForEntity(
                    "/api/rapportages/cbs/leveringen", Map.of("gemeente", "MONTFOORT", "jaar", 2025, "kwartaal", 1,
                            "bekendOp", moment.toString()), String.class);
            assertThat(geregistreerd.getStatusCode()).as(geregistreerd.getBody()).isEqualTo(HttpStatus.CREATED);
            assertThat(json.readTree(geregistreerd.getBody()).get("sha256").asText())
                    .isEqualTo(bestand.getHeaders().getFirst("X-Sha256"));
        }
        JsonNode register = get("beheer", "/api/rapportages/cbs/leveringen");
        JsonNode stand = stand(register, "MONTFOORT", "2025-Q1");
        assertThat(stand.get("geleverd").asBoolean()).isTrue();
        List<String> vastgelegd = new ArrayList<>();
        List<Integer> aantallen = new ArrayList<>();
        stand.get("leveringen").forEach(l -> {
            if (l.get("sha256") != null && !l.get("sha256").isNull()) {
                vastgelegd.add(l.get("sha256").asText());
                aantallen.add(l.get("aantalRecords").asInt());
            }
        });
        assertThat(vastgelegd).containsSubsequence(sha.get(0), sha.get(1));
        assertThat(aantallen).containsSubsequence(1, 2);
    }

    @Test
    void eenGemistKwartaalBlijftZichtbaarNaHetVolgende() throws Exception {
        ResponseEntity<String> q2 = http.withBasicAuth("casusregisseur", "demo").postForEntity(
                "/api/rapportages/cbs/leveringen", Map.of("gemeente", "OUDEWATER", "jaar", 2025, "kwartaal", 2),
                String.class);
        assertThat(q2.getStatusCode()).as(q2.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode register = get("manager", "/api/rapportages/cbs/leveringen");
        assertThat(stand(register, "OUDEWATER", "2025-Q2").get("geleverd").asBoolean()).isTrue();
        assertThat(stand(register, "OUDEWATER", "2025-Q1").get("geleverd").asBoolean()).isFalse();
        assertThat(stand(register, "OUDEWATER", "2025-Q1").get("teLaat").asBoolean()).isTrue();
        List<String> niet = new ArrayList<>();
        register.get("nietGeleverd").forEach(n -> niet.add(n.asText()));
        assertThat(niet).contains("OUDEWATER 2025-Q1").doesNotContain("OUDEWATER 2025-Q2");
        // The register names no person
        assertThat(register.toString()).doesNotContain("900000", "KWART-");
    }

    @Test
    void eenKwartaalWordtPasNaZijnLaatsteDagGeleverd() {
        CbsLeveringen.Kwartaal q1 = new CbsLeveringen.Kwartaal(2025, 1);
        try {
            ClockUtil.setCurrentTime(Date.from(tijd("2025-03-31", 23)));
            assertThatThrownBy(() -> leveringen.registreer(Gemeente.MONTFOORT, 2025, 1, null, "test"))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("2025-04-01");
            assertThatThrownBy(() -> bestanden.maak(Gemeente.MONTFOORT, q1, null))
                    .isInstanceOf(OngeldigeInvoerException.class);
            ClockUtil.setCurrentTime(Date.from(tijd("2025-04-01", 0)));
            assertThat(bestanden.maak(Gemeente.MONTFOORT, q1, null).bekendOp()).isEqualTo(tijd("2025-04-01", 0));
        } finally {
            ClockUtil.reset();
        }
        // Over HTTP: the current quarter, a file made before the quarter ended, and nonsense, each a 400 naming its field
        CbsLeveringen.Kwartaal nu = CbsLeveringen.Kwartaal.van(Klok.vandaag());
        fout("/api/rapportages/export/cbs/MONTFOORT/" + nu.jaar() + "/Q" + nu.kwartaal() + ".csv", "kwartaal");
        fout("/api/rapportages/export/cbs/MONTFOORT/2025/Q1.csv?bekendOp=2025-03-30T10:00:00Z", "bekendOp");
        fout("/api/rapportages/export/cbs/MONTFOORT/2025/Q5.csv", "kwartaal");
        fout("/api/rapportages/export/cbs/AMSTERDAM/2025/Q1.csv", "gemeente");
        fout("/api/rapportages/export/cbs/MONTFOORT/2025/Q1.csv?bekendOp=gisteren", "bekendOp");
    }

    private void fout(String pad, String veld) {
        ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo").getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode()).as(pad).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(antwoord.getBody()).as(pad).contains("\"" + veld + "\"");
    }

    private static JsonNode stand(JsonNode register, String gemeente, String kwartaal) {
        for (JsonNode stand : register.get("kwartalen")) {
            if (stand.get("gemeente").asText().equals(gemeente) && stand.get("kwartaal").asText().equals(kwartaal)) {
                return stand;
            }
        }
        throw new AssertionError("Geen kwartaal " + kwartaal + " voor " + gemeente + " in " + register);
    }

    private JsonNode get(String gebruiker, String pad) throws Exception {
        ResponseEntity<String> antwoord = http.withBasicAuth(gebruiker, "demo").getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode()).as(pad + ": " + antwoord.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(antwoord.getBody());
    }

    private void schrijf(String dossierId, String dag, String type, Map<String, Object> data) {
        register.schrijf(dossierId, tijd(dag, 10), type, data);
    }

    private static Map<String, Object> aangemaakt(String bsn, String doelgroep, String koppeling) {
        // Never the BSN in the name: the name reaches the process variables (ToegangsmatrixTest)
        String naam = "Kwartaal " + (char) ('A' + bsn.charAt(bsn.length() - 1) - '0');
        return Registerfixture.aangemaakt(bsn, naam, "1991-03-03", doelgroep, "MONTFOORT", false, koppeling);
    }

    private static Instant tijd(String dag, int uur) {
        return Registerfixture.op(dag, uur);
    }
}
