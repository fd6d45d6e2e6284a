package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Casusregie starts handhaving in whatever phase: {@code POST /api/dossiers/{id}/berichten} with HandhavingGestart
 * and its grond records the event; anyone else is refused, bad input is a 400 naming the field, and nothing is
 * stored then.
 */
@IntegratieTest
class HandhavingGestartTest extends TrajectTestBasis {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    Gebeurtenissen store;

    @Test
    void casusregieStartHandhavingInDeBredeIntakeEnInUitvoering() throws Exception {
        String intake = open("GEZINSMIGRANT", "WOERDEN", false);
        ResponseEntity<String> antwoord = post("casusregisseur", intake, Map.of("bericht", "HandhavingGestart",
                "grond", "BREDE_INTAKE_NIET_MEEGEWERKT", "toelichting", "Twee keer niet verschenen"));
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(gebeurtenissen(intake, "HandhavingGestart")).singleElement().satisfies(g -> {
            assertThat(g.data()).containsEntry("grond", "BREDE_INTAKE_NIET_MEEGEWERKT")
                    .containsEntry("datumStart", vandaag()).containsEntry("toelichting", "Twee keer niet verschenen");
            assertThat(g.actor()).isEqualTo("casusregisseur");
        });
        // The trajectory goes on where it was: handhaving runs beside it
        assertThat(taak(intake, "leerbaarheidstoets")).isNotNull();
        voerJobsUit(intake);
        assertThat(openTaken(intake)).contains("voornemenHandhaving", "leerbaarheidstoets");

        String uitvoering = open("ASIELSTATUSHOUDER", "OUDEWATER", true);
        warmeOverdracht(uitvoering);
        totEnMetPip(uitvoering, "B1", false);
        assertThat(post("casusregisseur", uitvoering, Map.of("bericht", "HandhavingGestart", "grond",
                "PIP_NIET_NAGEKOMEN")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(gebeurtenissen(uitvoering, "HandhavingGestart")).hasSize(1);
        voerJobsUit(uitvoering);
        assertThat(openTaken(uitvoering)).contains("voornemenHandhaving", "startLeerroute");
    }

    @Test
    void inDePipFaseVanVoornemenViaZienswijzeTotBesluit() throws Exception {
        String id = open("GEZINSMIGRANT", "MONTFOORT", false);
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
        assertThat(openTaken(id)).contains("pipOpstellen");
        assertThat(post("casusregisseur", id, Map.of("bericht", "HandhavingGestart", "grond",
                "PIP_NIET_MEEGEWERKT")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        voerJobsUit(id);
        assertThat(openTaken(id)).contains("pipOpstellen", "voornemenHandhaving");
        rondAf(id, "voornemenHandhaving", "boeteArtikel", "ART_22", "handhavingsstap", "EERSTE_BOETE",
                "datumVoornemen", vandaag(), "zienswijzeTot", java.time.LocalDate.parse(vandaag()).plusWeeks(2)
                        .toString());
        assertThat(openTaken(id)).contains("zienswijze").doesNotContain("handhaving");
        rondAf(id, "zienswijze", "zienswijzeGegeven", false, "datumZienswijze", vandaag());
        rondAf(id, "handhaving", "besluit", "BOETE", "boeteArtikel", "ART_22", "handhavingsstap", "EERSTE_BOETE",
                "boeteBedrag", 250, "dagtekening", vandaag(), "motivering", "Niet meegewerkt aan het PIP");
        assertThat(gebeurtenissen(id, "HandhavingsbesluitGenomen")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("besluit", "BOETE"));
        assertThat(openTaken(id)).containsExactly("pipOpstellen");
        // After the besluit a next step of the ladder may start
        assertThat(post("casusregisseur", id, Map.of("bericht", "HandhavingGestart", "grond",
                "PIP_NIET_MEEGEWERKT")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        voerJobsUit(id);
        assertThat(openTaken(id)).contains("voornemenHandhaving");
    }

    @Test
    void alleenCasusregieMagHandhavingStarten() throws Exception {
        String id = open("GEZINSMIGRANT", "MONTFOORT", false);
        int versie = store.versie(id);
        Map<String, Object> bericht = Map.of("bericht", "HandhavingGestart", "grond", "PIP_NIET_MEEGEWERKT");
        for (String gebruiker : List.of("beheer", "teamleider", "vluchtelingenwerk", "manager", "beleid")) {
            assertThat(post(gebruiker, id, bericht).getStatusCode()).as(gebruiker).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(store.versie(id)).isEqualTo(versie);
    }

    @Test
    void ongeldigeInvoerIs400MetHetVeldEnLegtNietsVast() throws Exception {
        String id = open("GEZINSMIGRANT", "BODEGRAVEN_REEUWIJK", false);
        int versie = store.versie(id);
        ResponseEntity<String> zonderGrond = post("casusregisseur", id, Map.of("bericht", "HandhavingGestart"));
        assertThat(zonderGrond.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zonderGrond.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(velden(zonderGrond)).containsExactly("grond");
        assertThat(velden(post("casusregisseur", id, Map.of("bericht", "HandhavingGestart", "grond", "TE_LAAT"))))
                .containsExactly("grond");
        assertThat(velden(post("casusregisseur", id, Map.of("bericht", "HandhavingGestart", "grond",
                "PIP_NIET_MEEGEWERKT", "datum", "2999-01-01")))).containsExactly("datum");
        assertThat(velden(post("casusregisseur", id, Map.of("bericht", "OntheffingVerleend", "grond",
                "PIP_NIET_MEEGEWERKT")))).containsExactly("grond");
        assertThat(store.versie(id)).isEqualTo(versie);

        // A second start while the first has no besluit yet
        assertThat(post("casusregisseur", id, Map.of("bericht", "HandhavingGestart", "grond",
                "PIP_NIET_MEEGEWERKT")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ResponseEntity<String> tweede = post("casusregisseur", id, Map.of("bericht", "HandhavingGestart", "grond",
                "PIP_NIET_NAGEKOMEN"));
        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(velden(tweede)).containsExactly("bericht");
        assertThat(gebeurtenissen(id, "HandhavingGestart")).hasSize(1);
    }

    private ResponseEntity<String> post(String gebruiker, String id, Map<String, Object> body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(gebruiker, "demo").postForEntity("/api/dossiers/" + id + "/berichten",
                new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
    }

    private List<String> velden(ResponseEntity<String> antwoord) throws Exception {
        return json.readTree(antwoord.getBody()).get("fouten").findValuesAsText("veld");
    }
}
