package nl.fermwerk.inburgering.benchmark;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.simulatie.CaseloadSimulatie;
import nl.fermwerk.inburgering.simulatie.HeapMeter;
import nl.fermwerk.inburgering.simulatie.KlokVerzetter;
import nl.fermwerk.inburgering.simulatie.Meting;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * The benchmark's yardstick: bare Camunda ({@link KaleEngine}) running a generated chain with as many user tasks and
 * timers per dossier as the real trajectory had, but no routing, no events, no projections.
 */
final class KaleBaseline {

    static final String SLEUTEL = "keten";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService taken;
    private final KlokVerzetter klok;

    KaleBaseline(ProcessEngine kaleEngine) {
        this.repository = kaleEngine.getRepositoryService();
        this.runtime = kaleEngine.getRuntimeService();
        this.taken = kaleEngine.getTaskService();
        this.klok = new KlokVerzetter(kaleEngine);
    }

    Meting draai(int aantal, int takenPerDossier, int timersPerDossier, Instant start) {
        repository.createDeployment().name(SLEUTEL)
                .addModelInstance(SLEUTEL + ".bpmn", model(Math.max(1, takenPerDossier), timersPerDossier)).deploy();
        ClockUtil.setCurrentTime(Date.from(start));
        long taakTeller = 0;
        long jobs = 0;
        long begin = System.nanoTime();
        try (HeapMeter heap = new HeapMeter()) {
            for (int i = 0; i < aantal; i++) {
                runtime.startProcessInstanceByKey(SLEUTEL, "KAAL-" + i,
                        Map.of("dossierId", "KAAL-" + i, "gemeente", "WOERDEN", "doelgroep", "ASIELSTATUSHOUDER"));
            }
            for (int stap = 0; stap < CaseloadSimulatie.MAX_STAPPEN * 2 && lopend() > 0; stap++) {
                for (int ronde = 0; ronde < 3; ronde++) {
                    int gedaan = 0;
                    for (Task taak : taken.createTaskQuery().processDefinitionKey(SLEUTEL).active()
                            .orderByTaskCreateTime().asc().list()) {
                        // The same per-task reads and writes a partner's completion causes in the real run
                        taken.getVariable(taak.getId(), "dossierId");
                        taken.complete(taak.getId(), Map.of("uitkomst", "GEEN_ACTIE"));
                        gedaan++;
                    }
                    taakTeller += gedaan;
                    jobs += klok.voerUitWatVervaltIs();
                    if (gedaan == 0) {
                        break;
                    }
                }
                jobs += klok.verzetNaar(Klok.nu().plus(CaseloadSimulatie.STAP));
            }
            double seconden = (System.nanoTime() - begin) / 1e9;
            return new Meting("Kale Camunda 7.24", aantal, seconden, taakTeller, 0, jobs,
                    (long) timersPerDossier * aantal, heap.piek(), 0);
        }
    }

    private long lopend() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(SLEUTEL).active().count();
    }

    /** Start, then the user tasks with the timers spread between them, then the end. */
    static BpmnModelInstance model(int takenAantal, int timersAantal) {
        AbstractFlowNodeBuilder<?, ?> bouwer = Bpmn.createExecutableProcess(SLEUTEL)
                .camundaHistoryTimeToLive(3650).startEvent("start");
        int timersGeplaatst = 0;
        for (int i = 1; i <= takenAantal; i++) {
            bouwer = bouwer.userTask("taak" + i).name("Taak " + i);
            int timersTotHier = (int) Math.round((double) timersAantal * i / takenAantal);
            while (timersGeplaatst < timersTotHier) {
                timersGeplaatst++;
                bouwer = bouwer.intermediateCatchEvent("timer" + timersGeplaatst).timerWithDuration("P14D");
            }
        }
        return bouwer.endEvent("einde").done();
    }
}
