package nl.fermwerk.inburgering.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Deploying from Camunda Modeler: its deploy dialog posts the file as multipart to /engine-rest/deployment/create
 * with HTTP Basic. A beleidsmedewerker may; a ketenpartner or casusregisseur may not. Running dossiers keep their
 * version, new dossiers start on the new one.
 */
@IntegratieTest
class DeployVanuitModelerTest {

    static final String PROCES = "inburgeringstraject";
    static final String BESTAND = PROCES + "-gewijzigd.bpmn";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService taken;
    @Autowired
    ObjectMapper json;

    @Test
    void eenBeleidsmedewerkerDeploytEnAlleenNieuweDossiersStartenOpDeNieuweVersie() throws Exception {
        String lopend = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        String oudeDefinitie = testDossiers.traject(lopend).getProcessDefinitionId();
        int oudeVersie = repository.getProcessDefinition(oudeDefinitie).getVersion();

        ResponseEntity<String> antwoord = deploy("beleid", gewijzigdModel());

        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.OK);
        JsonNode deployment = json.readTree(antwoord.getBody());
        assertThat(deployment.get("source").asText()).isEqualTo("Camunda Modeler");
        assertThat(repository.getDeploymentResourceNames(deployment.get("id").asText())).containsExactly(BESTAND);
        JsonNode definities = deployment.get("deployedProcessDefinitions");
        assertThat(definities).hasSize(1);
        JsonNode nieuw = definities.elements().next();
        assertThat(nieuw.get("key").asText()).isEqualTo(PROCES);
        assertThat(nieuw.get("version").asInt()).isGreaterThan(oudeVersie);
        String nieuweDefinitie = nieuw.get("id").asText();

        String nieuwDossier = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);

        assertThat(testDossiers.traject(nieuwDossier).getProcessDefinitionId()).isEqualTo(nieuweDefinitie);
        assertThat(testDossiers.traject(lopend).getProcessDefinitionId()).isEqualTo(oudeDefinitie);
        // Both go on: each has its open work on its own version
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(lopend).list()).isNotEmpty()
                .extracting(Task::getProcessDefinitionId).containsOnly(oudeDefinitie);
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(nieuwDossier).list()).isNotEmpty()
                .extracting(Task::getProcessDefinitionId).containsOnly(nieuweDefinitie);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsgh", "casusregisseur"})
    void eenKetenpartnerOfCasusregisseurMagNietDeployen(String gebruiker) throws Exception {
        long deploymentsVoor = repository.createDeploymentQuery().count();
        String laatsteVoor = repository.createProcessDefinitionQuery().processDefinitionKey(PROCES).latestVersion()
                .singleResult().getId();

        ResponseEntity<String> antwoord = deploy(gebruiker, gewijzigdModel());

        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsVoor);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(PROCES).latestVersion()
                .singleResult().getId()).isEqualTo(laatsteVoor);
    }

    @Test
    void eenCamundaBeheerderMagInDeEngineAllesOokDeployen() throws Exception {
        // beheer is in group camunda-admin: Basisautorisaties grants that group every permission in the engine
        assertThat(deploy("beheer", gewijzigdModel()).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("beheer", "demo").getForEntity("/engine-rest/process-definition/count",
                String.class).getBody()).doesNotContain("\"count\":0");
    }

    @Test
    void zonderAanmeldingKanNiemandDeployen() throws Exception {
        ResponseEntity<String> antwoord = http.postForEntity("/engine-rest/deployment/create",
                verzoek(gewijzigdModel()), String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** The model as it lies in processes/, changed as a beleidsmedewerker would save it: a new version. */
    static byte[] gewijzigdModel() throws Exception {
        String model = Files.readString(Path.of("processes", PROCES + ".bpmn"), StandardCharsets.UTF_8);
        return (model + "\n<!-- gewijzigd in Camunda Modeler: " + UUID.randomUUID() + " -->\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private ResponseEntity<String> deploy(String gebruiker, byte[] model) {
        return http.withBasicAuth(gebruiker, "demo").postForEntity("/engine-rest/deployment/create", verzoek(model),
                String.class);
    }

    /** The fields Modeler's deploy dialog sends. */
    static HttpEntity<MultiValueMap<String, Object>> verzoek(byte[] model) {
        MultiValueMap<String, Object> delen = new LinkedMultiValueMap<>();
        delen.add("deployment-name", PROCES);
        delen.add("deployment-source", "Camunda Modeler");
        delen.add("deploy-changed-only", "true");
        // Saved under a name of its own ("Save As"), so the starter's deployment of processes/ stays recognisable
        delen.add(BESTAND, new ByteArrayResource(model) {
            @Override
            public String getFilename() {
                return BESTAND;
            }
        });
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(delen, kop);
    }
}
