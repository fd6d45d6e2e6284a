package nl.fermwerk.inburgering.simulatie;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives a whole caseload through a trajectory: dossiers mixed over gemeenten, doelgroepen and leerroutes by a seeded
 * generator; every task completed as its partner would; some inburgeraars late (terms missed), some fined, some
 * switching route; the clock moved in steps of two weeks with every due job executed. It drives the engine it is
 * given, so the same caseload runs through our application and through a bare engine alike; how a dossier is opened
 * is up to the caller.
 */
public class CaseloadSimulatie {

    public static final Duration STAP = Duration.ofDays(14);
    public static final int MAX_STAPPEN = 160;

    private final TaskService taken;
    private final RuntimeService runtime;
    private final KlokVerzetter klok;
    private final TaakUitvoerder uitvoerder;
    private final JdbcTemplate jdbc;

    public CaseloadSimulatie(ProcessEngine engine) {
        this.taken = engine.getTaskService();
        this.runtime = engine.getRuntimeService();
        this.klok = new KlokVerzetter(engine);
        this.uitvoerder = new TaakUitvoerder(engine);
        // The engine's own database: a bare engine has one of its own
        this.jdbc = new JdbcTemplate(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDataSource());
    }

    /** Opens one simulated dossier, as the run at hand does it (through our service, or straight on a bare engine). */
    public interface Opener {
        String open(int volgnummer, NieuwDossier nieuw);
    }

    /**
     * The caseload through any process whose instances carry {@code dossierId}, opened by {@code opener}. Counts no
     * events: which store holds them is the caller's business.
     */
    public Meting draai(int aantal, long zaad, Instant start, String proces, String naam, Opener opener) {
        Random random = new Random(zaad);
        ClockUtil.setCurrentTime(java.util.Date.from(start));
        long timersVoor = timers();
        Map<String, TaakUitvoerder.Profiel> profielen = new HashMap<>();
        Map<String, Boolean> laat = new HashMap<>();
        long taakTeller = 0;
        long jobs = 0;
        long begin = System.nanoTime();
        try (HeapMeter heap = new HeapMeter()) {
            for (int i = 0; i < aantal; i++) {
                Doelgroep doelgroep = Doelgroep.values()[random.nextInt(10) < 7 ? random.nextInt(2) : 2 + random.nextInt(2)];
                Gemeente gemeente = Gemeente.values()[random.nextInt(Gemeente.values().length)];
                boolean uitkering = doelgroep.viaCoa() || (doelgroep == Doelgroep.OVERIGE_MIGRANT && random.nextBoolean());
                LocalDate vandaag = Klok.vandaag();
                String id = opener.open(i, new NieuwDossier(DemoBsn.volgende(random), "Simulatie " + i,
                        vandaag.minusYears(18 + random.nextInt(45)), doelgroep.name(), gemeente.name(),
                        vandaag.minusDays(random.nextInt(14)), uitkering));
                int route = random.nextInt(100);
                profielen.put(id, new TaakUitvoerder.Profiel(route < 60 ? "B1" : route < 85 ? "Z" : "ONDERWIJS",
                        random.nextInt(100) < 10, random.nextInt(100) < 10, random.nextInt(100) < 40));
                laat.put(id, random.nextInt(100) < 10);
            }
            jobs += klok.voerUitWatVervaltIs();
            for (int stap = 0; stap < MAX_STAPPEN && lopend(proces) > 0; stap++) {
                for (int ronde = 0; ronde < 3; ronde++) {
                    int gedaan = 0;
                    for (Task taak : taken.createTaskQuery().processDefinitionKey(proces).active()
                            .orderByTaskCreateTime().asc().list()) {
                        String dossierId = (String) taken.getVariable(taak.getId(), "dossierId");
                        if (Boolean.TRUE.equals(laat.get(dossierId)) && stap % 8 != 0) {
                            continue;
                        }
                        TaakUitvoerder.Profiel profiel = profielen.getOrDefault(dossierId,
                                new TaakUitvoerder.Profiel("B1", false, false, false));
                        uitvoerder.rondAf(taak, profiel, random);
                        gedaan++;
                    }
                    taakTeller += gedaan;
                    jobs += klok.voerUitWatVervaltIs();
                    if (gedaan == 0) {
                        break;
                    }
                }
                jobs += klok.verzetNaar(Klok.nu().plus(STAP));
            }
            double seconden = (System.nanoTime() - begin) / 1e9;
            return new Meting(naam, aantal, seconden, taakTeller, 0, jobs, timers() - timersVoor, heap.piek(), 0);
        }
    }

    long lopend(String proces) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(proces).active().count();
    }

    private long timers() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_DEF_TYPE_ LIKE 'timer%' AND JOB_STATE_ = 0", Long.class);
    }

}
