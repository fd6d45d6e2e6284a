package nl.fermwerk.inburgering.modellen;

import static nl.fermwerk.inburgering.modellen.Testmodellen.beslissing;
import static nl.fermwerk.inburgering.modellen.Testmodellen.proces;
import static nl.fermwerk.inburgering.modellen.Testmodellen.uniekeSleutel;
import static nl.fermwerk.inburgering.modellen.Testmodellen.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue #20, finding 1: a beleidsmedewerker deploys from Camunda Modeler, and a model must not be a way to run code.
 * Each forbidden construct is refused at deploy time with 400 naming the file, the element and the rule in Dutch,
 * and nothing of the deployment is stored. The project's own models still deploy.
 */
@IntegratieTest
class ModelkeuringBijDeployTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repository;
    @Autowired
    ObjectMapper json;

    static Stream<Arguments> verbodenProcessen() {
        return Stream.of(
                geval("scripttaak", "Taak_script", "geen scripts",
                        "<bpmn:scriptTask id=\"Taak_script\" scriptFormat=\"javascript\">"
                                + "<bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>"),
                geval("Java-klasse als delegate", "Taak_klasse", "geen Java-klassen",
                        "<bpmn:serviceTask id=\"Taak_klasse\" camunda:class=\"java.lang.Object\" />"),
                geval("repositoryService in een expressie", "Taak_repository", "alleen toegestane expressies",
                        "<bpmn:serviceTask id=\"Taak_repository\" camunda:expression=\"" + xml(
                                "${repositoryService.createDeployment().addString('x.bpmn', '').deploy()}") + "\" />"),
                geval("BSN lezen via dossierService", "Taak_bsn", "alleen toegestane expressies",
                        "<bpmn:serviceTask id=\"Taak_bsn\" camunda:expression=\""
                                + xml("${dossierService.vind('IB-1001').bsn()}") + "\" camunda:resultVariable=\"x\" />"),
                geval("engine-diensten via execution (methode)", "Taak_diensten", "alleen toegestane expressies",
                        "<bpmn:serviceTask id=\"Taak_diensten\" camunda:expression=\"" + xml(
                                "${execution.getProcessEngineServices().getRepositoryService()}") + "\" />"),
                geval("engine-diensten via execution (eigenschap)", "Taak_eigenschap", "alleen toegestane expressies",
                        "<bpmn:serviceTask id=\"Taak_eigenschap\" camunda:expression=\""
                                + xml("${execution.processEngineServices.repositoryService}") + "\" />"),
                geval("script in een execution listener", "Taak_luisteraar", "geen scripts",
                        "<bpmn:userTask id=\"Taak_luisteraar\" camunda:candidateGroups=\"fermwerk-casusregie\">"
                                + "<bpmn:extensionElements><camunda:executionListener event=\"start\">"
                                + "<camunda:script scriptFormat=\"groovy\">'ls'.execute()</camunda:script>"
                                + "</camunda:executionListener></bpmn:extensionElements></bpmn:userTask>"),
                geval("script in een input-mapping", "Taak_mapping", "geen scripts",
                        "<bpmn:serviceTask id=\"Taak_mapping\" camunda:expression=\"${null}\">"
                                + "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">"
                                + "<camunda:script scriptFormat=\"javascript\" resource=\"deployment://x.js\" />"
                                + "</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>"
                                + "</bpmn:serviceTask>"),
                geval("delegateExpression naar een andere bean", "Taak_delegate", "alleen toegestane delegates",
                        "<bpmn:serviceTask id=\"Taak_delegate\" camunda:delegateExpression=\"${dossierService}\" />"),
                geval("connector", "Taak_connector", "geen connectors",
                        "<bpmn:serviceTask id=\"Taak_connector\"><bpmn:extensionElements><camunda:connector>"
                                + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
                                + "</bpmn:extensionElements></bpmn:serviceTask>"));
    }

    private static Arguments geval(String naam, String element, String regel, String elementen) {
        return Arguments.of(naam, element, regel, elementen);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbodenProcessen")
    void eenVerbodenConstructieInEenProcesWordtGeweigerdEnNietsWordtOpgeslagen(String geval, String element,
                                                                               String regel, String elementen)
            throws Exception {
        String sleutel = uniekeSleutel("verboden");
        long deploymentsVoor = repository.createDeploymentQuery().count();

        ResponseEntity<String> antwoord = ModelerDeploy.met(sleutel).bestand("verboden.bpmn", proces(sleutel,
                elementen)).als(http, "beleid");

        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.BAD_REQUEST);
        String melding = json.readTree(antwoord.getBody()).get("message").asText();
        assertThat(melding).contains("verboden.bpmn, element '" + element + "'", "(regel: " + regel + ")");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsVoor);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(sleutel).count()).isZero();
    }

    @ParameterizedTest(name = "expressionLanguage=\"{0}\"")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"juel", "javascript", "groovy"})
    void eenBeslistabelMetEenAndereTaalDanFeelWordtGeweigerd(String taal) throws Exception {
        String sleutel = uniekeSleutel("beslissing");
        long deploymentsVoor = repository.createDeploymentQuery().count();
        String expressie = taal.equals("juel") ? xml("${dossierService.vind('IB-1001').bsn()}") : "invoer";

        ResponseEntity<String> antwoord = ModelerDeploy.met(sleutel).bestand("verboden.dmn",
                beslissing(sleutel, "expressionLanguage=\"" + taal + "\"", expressie)).als(http, "beleid");

        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).get("message").asText())
                .contains("verboden.dmn, element 'Invoerexpressie'", "'" + taal + "'", "(regel: alleen FEEL)");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsVoor);
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(sleutel).count()).isZero();
    }

    @Test
    void eenBestandDatGeenModelIsWordtGeweigerd() throws Exception {
        long deploymentsVoor = repository.createDeploymentQuery().count();

        ResponseEntity<String> antwoord = ModelerDeploy.met(uniekeSleutel("script"))
                .bestand("hulp.js", "java.lang.Runtime.getRuntime().exec('id')")
                .bestand("formulier.html", "<form><script>alert(1)</script></form>").als(http, "beleid");

        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).get("message").asText())
                .contains("hulp.js", "formulier.html", "(regel: alleen .bpmn, .dmn en .form)");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsVoor);
    }

    @Test
    void alleOvertredingenVanEenDeploymentKomenInEenAntwoord() throws Exception {
        String proces = uniekeSleutel("twee");
        String beslissing = uniekeSleutel("twee");
        long deploymentsVoor = repository.createDeploymentQuery().count();

        ResponseEntity<String> antwoord = ModelerDeploy.met(proces)
                .bestand("eerste.bpmn", proces(proces, "<bpmn:serviceTask id=\"Taak_a\" camunda:class=\"x.Y\" />"
                        + "<bpmn:serviceTask id=\"Taak_b\" camunda:expression=\""
                        + xml("${leerroute.getClass().getClassLoader()}") + "\" />"))
                .bestand("tweede.dmn", beslissing(beslissing, "expressionLanguage=\"juel\"", "${invoer}"))
                .als(http, "beleid");

        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).get("message").asText()).contains(
                "eerste.bpmn, element 'Taak_a'", "eerste.bpmn, element 'Taak_b'", "tweede.dmn, element 'Invoerexpressie'");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsVoor);
    }

    @Test
    void eenVerbodenConstructieIsNietTeVerstoppen() throws Exception {
        String sleutel = uniekeSleutel("verstopt");
        // An entity expanded by one parser and not by another could hide an expression: no DOCTYPE at all
        String metEntiteit = proces(sleutel, "<bpmn:serviceTask id=\"Taak_entiteit\" camunda:expression=\"&x;\" />")
                .replace("<bpmn:definitions", "<!DOCTYPE bpmn:definitions [<!ENTITY x \"${dossierService}\">]>"
                        + "\n<bpmn:definitions");
        // The engine still reads Camunda's extensions under the old activiti namespace
        String anderVoorvoegsel = proces(sleutel, "<bpmn:serviceTask id=\"Taak_activiti\" "
                + "xmlns:activiti=\"http://activiti.org/bpmn\" activiti:class=\"java.lang.Object\" />");

        ResponseEntity<String> antwoord = ModelerDeploy.met(sleutel).bestand("entiteit.bpmn", metEntiteit)
                .bestand("activiti.bpmn", anderVoorvoegsel).als(http, "beleid");

        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).get("message").asText())
                .contains("entiteit.bpmn: geen geldige XML (of met een DOCTYPE)", "(regel: leesbaar model)")
                .contains("activiti.bpmn, element 'Taak_activiti'", "(regel: geen Java-klassen)");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(sleutel).count()).isZero();
    }

    @Test
    void ookEenDeployViaDeJavaApiVanDeEngineWordtGeweigerd() {
        String sleutel = uniekeSleutel("java-api");
        long deploymentsVoor = repository.createDeploymentQuery().count();

        assertThatThrownBy(() -> repository.createDeployment().name(sleutel).addString("java.bpmn", proces(sleutel,
                "<bpmn:serviceTask id=\"Taak_java\" camunda:expression=\"" + xml("${execution.getProcessEngine()}")
                        + "\" />")).deploy())
                .isInstanceOf(ModelGeweigerdException.class)
                .hasMessageContaining("java.bpmn, element 'Taak_java'")
                .hasMessageContaining("(regel: alleen toegestane expressies)");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsVoor);
    }

    @Test
    void deEigenModellenVanHetProjectDeployenGewoon() throws Exception {
        String wijziging = "gewijzigd in Camunda Modeler: " + UUID.randomUUID();
        String traject = Files.readString(Path.of("processes/inburgeringstraject.bpmn"), StandardCharsets.UTF_8)
                + "\n<!-- " + wijziging + " -->\n";
        String taakverdeling = Files.readString(Path.of("processes/taakverdeling.dmn"), StandardCharsets.UTF_8)
                + "\n<!-- " + wijziging + " -->\n";
        String formulier = Files.readString(Path.of("forms/regeldag.form"), StandardCharsets.UTF_8) + "\n ";

        // Saved under names of their own, so the application's deployment of processes/ stays recognisable
        ResponseEntity<String> antwoord = ModelerDeploy.met(uniekeSleutel("eigen-modellen"))
                .bestand("traject-eigen.bpmn", traject).bestand("taakverdeling-eigen.dmn", taakverdeling)
                .bestand("regeldag-eigen.form", formulier).als(http, "beleid");

        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.OK);
        JsonNode deployment = json.readTree(antwoord.getBody());
        assertThat(repository.getDeploymentResourceNames(deployment.get("id").asText()))
                .containsExactlyInAnyOrder("traject-eigen.bpmn", "taakverdeling-eigen.dmn", "regeldag-eigen.form");
        assertThat(deployment.get("deployedProcessDefinitions")).hasSize(1);
        assertThat(deployment.get("deployedDecisionDefinitions")).hasSize(1);
    }
}
