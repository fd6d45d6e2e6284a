package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every user task opens a deployed Camunda Form in Tasklist: no "Form failure". */
@IntegratieTest
class FormulierenTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    FormService formulieren;
    @Autowired
    TaskService taken;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    ObjectMapper json;

    @Test
    void elkeGebruikerstaakVerwijstNaarEenGedeployedFormulier() throws Exception {
        Set<String> formulierIds = gedeployedeFormulieren();
        List<String> fouten = new ArrayList<>();
        int taken = 0;
        for (ProcessDefinition definitie : repository.createProcessDefinitionQuery().latestVersion().list()) {
            if (definitie.getResourceName().contains("testprocessen")) {
                continue;
            }
            BpmnModelInstance model = repository.getBpmnModelInstance(definitie.getId());
            for (UserTask taak : model.getModelElementsByType(UserTask.class)) {
                taken++;
                String ref = taak.getCamundaFormRef();
                if (ref == null) {
                    fouten.add(definitie.getResourceName() + " " + taak.getId() + ": geen camunda:formRef");
                } else if (!formulierIds.contains(ref)) {
                    fouten.add(definitie.getResourceName() + " " + taak.getId() + ": formulier '" + ref
                            + "' is niet gedeployed");
                }
            }
        }
        assertThat(taken).isPositive();
        assertThat(fouten).isEmpty();
    }

    @Test
    void deOpenTakenVanEenNieuwDossierTonenHunFormulier() throws Exception {
        String dossierId = testDossiers.open("ASIELSTATUSHOUDER", "BODEGRAVEN_REEUWIJK", true);
        List<Task> open = taken.createTaskQuery().processInstanceBusinessKey(dossierId).list();
        assertThat(open).isNotEmpty();
        for (Task taak : open) {
            try (InputStream formulier = formulieren.getDeployedTaskForm(taak.getId())) {
                JsonNode schema = json.readTree(formulier);
                assertThat(schema.get("id").asText()).isEqualTo(taak.getTaskDefinitionKey());
                assertThat(schema.get("components")).isNotEmpty();
            }
        }
    }

    private Set<String> gedeployedeFormulieren() throws Exception {
        Set<String> ids = new HashSet<>();
        for (var deployment : repository.createDeploymentQuery().list()) {
            for (String naam : repository.getDeploymentResourceNames(deployment.getId())) {
                if (naam.endsWith(".form")) {
                    try (InputStream in = repository.getResourceAsStream(deployment.getId(), naam)) {
                        ids.add(json.readTree(in).get("id").asText());
                    }
                }
            }
        }
        return ids;
    }
}
