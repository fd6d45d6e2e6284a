package nl.fermwerk.inburgering.simulatie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Moves the engine clock forward and executes every job that is due by then, so a simulation sees timers fire
 * exactly as they would have in real time. Never backwards: terms already passed stay passed.
 * <p>
 * Works on the engine it is given: the benchmark drives its own bare engine with it. A Spring bean only in profile
 * {@code simulatie}, for the clock endpoint; the engine clock is one for the whole JVM, so a moved clock holds for
 * every engine in it.
 */
@Component
@Profile("simulatie")
public class KlokVerzetter {

    private static final int MAX_RONDES = 10_000;
    /** The due jobs several threads share per round: at 100,000 waiting jobs a query for a page took half a second. */
    private static final int GROTE_PAGINA = 1_000;

    private final ManagementService beheer;

    /** Work that moves the engine clock itself and may throw what its caller throws. */
    public interface EigenTijd<E extends Exception> {
        void doe() throws E;
    }

    /**
     * Runs a driver that walks the engine clock and executes the due jobs itself: the engine's job executor is paused
     * meanwhile (it would run those jobs at the real time and race the driver), and afterwards the clock is back at
     * the real time and the job executor runs again as before.
     */
    public static <E extends Exception> void inEigenTijd(ProcessEngine engine, EigenTijd<E> werk) throws E {
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        boolean actief = jobExecutor != null && jobExecutor.isActive();
        if (actief) {
            jobExecutor.shutdown();
        }
        try {
            werk.doe();
        } finally {
            ClockUtil.reset();
            if (actief) {
                jobExecutor.start();
            }
        }
    }

    public KlokVerzetter(ProcessEngine engine) {
        this.beheer = engine.getManagementService();
    }

    public synchronized int verzetNaar(Instant naar) {
        zet(naar);
        return voerUitWatVervaltIs();
    }

    /** Moves the clock without executing anything: for a driver that executes the due jobs itself, as it chooses. */
    public void zet(Instant naar) {
        if (naar.isBefore(Klok.nu())) {
            throw new OngeldigeInvoerException("naar", "De klok gaat nooit terug; het is nu " + Klok.nu() + ".");
        }
        ClockUtil.setCurrentTime(Date.from(naar));
    }

    /**
     * Executes the due jobs with several threads: each round reads the due jobs once, groups them by key, and the
     * threads take the groups from one queue until it is empty. With the dossier as key, the jobs of one dossier run on
     * one thread in the order one thread would run them, and dossiers run side by side; a thread that is done early
     * takes the next dossier instead of waiting for the others (a fixed share per thread kept the slowest thread
     * a quarter behind, and every thread read every due job to find its own).
     */
    public int voerUitWatVervaltIs(ExecutorService werkers, int draden, Function<Job, String> sleutel) {
        int uitgevoerd = 0;
        for (int ronde = 0; ronde < MAX_RONDES; ronde++) {
            List<Job> vervallen = beheer.createJobQuery().executable().listPage(0, GROTE_PAGINA);
            if (vervallen.isEmpty()) {
                return uitgevoerd;
            }
            Map<String, List<Job>> perSleutel = new LinkedHashMap<>();
            for (Job job : vervallen) {
                perSleutel.computeIfAbsent(sleutel.apply(job), k -> new ArrayList<>()).add(job);
            }
            Queue<List<Job>> rij = new ConcurrentLinkedQueue<>(perSleutel.values());
            Callable<Integer> werker = () -> {
                int gedaan = 0;
                for (List<Job> groep = rij.poll(); groep != null; groep = rij.poll()) {
                    gedaan += voerUit(groep);
                }
                return gedaan;
            };
            int dezeRonde = Werkers.samen(werkers, Collections.nCopies(draden, werker));
            uitgevoerd += dezeRonde;
            if (dezeRonde == 0) {
                // Only jobs that failed: they keep their lowered retries, as in production
                return uitgevoerd;
            }
        }
        return uitgevoerd;
    }

    /** Executes due jobs until none is left; a job that fails keeps its retries and its incident, as in production. */
    public int voerUitWatVervaltIs() {
        return voerUitWatVervaltIs(0, 1, 100);
    }

    /**
     * The same for one of several threads draining the jobs together: each takes only its own share (by job id), so
     * they never race for a job, and one that finds only others' jobs on a full page waits for them to move on. A
     * large backlog wants a large page: at 100,000 waiting jobs each query for due jobs took over half a second.
     */
    public int voerUitWatVervaltIs(int draad, int draden, int pagina) {
        return voerUitWatVervaltIs(j -> Math.floorMod(j.getId().hashCode(), draden) == draad, pagina);
    }

    private int voerUitWatVervaltIs(Predicate<Job> isMijn, int pagina) {
        int uitgevoerd = 0;
        for (int ronde = 0; ronde < MAX_RONDES; ronde++) {
            List<Job> vervallen = beheer.createJobQuery().executable().listPage(0, pagina);
            List<Job> mijn = vervallen.stream().filter(isMijn).toList();
            if (vervallen.isEmpty() || mijn.isEmpty() && vervallen.size() < pagina) {
                return uitgevoerd;
            }
            int dezeRonde = voerUit(mijn);
            uitgevoerd += dezeRonde;
            if (dezeRonde == 0 && !mijn.isEmpty()) {
                return uitgevoerd;
            }
        }
        return uitgevoerd;
    }

    /** Executes the jobs in their order; returns how many succeeded. */
    private int voerUit(List<Job> jobs) {
        int gedaan = 0;
        for (Job job : jobs) {
            try {
                beheer.executeJob(job.getId());
                gedaan++;
            } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException gelijktijdig) {
                // The job executor took it first: it runs there
            } catch (RuntimeException mislukt) {
                // The engine has lowered the job's retries; at zero it raises an incident in Cockpit
            }
        }
        return gedaan;
    }
}
