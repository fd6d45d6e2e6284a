package nl.fermwerk.inburgering.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.simulatie.DemoBsn;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import nl.fermwerk.inburgering.simulatie.Formulierinvulling;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Test helpers: open dossiers with fresh BSNs, run due jobs, find and complete a dossier's tasks. */
@Component
public class TestDossiers {

    private static final AtomicLong TELLER = new AtomicLong(System.nanoTime());

    private final DossierService service;
    private final RuntimeService runtime;
    private final TaskService taken;
    private final ManagementService beheer;
    private final RepositoryService repository;
    private final FormService formulieren;

    public TestDossiers(DossierService service, RuntimeService runtime, TaskService taken, ManagementService beheer,
                        RepositoryService repository, FormService formulieren) {
        this.service = service;
        this.runtime = runtime;
        this.taken = taken;
        this.beheer = beheer;
        this.repository = repository;
        this.formulieren = formulieren;
    }

    /** Deploys a test-only process from testprocessen/ once per shared database. */
    public void deployEenmalig(String procesKey, String resource) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(procesKey).count() == 0) {
            repository.createDeployment().addClasspathResource(resource).deploy();
        }
    }

    /** A BSN no other test uses, so tests may share one database. */
    public static String uniekBsn() {
        return DemoBsn.volgende(new Random(TELLER.incrementAndGet()));
    }

    public static NieuwDossier koppeling(String doelgroep, String gemeente, boolean uitkering) {
        LocalDate vandaag = Klok.vandaag();
        return new NieuwDossier(uniekBsn(), "Test Inburgeraar", vandaag.minusYears(30), doelgroep, gemeente,
                vandaag.minusDays(3), uitkering);
    }

    /**
     * The body of a valid {@code POST /api/dossiers}: an asielstatushouder in Woerden with an uitkering, koppeling
     * three days ago, with a BSN no other test uses. A modifiable map, for a test that spoils or replaces one field.
     */
    public static Map<String, Object> koppelingsverzoek() {
        LocalDate vandaag = Klok.vandaag();
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("bsn", uniekBsn());
        k.put("naam", "Amina Yusuf");
        k.put("geboortedatum", vandaag.minusYears(30).toString());
        k.put("doelgroep", "ASIELSTATUSHOUDER");
        k.put("gemeente", "WOERDEN");
        k.put("datumKoppeling", vandaag.minusDays(3).toString());
        k.put("uitkering", true);
        return k;
    }

    /** Opens a dossier and runs the jobs its start created; returns the dossier id. */
    public String open(String doelgroep, String gemeente, boolean uitkering) {
        String id = service.open(koppeling(doelgroep, gemeente, uitkering), "test").dossierId();
        voerJobsUit();
        return id;
    }

    /**
     * A fresh gezinsmigrant in Woerden (no uitkering) whose leerbaarheidstoets was done a week ago: the task
     * {@code bredeIntake} waits for casusregie. Returns the dossier id.
     */
    public String metWachtendeBredeIntake() {
        String dossierId = open("GEZINSMIGRANT", "WOERDEN", false);
        rondAf(dossierId, "leerbaarheidstoets", Map.of("datumToets", Klok.vandaag().minusDays(7).toString()));
        return dossierId;
    }

    public ProcessInstance traject(String dossierId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId)
                .processDefinitionKey("inburgeringstraject").singleResult();
    }

    public Task taak(String dossierId, String taakKey) {
        return taken.createTaskQuery().processInstanceBusinessKey(dossierId).taskDefinitionKey(taakKey).singleResult();
    }

    /**
     * The open leerbaarheidstoets of a fresh gezinsmigrant in Woerden, a casusregie task, with this due date (none
     * when {@code null}) and priority: one of a set of tasks whose order in a filter a test checks.
     */
    public Task leerbaarheidstoetsMetTermijn(Instant uiterlijk, int prioriteit) {
        return zetTermijn(taak(open("GEZINSMIGRANT", "WOERDEN", false), "leerbaarheidstoets"), uiterlijk, prioriteit);
    }

    /** Gives the task this due date (none when {@code null}) and priority, as a teamleider does in Tasklist. */
    public Task zetTermijn(Task taak, Instant uiterlijk, int prioriteit) {
        Task bewerkt = taken.createTaskQuery().taskId(taak.getId()).singleResult();
        bewerkt.setDueDate(uiterlijk == null ? null : Date.from(uiterlijk));
        bewerkt.setPriority(prioriteit);
        taken.saveTask(bewerkt);
        return bewerkt;
    }

    /**
     * Completes the dossier's open task with this key, the rest of what its form requires filled in as a worker
     * would ({@code simulatie.Formulierinvulling}), then runs what became due.
     */
    public void rondAf(String dossierId, String taakKey, Map<String, Object> variabelen) {
        Task taak = taak(dossierId, taakKey);
        if (taak == null) {
            throw new AssertionError("Dossier " + dossierId + " heeft geen open taak " + taakKey);
        }
        taken.complete(taak.getId(), Formulierinvulling.aangevuld(formulieren, taak.getId(), variabelen));
        voerJobsUit();
    }

    /** Executes every job due now, until none is left; failures stay on the job, as in production. */
    public int voerJobsUit() {
        int uitgevoerd = 0;
        for (int ronde = 0; ronde < 1000; ronde++) {
            var jobs = beheer.createJobQuery().executable().list();
            int dezeRonde = 0;
            for (Job job : jobs) {
                try {
                    beheer.executeJob(job.getId());
                    dezeRonde++;
                } catch (RuntimeException mislukt) {
                    // retries lowered by the engine; an incident at zero
                }
            }
            uitgevoerd += dezeRonde;
            if (dezeRonde == 0) {
                return uitgevoerd;
            }
        }
        return uitgevoerd;
    }
}
