package nl.fermwerk.inburgering.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.traject.Procesvariabelen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No process key is special: a production process whose key happens to start with what the benchmark once used
 * ({@code kaal-}) is routed, and its betrokken get their read rights, like any other. The benchmark runs its bare
 * models on an engine of its own instead (issue #14).
 */
@IntegratieTest
class ProcessleutelZonderUitzonderingTest {

    private static final String SLEUTEL = "kaal-routingTest";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    ManagementService beheer;
    @Autowired
    AuthorizationService autorisaties;

    @Test
    void eenProcesWaarvanDeSleutelMetKaalBegintWordtGeroutedEnKrijgtRechten() throws Exception {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(SLEUTEL).count() == 0) {
            String xml = Files.readString(Path.of("src/test/resources/testprocessen/routing.bpmn"),
                    StandardCharsets.UTF_8).replace("\"routingTest\"", "\"" + SLEUTEL + "\"");
            repository.createDeployment().addString(SLEUTEL + ".bpmn", xml).deploy();
        }
        ProcessInstance instantie = runtime.startProcessInstanceByKey(SLEUTEL, "KAAL-RT-" + System.nanoTime(),
                Map.of("welke", "pvtTaak", "gemeente", "MONTFOORT", "dossierId", "KAAL-RT"));
        beheer.executeJob(beheer.createJobQuery().processInstanceId(instantie.getId()).singleResult().getId());
        Task taak = taken.createTaskQuery().processInstanceId(instantie.getId()).singleResult();

        assertThat(taken.getIdentityLinksForTask(taak.getId())).filteredOn(l -> "candidate".equals(l.getType()))
                .extracting(IdentityLink::getGroupId).containsExactly("vluchtelingenwerk");
        assertThat(taken.getVariableLocal(taak.getId(), Procesvariabelen.BETROKKEN)).isNotNull();
        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak.getId())
                .list()).anySatisfy(a -> {
                    assertThat(a.getGroupId()).isEqualTo("vluchtelingenwerk");
                    assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
                });
    }
}
