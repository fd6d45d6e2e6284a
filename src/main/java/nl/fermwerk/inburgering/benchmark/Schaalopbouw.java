package nl.fermwerk.inburgering.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.fermwerk.inburgering.basis.DatabaseSoort;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.dossier.OpenDossierBestaatException;
import nl.fermwerk.inburgering.simulatie.DemoBsn;
import nl.fermwerk.inburgering.simulatie.Instroomtrekking;
import nl.fermwerk.inburgering.simulatie.KlokVerzetter;
import nl.fermwerk.inburgering.simulatie.TaakUitvoerder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the scale dataset the way time builds a real caseload: koppelingen spread over three years with the demo's
 * mix ({@link Instroomtrekking}), the engine clock walking a week at a time from the first koppeling to yesterday,
 * every dossier opened through {@link DossierService} on its own week, the due jobs executed at every step (first
 * tasks, term timers, escalations), and part of the due work completed as its partner would ({@link TaakUitvoerder}).
 * <p>
 * Unlike the demo's driver it bounds the work per dossier, so 100,000 dossiers build in a bench run: each dossier
 * gets a drawn number of completions ({@code 0..maxAfrondingen}, by default {@link #MAX_AFRONDINGEN}), each done when its task's drawn delay has
 * passed (the demo's delays: most within three weeks, some late, modules in months); after that its tasks stay open
 * and its terms run out, as an unattended dossier's would. Older dossiers are therefore further on than younger ones,
 * and due dates spread over the years instead of bunching on one day.
 * <p>
 * Two writers walk the same clock (the engine clock is one for the JVM): a barrier per step. Every draw belongs to a
 * dossier (its stream from seed and number), so the dossiers, their budgets and their answers are the same for a seed;
 * what two threads may still change is the order in which jobs of a step run, and so ids and creation times within a
 * step.
 */
class Schaalopbouw {

    static final Duration STAP = Duration.ofDays(7);
    static final int JAREN = 3;
    /**
     * The demo's default budget: at most two completions per dossier. Four (one to two completions on average more)
     * built 1,000 dossiers in 302 s on the loaded machine and would not have made 100,000 within the bench's 40 min.
     */
    static final int MAX_AFRONDINGEN = 2;
    static final int DRADEN = 2;
    static final String ACTOR = "schaal";
    /** The demo's mix of leerroute and profile ({@code DemoCaseload.GEDRAG}). */
    static final Instroomtrekking.Mix MIX = new Instroomtrekking.Mix(55, 25, 20, 20, 40);
    private static final String TRAJECT = "inburgeringstraject";
    private static final LocalTime WERKDAG = LocalTime.of(9, 0);
    /** A dossier whose trajectory shows no task this many times (waiting on a term, say) is left to its terms. */
    private static final int MAX_MISSERS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(Schaalopbouw.class);

    private final ProcessEngine engine;
    private final DossierService service;
    private final JdbcTemplate jdbc;
    private final TaskService taken;
    private final TaakUitvoerder uitvoerder;
    private final KlokVerzetter klok;
    private final int maxAfrondingen;
    private final Duration stap;

    Schaalopbouw(ProcessEngine engine, DossierService service, JdbcTemplate jdbc, int maxAfrondingen) {
        this(engine, service, jdbc, maxAfrondingen, STAP);
    }

    /** With a longer step for a test that only checks the shape: fewer steps, the same walk. */
    Schaalopbouw(ProcessEngine engine, DossierService service, JdbcTemplate jdbc, int maxAfrondingen, Duration stap) {
        this.maxAfrondingen = maxAfrondingen;
        this.stap = stap;
        this.engine = engine;
        this.service = service;
        this.jdbc = jdbc;
        this.taken = engine.getTaskService();
        this.uitvoerder = new TaakUitvoerder(engine);
        this.klok = new KlokVerzetter(engine);
    }

    /** What was built: the dossiers opened (in number order) and the tasks completed. */
    record Resultaat(List<String> dossierIds, List<LocalDate> koppelingen, int afgerond, long seconden) {
    }

    /** One dossier's place in the walk: its draws, and when it next looks at its work. */
    private static final class Dossier {
        final Instroomtrekking trekking;
        String id;
        int budget;
        Instant volgende;
        int missers;
        /** Each open task's moment of completion, drawn once from the dossier's stream. */
        final Map<String, Instant> klaar = new HashMap<>();

        Dossier(Instroomtrekking trekking, int maxAfrondingen) {
            this.trekking = trekking;
            this.budget = trekking.random().nextInt(maxAfrondingen + 1);
        }
    }

    Resultaat bouw(int aantal, long zaad, String naamPrefix) throws Exception {
        LocalDate tot = Klok.vandaag().minusDays(1);
        LocalDate vanaf = tot.minusYears(JAREN).plusDays(1);
        // As the demo: the last koppeling a fortnight before the end, so the youngest dossiers are past their first steps
        int instroomDagen = (int) (ChronoUnit.DAYS.between(vanaf, tot) - 14);
        List<Dossier> alle = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            alle.add(new Dossier(Instroomtrekking.trek(zaad, i, aantal, vanaf, instroomDagen, MIX,
                    n -> naamPrefix + " " + n), maxAfrondingen));
        }
        Instant eind = moment(tot);
        AtomicInteger afgerond = new AtomicInteger();
        AtomicInteger geopend = new AtomicInteger();
        long begin = System.nanoTime();
        // The writers execute the jobs at their step; the job executor would run them at the real time instead
        KlokVerzetter.inEigenTijd(engine, () -> {
            ClockUtil.setCurrentTime(Date.from(moment(vanaf)));
            boolean[] klaar = {false};
            int[] stappen = {0};
            CyclicBarrier samen = new CyclicBarrier(DRADEN);
            // Trips once a step, after both writers' last jobs: only then the clock moves
            CyclicBarrier stapKlaar = new CyclicBarrier(DRADEN, () -> {
                if (!Klok.nu().isBefore(eind)) {
                    klaar[0] = true;
                    return;
                }
                Instant straks = Klok.nu().plus(stap);
                ClockUtil.setCurrentTime(Date.from(straks.isAfter(eind) ? eind : straks));
                int gedaan = ++stappen[0];
                // Early on the tables double every few steps: the planner's picture of them with them
                if (Integer.bitCount(gedaan) == 1 || gedaan % 13 == 0) {
                    werkStatistiekenBij();
                }
                if (gedaan % Math.max(1, (int) (Duration.ofDays(91).toDays() / stap.toDays())) == 0) {
                    LOG.warn("SCHAAL {}: {} dossiers geopend, {} taken afgerond, {} s", Klok.vandaag(),
                            geopend.get(), afgerond.get(), (System.nanoTime() - begin) / 1_000_000_000);
                }
            });
            parallel(List.of(samen, stapKlaar), draad -> {
                int volgende = draad;
                while (true) {
                    LocalDate vandaag = Klok.vandaag();
                    for (; volgende < alle.size() && !alle.get(volgende).trekking.instroom().isAfter(vandaag);
                         volgende += DRADEN) {
                        open(alle.get(volgende));
                        geopend.incrementAndGet();
                    }
                    samen.await();
                    klok.voerUitWatVervaltIs(draad, DRADEN, 1000);
                    samen.await();
                    Instant nu = Klok.nu();
                    for (int i = draad; i < volgende; i += DRADEN) {
                        Dossier dossier = alle.get(i);
                        if (dossier.budget > 0 && !dossier.volgende.isAfter(nu) && werk(dossier, nu)) {
                            afgerond.incrementAndGet();
                        }
                    }
                    samen.await();
                    klok.voerUitWatVervaltIs(draad, DRADEN, 1000);
                    stapKlaar.await();
                    if (klaar[0]) {
                        return;
                    }
                }
            });
        });
        // What fell due between the walk's last morning and now, at its real moment
        parallel(List.of(), draad -> klok.voerUitWatVervaltIs(draad, DRADEN, 1000));
        werkStatistiekenBij();
        return new Resultaat(alle.stream().map(d -> d.id).toList(),
                alle.stream().map(d -> d.trekking.nieuw().datumKoppeling()).toList(), afgerond.get(),
                (System.nanoTime() - begin) / 1_000_000_000);
    }

    private void open(Dossier dossier) {
        Random random = dossier.trekking.random();
        NieuwDossier nieuw = dossier.trekking.nieuw();
        for (int poging = 0; ; poging++) {
            try {
                dossier.id = service.open(nieuw, ACTOR).dossierId();
                dossier.volgende = Klok.nu();
                return;
            } catch (OpenDossierBestaatException zelfdeBsn) {
                // Random BSNs meet each other at this size (birthday paradox): draw another from the dossier's stream
                if (poging == 10) {
                    throw zelfdeBsn;
                }
                nieuw = new NieuwDossier(DemoBsn.volgende(random), nieuw.naam(),
                        nieuw.geboortedatum(), nieuw.doelgroep(), nieuw.gemeente(), nieuw.datumKoppeling(),
                        nieuw.uitkering());
            }
        }
    }

    /**
     * One look at a dossier's work: of its trajectory's open tasks the one whose drawn moment comes first is completed
     * when that moment has passed; otherwise the dossier looks again at that moment. True when a task was completed.
     */
    private boolean werk(Dossier dossier, Instant nu) {
        List<Task> open = taken.createTaskQuery().processInstanceBusinessKey(dossier.id).processDefinitionKey(TRAJECT)
                .active().orderByTaskCreateTime().asc().orderByTaskId().asc().list();
        if (open.isEmpty()) {
            gemist(dossier, nu);
            return false;
        }
        dossier.klaar.keySet().retainAll(open.stream().map(Task::getId).toList());
        Task eerste = null;
        Instant eerstKlaar = null;
        for (Task taak : open) {
            Instant moment = dossier.klaar.computeIfAbsent(taak.getId(), id -> taak.getCreateTime().toInstant()
                    .plus(Duration.ofDays(vertraging(dossier.trekking.random(), taak))));
            if (eerstKlaar == null || moment.isBefore(eerstKlaar)) {
                eerste = taak;
                eerstKlaar = moment;
            }
        }
        if (eerstKlaar.isAfter(nu)) {
            dossier.volgende = eerstKlaar;
            return false;
        }
        try {
            uitvoerder.rondAf(eerste, dossier.trekking.profiel(), dossier.trekking.random());
        } catch (RuntimeException geweigerd) {
            // The application refused the answer (the afsluiting's check, say): the task stays open for a person
            dossier.klaar.put(eerste.getId(), Instant.MAX);
            gemist(dossier, nu);
            return false;
        }
        dossier.klaar.remove(eerste.getId());
        dossier.budget--;
        // The next task appears after this step's jobs: look again next step
        dossier.volgende = nu.plus(stap);
        return true;
    }

    private static void gemist(Dossier dossier, Instant nu) {
        if (++dossier.missers >= MAX_MISSERS) {
            dossier.budget = 0;
        }
        dossier.volgende = nu.plus(Duration.ofDays(28));
    }

    /**
     * Days after its creation that the partner completes the task: the demo's delays ({@code DemoCaseload.GEDRAG}):
     * a module of months or a course of years as the model's {@code duur} says, any other task within three weeks,
     * or one in seven late (six weeks to twenty), so terms are missed.
     */
    private long vertraging(Random random, Task taak) {
        return switch (String.valueOf(uitvoerder.duur(taak))) {
            case "MAANDEN" -> tussen(random, 60, 270);
            case "JAREN" -> tussen(random, 540, 1000);
            default -> random.nextInt(100) < 15 ? tussen(random, 42, 140) : tussen(random, 0, 21);
        };
    }

    private static long tussen(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static Instant moment(LocalDate dag) {
        return ZonedDateTime.of(dag, WERKDAG, Klok.ZONE).toInstant();
    }

    /**
     * A growing bulk load leaves PostgreSQL's planner believing the tables are small (autovacuum analyses later): with
     * that belief it chose a bitmap over 1.6 million variable rows per job, 12 jobs/s instead of 300. Analysed at steps 1,
     * 2, 4, 8 … while the tables double, every quarter of the walk and at the end, as a bulk import would.
     */
    void werkStatistiekenBij() {
        if (DatabaseSoort.isPostgres(jdbc)) {
            jdbc.execute("ANALYZE");
        }
    }

    private interface Werk {
        void doe(int draad) throws Exception;
    }

    /**
     * Runs the work on the writers and fails when either does: a dataset that silently stops halfway proves nothing.
     * A writer that fails breaks the barrier, so the other stops too instead of waiting for it forever.
     */
    private static void parallel(List<CyclicBarrier> barrieres, Werk werk) throws Exception {
        ExecutorService draden = Executors.newFixedThreadPool(DRADEN);
        try {
            List<Future<Object>> klaar = new ArrayList<>();
            for (int draad = 0; draad < DRADEN; draad++) {
                int nummer = draad;
                klaar.add(draden.submit(() -> {
                    try {
                        werk.doe(nummer);
                    } catch (Exception | Error fout) {
                        barrieres.forEach(CyclicBarrier::reset);
                        throw fout;
                    }
                    return null;
                }));
            }
            for (Future<Object> f : klaar) {
                f.get();
            }
        } finally {
            draden.shutdownNow();
        }
    }
}
