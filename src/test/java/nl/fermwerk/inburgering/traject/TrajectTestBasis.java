package nl.fermwerk.inburgering.traject;

import nl.fermwerk.inburgering.simulatie.Formulierinvulling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks trajectories on the engine clock: every test starts on a fixed Monday in the future (so the jobs of other
 * tests' dossiers in the shared database are not yet due) and resets the clock afterwards.
 */
public abstract class TrajectTestBasis {

    /** Monday 7 January 2030, 09:00 in Woerden. */
    protected static final ZonedDateTime BEGIN = ZonedDateTime.of(LocalDate.of(2030, 1, 7), LocalTime.of(9, 0), Klok.ZONE);

    @Autowired
    protected TestDossiers testDossiers;
    @Autowired
    protected DossierService dossiers;
    @Autowired
    protected TaskService taken;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected HistoryService historie;
    @Autowired
    protected ManagementService beheer;
    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected Berichten berichten;

    @BeforeEach
    void zetKlok() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(BEGIN.toInstant()));
    }

    @AfterEach
    void herstelKlok() {
        ClockUtil.reset();
    }

    /** Dossiers this test opened: only their jobs run, so the other tests' dossiers in the shared database rest. */
    private final Set<String> mijnDossiers = new LinkedHashSet<>();

    /** Moves the engine clock to a moment and executes every job of this test's dossiers due by then. */
    protected void naar(ZonedDateTime moment) {
        ClockUtil.setCurrentTime(Date.from(moment.toInstant()));
        mijnDossiers.forEach(this::voerJobsUit);
    }

    protected String open(String doelgroep, String gemeente, boolean uitkering) {
        String id = dossiers.open(TestDossiers.koppeling(doelgroep, gemeente, uitkering), "test").dossierId();
        mijnDossiers.add(id);
        voerJobsUit(id);
        return id;
    }

    /**
     * Executes the due jobs of one dossier's process instances (the trajectory and its term watchers) until none is
     * left; a failing job keeps its failure.
     */
    protected void voerJobsUit(String dossierId) {
        for (int ronde = 0; ronde < 200; ronde++) {
            List<String> jobs = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId).list()
                    .stream().flatMap(instantie -> beheer.createJobQuery().processInstanceId(instantie.getId())
                            .executable().list().stream()).map(Job::getId).toList();
            int uitgevoerd = 0;
            for (String job : jobs) {
                try {
                    beheer.executeJob(job);
                    uitgevoerd++;
                } catch (RuntimeException mislukt) {
                    // retries lowered by the engine, an incident at zero: as in production
                }
            }
            if (uitgevoerd == 0) {
                return;
            }
        }
        throw new AssertionError("Dossier " + dossierId + " blijft jobs opleveren: loopt een timer rond?");
    }

    protected static String vandaag() {
        return Klok.vandaag().toString();
    }

    protected static Map<String, Object> vars(Object... paren) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            map.put((String) paren[i], paren[i + 1]);
        }
        return map;
    }

    /**
     * Completes the dossier's open task with this key, the rest of what its form requires filled in as a worker
     * would ({@code simulatie.Formulierinvulling}), then runs the jobs that became due.
     */
    protected void rondAf(String dossierId, String taak, Object... paren) {
        Task open = taak(dossierId, taak);
        if (open == null) {
            throw new AssertionError("Dossier " + dossierId + " heeft geen open taak " + taak + " maar " + openTaken(dossierId));
        }
        taken.complete(open.getId(), Formulierinvulling.aangevuld(engine.getFormService(), open.getId(), vars(paren)));
        voerJobsUit(dossierId);
    }

    protected Task taak(String dossierId, String taak) {
        return testDossiers.taak(dossierId, taak);
    }

    /** The candidate groups of a task: whom the routing gave it to. */
    protected List<String> kandidaten(Task taak) {
        return taken.getIdentityLinksForTask(taak.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }

    protected List<String> openTaken(String dossierId) {
        return taken.createTaskQuery().processInstanceBusinessKey(dossierId).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    protected ProcessInstance traject(String dossierId) {
        return testDossiers.traject(dossierId);
    }

    protected List<Gebeurtenis> gebeurtenissen(String dossierId, String type) {
        return dossiers.gebeurtenissen(dossierId).stream().filter(g -> g.type().equals(type)).toList();
    }

    protected List<String> termijnOverschrijdingen(String dossierId) {
        return gebeurtenissen(dossierId, "TermijnOverschreden").stream().map(g -> (String) g.data().get("termijn"))
                .toList();
    }

    /** Koppeling to the end of the warme overdracht (asielstatushouder or nareiziger). */
    protected void warmeOverdracht(String id) {
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        rondAf(id, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        rondAf(id, "regeldag", "datumRegeldag", vandaag());
        rondAf(id, "inschrijvingGemeente", "datumInschrijving", vandaag());
    }

    /** Leerbaarheidstoets, brede intake and PIP with this leerroute, dated today. */
    protected void totEnMetPip(String id, String leerroute, boolean taalvrijwilliger) {
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
        rondAf(id, "pipOpstellen", "leerroute", leerroute, "pipDatum", vandaag(), "taalvrijwilliger", taalvrijwilliger);
    }

    protected void assertGesloten(String id) {
        assertThat(traject(id)).isNull();
        assertThat(dossiers.vind(id).open()).isFalse();
        assertThat(gebeurtenissen(id, "DossierAfgesloten")).hasSize(1);
    }
}
