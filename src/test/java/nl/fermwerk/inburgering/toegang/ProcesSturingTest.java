package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.fermwerk.inburgering.betrouwbaarheid.Verzoek;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Driving a trajectory from outside through the engine's REST API (issue #20, finding 5). Correlating a message on
 * {@code naam} answered 403 naming the process instance for a person who has a dossier and 400 for one who has not:
 * an oracle for every logged-in user. Messages, signals, conditions, modifications and their kin are for the Camunda
 * admin group only, refused before the engine looks at the payload, with one fixed answer; messages into a
 * trajectory go through our API ({@code /api/dossiers/{id}/berichten}).
 */
@IntegratieTest
class ProcesSturingTest {

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"casusregisseur", "vsgh"})
    void correlerenOpNaamGeeftVoorBekendEnOnbekendHetzelfdeAntwoord(String gebruiker) throws Exception {
        String dossier = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        ProcessInstance traject = testDossiers.traject(dossier);

        HttpResponse<String> bekend = correleer(gebruiker, "naam", "Test Inburgeraar");
        HttpResponse<String> onbekend = correleer(gebruiker, "naam", "Niemand Bestaat-Hier");
        HttpResponse<String> bekendDossier = correleer(gebruiker, "dossierId", dossier);

        assertThat(bekend.statusCode()).isEqualTo(403);
        assertThat(onbekend.statusCode()).isEqualTo(403);
        assertThat(bekend.body()).isEqualTo(onbekend.body()).isEqualTo(bekendDossier.body());
        assertThat(bekend.headers().firstValue("Content-Type")).isEqualTo(onbekend.headers().firstValue("Content-Type"));
        assertThat(bekend.body()).doesNotContain(traject.getId()).doesNotContain(dossier);
        assertThat(testDossiers.traject(dossier)).as("het traject loopt ongewijzigd").isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/engine-rest/message", "/engine-rest/engine/default/message", "/engine-rest/signal",
            "/engine-rest/condition", "/engine-rest/process-instance/message-async",
            "/engine-rest/process-instance/{instantie}/modification",
            "/engine-rest/process-instance/{instantie}/modification-async", "/engine-rest/modification/execute",
            "/engine-rest/migration/execute", "/engine-rest/process-instance/{instantie}/variables",
            "/engine-rest/execution/{instantie}/signal",
            "/engine-rest/execution/{instantie}/messageSubscriptions/Verhuisd/trigger",
            "/engine-rest/process-definition/key/inburgeringstraject/start",
            "/engine-rest/process-definition/key/inburgeringstraject/submit-form",
            "/engine-rest/process-instance/suspended", "/engine-rest/process-instance/delete",
            "/engine-rest/job/retries", "/engine-rest/external-task/fetchAndLock"})
    void procesSturingVanBuitenIsAlleenVoorDeCamundaBeheerder(String pad) throws Exception {
        String dossier = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        String echt = pad.replace("{instantie}", testDossiers.traject(dossier).getId());
        JsonNode referentie = json.readTree(correleer("casusregisseur", "naam", "Niemand").body());

        for (String gebruiker : new String[] {"casusregisseur", "teamleider", "vsgh", "beleid", "manager"}) {
            HttpResponse<String> antwoord = Verzoek.post(pad, echt, "{}").als(gebruiker).stuur(poort);
            assertThat(antwoord.statusCode()).as("%s op %s: %s", gebruiker, pad, antwoord.body()).isEqualTo(403);
            JsonNode probleem = json.readTree(antwoord.body());
            assertThat(probleem.path("detail")).as("één vast antwoord").isEqualTo(referentie.path("detail"));
            assertThat(probleem.path("title")).isEqualTo(referentie.path("title"));
        }
    }

    @Test
    void deCamundaBeheerderBereiktDeEngineWel() throws Exception {
        // beheer is in camunda-admin: the engine itself answers (no matching process: 400, not our 403)
        HttpResponse<String> antwoord = correleer("beheer", "naam", "Niemand Bestaat-Hier");

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
    }

    private HttpResponse<String> correleer(String gebruiker, String sleutel, String waarde) throws Exception {
        String bericht = """
                {"messageName": "Verhuisd", "correlationKeys": {"%s": {"value": "%s", "type": "String"}},
                 "processVariables": {"naarGemeente": {"value": "MONTFOORT", "type": "String"}}}
                """.formatted(sleutel, waarde);
        return Verzoek.post("correleer", "/engine-rest/message", bericht).als(gebruiker).stuur(poort);
    }
}
