package nl.fermwerk.inburgering.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.rapportage.Rapportages;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.traject.OngeldigeBeslissingException;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What happens to a running term from outside: DUO extends the inburgeringstermijn, ending ontzorgen too early is
 * refused, and the dossier's terms can be read by whoever may read the dossier (and only by them).
 */
@IntegratieTest
class TermijnBerichtenEnInzageTest extends TrajectTestBasis {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    Termijnbewaking termijnbewaking;
    @Autowired
    Rapportages rapportages;

    // ---- DUO extends the inburgeringstermijn ----

    @Test
    void duoVerlengtDeInburgeringstermijnEnDeBewakingVolgt() throws Exception {
        String id = metPip();
        LocalDate pip = LocalDate.parse(vandaag());
        LocalDate oud = pip.plusDays(1).plusYears(3);
        LocalDate tot = oud.plusMonths(6);
        ResponseEntity<String> antwoord = post("casusregisseur", id, Map.of("bericht", "TermijnVerlengd",
                "tot", tot.toString(), "reden", "Medische omstandigheden (DUO-besluit)"));
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(gebeurtenissen(id, "TermijnVerlengd")).singleElement().satisfies(g -> assertThat(g.data())
                .containsEntry("termijn", "INBURGERINGSTERMIJN").containsEntry("tot", tot.toString()));
        assertThat(termijnbewaking.vervaldatum(id, "INBURGERINGSTERMIJN")).contains(tot);
        assertThat(rapportages.dossier(id, null).eindeTermijn()).isEqualTo(tot);
        assertThat(termijnbewaking.vanDossier(id)).filteredOn(t -> t.termijn().equals("INBURGERINGSTERMIJN"))
                .singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(Termijnstand.VERLENGD));

