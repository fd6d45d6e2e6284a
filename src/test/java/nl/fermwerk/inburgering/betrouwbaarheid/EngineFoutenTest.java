package nl.fermwerk.inburgering.betrouwbaarheid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine's REST API answers bad requests with 4xx and never names a Java class or package (issue #20, finding
 * 11): a 500 for the client's mistake hides real failures in the monitoring, and class names tell an attacker what
 * runs inside. ENGINE-xxxxx codes stay: Camunda Modeler recognises a parse error by its code.
 */
@IntegratieTest
class EngineFoutenTest {

    /** A package-qualified Java name: {@code java.util.Date}, {@code org.camunda.bpm.engine.SomeException}. */
    static final Pattern JAVA_NAAM = Pattern.compile("\\b(?:java|javax|jakarta|org|com|sun|jdk|nl)\\.[a-z]\\w*\\.");

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;
    @Autowired
    RepositoryService repository;
    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    ObjectMapper json;

    private String taak;

    @BeforeEach
    void eenOpenTaak() {
        String dossier = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        taak = testDossiers.taak(dossier, "leerbaarheidstoets").getId();
    }

    static Stream<Arguments> verzoeken() {
        return Stream.of(
                Arguments.of(new Verzoek("taak van een lopend traject verwijderen", "DELETE", "/engine-rest/task/{taak}",
                        null, null, false, "casusregisseur"), 400),
                Arguments.of(Verzoek.get("orQueries als tekst", "/engine-rest/task?orQueries=x"), 400),
                Arguments.of(Verzoek.get("orQueries op de historie", "/engine-rest/history/task?orQueries=x"), 400),
                Arguments.of(Verzoek.get("maxResults geen getal", "/engine-rest/task?maxResults=abc"), 400),
                Arguments.of(Verzoek.get("datum die geen datum is", "/engine-rest/task?dueAfter=morgen"), 400),
                Arguments.of(Verzoek.post("getal dat geen getal is", "/engine-rest/task/{taak}/complete",
                        "{\"variables\":{\"toelichting\":{\"value\":\"abc\",\"type\":\"Integer\"}}}"), 400),
                Arguments.of(Verzoek.post("object zonder serializer", "/engine-rest/task/{taak}/complete",
                        "{\"variables\":{\"toelichting\":{\"value\":\"[]\",\"type\":\"Object\",\"valueInfo\":{"
                                + "\"objectTypeName\":\"java.util.ArrayList\","
                                + "\"serializationDataFormat\":\"application/json\"}}}}"), 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verzoeken")
    void eenFoutVanDeClientIs4xxZonderJavaNamen(Verzoek verzoek, int status) throws Exception {
        Verzoek echt = new Verzoek(verzoek.naam(), verzoek.methode(), verzoek.pad().replace("{taak}", taak),
                verzoek.inhoudstype(), verzoek.inhoud(), false, verzoek.gebruiker());

        HttpResponse<String> antwoord = echt.stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(status);
        JsonNode body = json.readTree(antwoord.body());
        assertThat(body.path("message").asText()).as(antwoord.body()).isNotBlank();
        assertThat(JAVA_NAAM.matcher(antwoord.body()).find()).as(antwoord.body()).isFalse();
        assertThat(taken.createTaskQuery().taskId(taak).count()).as("de taak staat nog open").isEqualTo(1);
    }

    @Test
    void eenOnbekendeCorrelatieNoemtGeenJavaKlasse() throws Exception {
        // Only the Camunda admin still reaches the engine's correlation; its answer named the exception class
        HttpResponse<String> antwoord = Verzoek.post("correlatie", "/engine-rest/message",
                "{\"messageName\":\"Verhuisd\",\"businessKey\":\"IB-0\"}").als("beheer").stuur(poort);

        assertThat(antwoord.statusCode()).isEqualTo(400);
        assertThat(json.readTree(antwoord.body()).path("message").asText()).startsWith("Cannot correlate message");
        assertThat(JAVA_NAAM.matcher(antwoord.body()).find()).as(antwoord.body()).isFalse();
    }

    @Test
    void eenModelDatNietTeLezenIsGeeft400MetDeEngineCodeVoorCamundaModeler() throws Exception {
        // Camunda Modeler shows the parse problems when the message starts with this code and text
        String kapot = "<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " targetNamespace=\"x\"><bpmn:process id=\"kapotModel\" isExecutable=\"true\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" camunda:historyTimeToLive=\"P1D\">"
                + "<bpmn:serviceTask id=\"taak\"/></bpmn:process></bpmn:definitions>";
        String grens = "grens42";
        String inhoud = "--" + grens + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nkapot\r\n"
                + "--" + grens + "\r\nContent-Disposition: form-data; name=\"kapot.bpmn\"; filename=\"kapot.bpmn\"\r\n"
                + "Content-Type: text/xml\r\n\r\n" + kapot + "\r\n--" + grens + "--\r\n";

        HttpResponse<String> antwoord = new Verzoek("kapot model", "POST", "/engine-rest/deployment/create",
                "multipart/form-data; boundary=" + grens, Verzoek.bytes(inhoud), false, "beleid").stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        assertThat(json.readTree(antwoord.body()).path("message").asText())
                .startsWith("ENGINE-09005 Could not parse BPMN process.");
        assertThat(JAVA_NAAM.matcher(antwoord.body()).find()).as(antwoord.body()).isFalse();
    }

    @Test
    void deWeigeringVanDeEngineHoudtHaarType() throws Exception {
        // Camunda's webapps look at type == "AuthorizationException" on a 403; keep the engine's own error types
        // One beleid did not deploy itself: the engine grants whoever deploys every right on that deployment, and in
        // a shared database (PostgreSQL returns rows in no fixed order) the first one may be beleid's own
        String deployment = repository.createDeploymentQuery().list().stream().map(Deployment::getId)
                .filter(id -> autorisaties.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT)
                        .resourceId(id).userIdIn("beleid").count() == 0)
                .findFirst().orElseThrow();
        HttpResponse<String> antwoord = new Verzoek("deployment verwijderen", "DELETE", "/engine-rest/deployment/"
                + deployment, null, null, false, "beleid").stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
        assertThat(json.readTree(antwoord.body()).path("type").asText()).isEqualTo("AuthorizationException");
    }
}
