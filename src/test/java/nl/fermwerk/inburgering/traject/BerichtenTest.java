package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Messages from outside: ontheffing (DUO) and both kinds of verhuizing, through the service and the API. */
@IntegratieTest
class BerichtenTest extends TrajectTestBasis {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    AuthorizationService autorisaties;

    @Test
    void ontheffingBeeindigtDePlichtEnLeidtNaarAfsluiting() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        warmeOverdracht(id);
        totEnMetPip(id, "B1", true);
        berichten.ontvang(id, new Bericht("OntheffingVerleend", null, null), "duo");
        voerJobsUit(id);
        assertThat(openTaken(id)).containsExactly("afsluiting");
        assertThat(gebeurtenissen(id, "OntheffingVerleend")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("datumOntheffing", vandaag()));
        rondAf(id, "afsluiting", "resultaat", "ONTHEFFING");
        assertGesloten(id);
        // The BSN is free again: a new koppeling for the same person opens a new dossier
        String bsn = dossiers.vind(id).bsn();
        var nieuw = dossiers.open(new NieuwDossier(bsn, "Test Inburgeraar", LocalDate.of(1990, 1, 1),
                "ASIELSTATUSHOUDER", "WOERDEN", LocalDate.parse(vandaag()), true), "test");
        assertThat(nieuw.dossierId()).isNotEqualTo(id);
    }

    @Test
    void verhuizingBinnenDeRegioHerroutertDeOpenTaken() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        assertThat(kandidaten(taak(id, "vrijwilligerVoorstellen"))).containsExactly("vsgh");
        assertThat(lezers(taak(id, "regeldag"))).contains("vsgh").doesNotContain("vluchtelingenwerk");

        berichten.ontvang(id, new Bericht("Verhuisd", "MONTFOORT", null), "casusregisseur");

        assertThat(runtime.getVariable(traject(id).getId(), "gemeente")).isEqualTo("MONTFOORT");
        assertThat(dossiers.vind(id).gemeente()).isEqualTo(Gemeente.MONTFOORT);
        assertThat(kandidaten(taak(id, "vrijwilligerVoorstellen"))).containsExactly("vluchtelingenwerk");
        assertThat(kandidaten(taak(id, "regeldag"))).containsExactly("fermwerk-casusregie");
        assertThat(lezers(taak(id, "regeldag"))).contains("vluchtelingenwerk").doesNotContain("vsgh");
        // Casusregie reads every task through its global grant, not through a row per task
        assertThat(autorisaties.isUserAuthorized("casusregisseur", List.of("fermwerk-casusregie"),
                org.camunda.bpm.engine.authorization.Permissions.READ, Resources.TASK,
                taak(id, "regeldag").getId())).isTrue();
        assertThat(taken.getVariableLocal(taak(id, "regeldag").getId(), "betrokken")).isEqualTo("vluchtelingenwerk");
        assertThat(gebeurtenissen(id, "Verhuisd")).singleElement().satisfies(g -> assertThat(g.data())
                .containsEntry("vanGemeente", "WOERDEN").containsEntry("naarGemeente", "MONTFOORT"));
        // New tasks are routed by the new gemeente too
        rondAf(id, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        rondAf(id, "regeldag", "datumRegeldag", vandaag());
        rondAf(id, "inschrijvingGemeente", "datumInschrijving", vandaag());
        assertThat(lezers(taak(id, "leerbaarheidstoets"))).contains("vluchtelingenwerk", "swom");
        assertThat(traject(id)).isNotNull();
    }

    @Test
    void verhuizingBuitenDeRegioGeeftWarmeOverdrachtEnAfsluiting() {
        String id = open("GEZINSMIGRANT", "OUDEWATER", false);
        totEnMetPip(id, "Z", false);
        berichten.ontvang(id, new Bericht("Verhuisd", "BUITEN_REGIO", null), "casusregisseur");
        voerJobsUit(id);
        assertThat(openTaken(id)).contains("overdrachtNieuweGemeente", "pvt");
        rondAf(id, "overdrachtNieuweGemeente", "datumOverdrachtNieuweGemeente", vandaag());
        assertThat(openTaken(id)).containsExactly("afsluiting");
        rondAf(id, "afsluiting", "resultaat", "VERHUISD");
        assertGesloten(id);
        assertThat(dossiers.vind(id).gemeente()).isEqualTo(Gemeente.OUDEWATER);
    }

    @Test
    void apiNeemtBerichtenAanVanCasusregie() throws Exception {
        String id = open("GEZINSMIGRANT", "BODEGRAVEN_REEUWIJK", false);
        ResponseEntity<String> antwoord = post("casusregisseur", id, Map.of("bericht", "Verhuisd",
                "naarGemeente", "WOERDEN"));
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(dossiers.vind(id).gemeente()).isEqualTo(Gemeente.WOERDEN);
        assertThat(kandidaten(taak(id, "leerbaarheidstoets"))).containsExactly("fermwerk-casusregie");
    }

    @Test
    void apiWeigertOngeldigeBerichtenMetProblemJson() throws Exception {
        String id = open("GEZINSMIGRANT", "WOERDEN", false);
        ResponseEntity<String> onbekend = post("casusregisseur", id, Map.of("bericht", "Getrouwd"));
        assertThat(onbekend.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(onbekend.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(velden(onbekend)).containsExactly("bericht");

        ResponseEntity<String> zonderGemeente = post("casusregisseur", id, Map.of("bericht", "Verhuisd"));
        assertThat(zonderGemeente.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(velden(zonderGemeente)).containsExactly("naarGemeente");

        ResponseEntity<String> zelfdeGemeente = post("casusregisseur", id, Map.of("bericht", "Verhuisd",
                "naarGemeente", "WOERDEN"));
        assertThat(velden(zelfdeGemeente)).containsExactly("naarGemeente");

        assertThat(post("casusregisseur", "IB-0", Map.of("bericht", "OntheffingVerleend")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("vsgh", id, Map.of("bericht", "OntheffingVerleend")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("teamleider", id, Map.of("bericht", "OntheffingVerleend")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(gebeurtenissen(id, "Verhuisd")).isEmpty();
        assertThat(gebeurtenissen(id, "OntheffingVerleend")).isEmpty();
    }

    @Test
    void eenBerichtDatHetTrajectNietVerwachtGeeft409EnLegtNietsVast() throws Exception {
        String id = open("GEZINSMIGRANT", "MONTFOORT", false);
        totEnMetPip(id, "ONDERWIJS", false);
        assertThat(post("beheer", id, Map.of("bericht", "OntheffingVerleend")).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        ResponseEntity<String> tweede = post("casusregisseur", id, Map.of("bericht", "OntheffingVerleend"));
        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(gebeurtenissen(id, "OntheffingVerleend")).hasSize(1);
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

    private List<String> lezers(Task taak) {
        return autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak.getId()).list()
                .stream().map(a -> a.getGroupId()).filter(g -> g != null).sorted().toList();
    }
}