        // The old deadline passes quietly; the new one escalates at the end of its day
        naar(oud.plusDays(2).atTime(9, 0).atZone(Klok.ZONE));
        assertThat(termijnOverschrijdingen(id)).doesNotContain("INBURGERINGSTERMIJN");
        naar(tot.atTime(LocalTime.of(23, 59)).atZone(Klok.ZONE));
        assertThat(termijnOverschrijdingen(id)).doesNotContain("INBURGERINGSTERMIJN");
        naar(tot.plusDays(1).atTime(0, 1).atZone(Klok.ZONE));
        assertThat(gebeurtenissen(id, "TermijnOverschreden"))
                .filteredOn(g -> "INBURGERINGSTERMIJN".equals(g.data().get("termijn"))).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("vervaldatum", tot.toString()));
    }

    @Test
    void eenVerlengingNaarEenEerdereOfVerledenDatumGeeft400EnLegtNietsVast() throws Exception {
        String id = metPip();
        LocalDate einde = LocalDate.parse(vandaag()).plusDays(1).plusYears(3);

        ResponseEntity<String> eerder = post("casusregisseur", id, Map.of("bericht", "TermijnVerlengd",
                "tot", einde.minusDays(1).toString(), "reden", "x"));
        assertThat(eerder.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(eerder.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(velden(eerder)).containsExactly("tot");
        assertThat(eerder.getBody()).contains(einde.toString());

        ResponseEntity<String> verleden = post("casusregisseur", id, Map.of("bericht", "TermijnVerlengd",
                "tot", Klok.vandaag().minusDays(1).toString(), "reden", "x"));
        assertThat(verleden.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(velden(verleden)).containsExactly("tot");

        ResponseEntity<String> zonderTot = post("casusregisseur", id, Map.of("bericht", "TermijnVerlengd",
                "reden", "x"));
        assertThat(velden(zonderTot)).containsExactly("tot");

        assertThat(post("teamleider", id, Map.of("bericht", "TermijnVerlengd", "tot", einde.plusDays(9).toString(),
                "reden", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(gebeurtenissen(id, "TermijnVerlengd")).isEmpty();
        assertThat(termijnbewaking.vervaldatum(id, "INBURGERINGSTERMIJN")).contains(einde);
    }

    // ---- financieel ontzorgen lasts at least its term ----

    @Test
    void ontzorgenBeeindigenVoorHetEindeVanDeTermijnWordtGeweigerd() {
        String id = open("NAREIZIGER", "BODEGRAVEN_REEUWIJK", true);
        warmeOverdracht(id);
        rondAf(id, "aanvraagBijstand", "datumAanvraag", vandaag());
        LocalDate budgetbeheer = LocalDate.parse(vandaag());
        rondAf(id, "instellenBudgetbeheer", "datumBudgetbeheer", vandaag());
        LocalDate einde = budgetbeheer.plusMonths(6);
        naar(einde.minusDays(1).atTime(9, 0).atZone(Klok.ZONE));

        assertThatThrownBy(() -> rondAf(id, "evaluatieOntzorgen", "conclusieOntzorgen", "BEEINDIGEN"))
                .hasRootCauseInstanceOf(OngeldigeBeslissingException.class)
                .hasMessageContaining("conclusieOntzorgen: Financieel ontzorgen duurt ten minste tot " + einde);
        assertThat(openTaken(id)).contains("evaluatieOntzorgen");
        assertThat(gebeurtenissen(id, "OntzorgenGeevalueerd")).isEmpty();

        naar(einde.atTime(9, 0).atZone(Klok.ZONE));
        rondAf(id, "evaluatieOntzorgen", "conclusieOntzorgen", "BEEINDIGEN");
        assertThat(gebeurtenissen(id, "OntzorgenGeevalueerd")).hasSize(1);
        assertThat(termijnOverschrijdingen(id)).doesNotContain("ONTZORGEN");
    }

    @Test
    void voortzettenMagAltijd() {
        String id = open("NAREIZIGER", "BODEGRAVEN_REEUWIJK", true);
        warmeOverdracht(id);
        rondAf(id, "aanvraagBijstand", "datumAanvraag", vandaag());
        rondAf(id, "instellenBudgetbeheer", "datumBudgetbeheer", vandaag());
        naar(BEGIN.plusMonths(2));
        rondAf(id, "evaluatieOntzorgen", "conclusieOntzorgen", "VOORTZETTEN");
        assertThat(gebeurtenissen(id, "OntzorgenGeevalueerd")).hasSize(1);
    }

    // ---- reading the terms ----

    @Test
    void deTermijnenVanEenDossierVoorWieHetDossierMagLezen() throws Exception {
        String id = open("GEZINSMIGRANT", "WOERDEN", false);
        LocalDate melding = dossiers.vind(id).datumKoppeling();
        ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo")
                .getForEntity("/api/dossiers/" + id + "/termijnen", String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode termijnen = json.readTree(antwoord.getBody());
        assertThat(termijnen).hasSize(1);
        assertThat(termijnen.get(0).get("termijn").asText()).isEqualTo("PIP");
        assertThat(termijnen.get(0).get("start").asText()).isEqualTo(melding.toString());
        assertThat(termijnen.get(0).get("vervaldatum").asText()).isEqualTo(melding.plusWeeks(10).toString());
        assertThat(termijnen.get(0).get("status").asText()).isEqualTo("LOPEND");
        assertThat(termijnen.get(0).get("taak").asText()).isEqualTo("pipOpstellen");

        for (String geweigerd : List.of("beleid", "manager")) {
            assertThat(http.withBasicAuth(geweigerd, "demo").getForEntity("/api/dossiers/" + id + "/termijnen",
                    String.class).getStatusCode()).as(geweigerd).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.withBasicAuth("casusregisseur", "demo").getForEntity("/api/dossiers/IB-0/termijnen",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        naar(melding.plusWeeks(10).plusDays(1).atTime(9, 0).atZone(Klok.ZONE));
        String pagina = http.withBasicAuth("casusregisseur", "demo").getForObject("/dossiers/" + id, String.class);
        assertThat(pagina).contains("<section id=\"termijnen\">").contains("overschreden")
                .contains(nl.fermwerk.inburgering.basis.Labels.datum(melding.plusWeeks(10)));
    }

    // ---- helpers ----

    private String metPip() {
        String id = open("GEZINSMIGRANT", "OUDEWATER", false);
        totEnMetPip(id, "Z", false);
        return id;
    }

    private ResponseEntity<String> post(String gebruiker, String id, Map<String, Object> body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(gebruiker, "demo").postForEntity("/api/dossiers/" + id + "/berichten",
                new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    }

    private List<String> velden(ResponseEntity<String> antwoord) throws Exception {
        JsonNode fouten = json.readTree(antwoord.getBody()).get("fouten");
        return fouten.findValuesAsText("veld");
    }
}
