package nl.fermwerk.inburgering.tasklist;

import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Partner work for Tasklist tests: starts the test process {@code partnertaakTest}, whose one task the real
 * taakverdeling routes (MAATSCHAPPELIJKE_BEGELEIDING), independent of what the main process contains today. The task
 * belongs to a real dossier (its business key), because a task's card comes from the dossier.
 */
@Component
public class PartnerTaken {

    public static final String PROCES = "partnertaakTest";

    private final DossierService dossiers;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService taken;

    PartnerTaken(DossierService dossiers, RepositoryService repository, RuntimeService runtime, TaskService taken) {
        this.dossiers = dossiers;
        this.repository = repository;
        this.runtime = runtime;
        this.taken = taken;
    }

    /** Opens a dossier in this gemeente, starts one partner task for it and returns it (routed, with its card). */
    public Task start(String gemeente, String naam) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCES).count() == 0) {
            repository.createDeployment().name("partnertaak-test")
                    .addClasspathResource("testprocessen/partnertaak.bpmn").deploy();
        }
        String dossierId = dossiers.open(new NieuwDossier(TestDossiers.uniekBsn(), naam,
                Klok.vandaag().minusYears(30), "ASIELSTATUSHOUDER", gemeente, Klok.vandaag().minusDays(3), false),
                "test").dossierId();
        String instantie = runtime.startProcessInstanceByKey(PROCES, dossierId, Map.of(
                "dossierId", dossierId, "gemeente", gemeente, "weergavenaam", naam + " (" + dossierId + ")",
                "naam", naam, "doelgroep", "ASIELSTATUSHOUDER", "datumKoppeling", "2026-11-01")).getId();
        return taken.createTaskQuery().processInstanceId(instantie).singleResult();
    }
}
