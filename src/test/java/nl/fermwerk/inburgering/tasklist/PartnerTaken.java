package nl.fermwerk.inburgering.tasklist;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Partner work for Tasklist tests: starts the test process {@code partnertaakTest}, whose one task the real
 * taakverdeling routes (MAATSCHAPPELIJKE_BEGELEIDING), independent of what the main process contains today.
 */
public final class PartnerTaken {

    public static final String PROCES = "partnertaakTest";

    private PartnerTaken() {
    }

    /** Starts one partner task for a made-up dossier in this gemeente and returns it (routed, candidate set). */
    public static Task start(RepositoryService repository, RuntimeService runtime, TaskService taken, String gemeente,
                             String naam) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCES).count() == 0) {
            repository.createDeployment().name("partnertaak-test")
                    .addClasspathResource("testprocessen/partnertaak.bpmn").deploy();
        }
        String dossierId = "PT-" + System.nanoTime();
        String instantie = runtime.startProcessInstanceByKey(PROCES, dossierId, Map.of(
                "dossierId", dossierId, "gemeente", gemeente, "weergavenaam", naam + " (" + dossierId + ")",
                "naam", naam, "doelgroep", "ASIELSTATUSHOUDER", "datumKoppeling", "2026-11-01")).getId();
        return taken.createTaskQuery().processInstanceId(instantie).singleResult();
    }
}
