package nl.fermwerk.inburgering.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.fermwerk.inburgering.basis.DatabaseSoort;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.dossier.OpenDossierBestaatException;
import nl.fermwerk.inburgering.simulatie.DemoBsn;
import nl.fermwerk.inburgering.simulatie.KlokVerzetter;
import nl.fermwerk.inburgering.simulatie.TaakUitvoerder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code bench/scale.sh}: fills the database up to N open dossiers through the real service (two writers), then
 * moves part of them on through their first tasks, so the caseload spreads over phases as a real one does.
 */
@Component
@Profile("schaal")
@Order(50)
class SchaalDataset implements ApplicationRunner {

    private static final int DRADEN = 2;
    private static final Logger LOG = LoggerFactory.getLogger(SchaalDataset.class);

    private final DossierService service;
    private final Dossiers dossiers;
    private final TaskService taken;
    private final TaakUitvoerder uitvoerder;
    private final int aantal;
    private final JdbcTemplate jdbc;
    private final KlokVerzetter klok;

    SchaalDataset(DossierService service, Dossiers dossiers, ProcessEngine engine, JdbcTemplate jdbc,
                  @Value("${inburgering.schaal.dossiers:1000}") int aantal) {
        this.jdbc = jdbc;
        this.klok = new KlokVerzetter(engine);
        this.service = service;
        this.dossiers = dossiers;
        this.taken = engine.getTaskService();
        this.uitvoerder = new TaakUitvoerder(engine);
        this.aantal = aantal;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long bestaand = dossiers.aantal(null);
        if (bestaand >= aantal) {
            LOG.warn("SCHAAL klaar: {} dossiers aanwezig", bestaand);
            return;
        }
        AtomicInteger teller = new AtomicInteger((int) bestaand);
        long begin = System.nanoTime();
        parallel(draad -> {
            Random random = new Random(4242 + draad + bestaand);
            int i;
            while ((i = teller.getAndIncrement()) < aantal) {
                open(i, random);
                if (i % 5000 == 0) {
                    LOG.warn("SCHAAL {} dossiers geopend", i);
                }
            }
        });
        LOG.warn("SCHAAL {} dossiers geopend in {} s", aantal - bestaand, (System.nanoTime() - begin) / 1_000_000_000);
        werkStatistiekenBij();
        // Application runners run before the job executor starts: create the first tasks here, as it would
        begin = System.nanoTime();
        parallel(draad -> klok.voerUitWatVervaltIs(draad, DRADEN, 1000));
        LOG.warn("SCHAAL eerste taken gemaakt in {} s", (System.nanoTime() - begin) / 1_000_000_000);
        // Move about a third of the caseload one step on, so it spreads over phases as a real one does
        List<Task> open = taken.createTaskQuery().active().listPage(0, aantal / 3);
        AtomicInteger rondAf = new AtomicInteger();
        parallel(draad -> {
            Random random = new Random(7 + draad);
            for (int i = draad; i < open.size(); i += DRADEN) {
                try {
                    uitvoerder.rondAf(open.get(i), new TaakUitvoerder.Profiel("B1", false, false, false), random);
                    rondAf.incrementAndGet();
                } catch (ProcessEngineException verouderd) {
                    // a task that became stale meanwhile: the dataset only needs to be spread, not exact
                }
            }
        });
        parallel(draad -> klok.voerUitWatVervaltIs(draad, DRADEN, 1000));
        werkStatistiekenBij();
        LOG.warn("SCHAAL klaar: {} dossiers, {} taken afgerond", dossiers.aantal(null), rondAf.get());
    }

    /**
     * After a bulk load PostgreSQL's planner still believes the tables are small (autovacuum analyses later): with
     * that belief it chose a bitmap over 1.6 million variable rows per job, 12 jobs/s instead of 300. A bulk import
     * analyses, as any would.
     */
    private void werkStatistiekenBij() {
        if (DatabaseSoort.isPostgres(jdbc)) {
            jdbc.execute("ANALYZE");
        }
    }

    private void open(int i, Random random) {
        Doelgroep doelgroep = Doelgroep.values()[random.nextInt(10) < 7 ? random.nextInt(2) : 2 + random.nextInt(2)];
        LocalDate vandaag = Klok.vandaag();
        for (int poging = 0; ; poging++) {
            try {
                service.open(new NieuwDossier(DemoBsn.volgende(random), "Schaal " + i,
                        vandaag.minusYears(18 + random.nextInt(45)), doelgroep.name(),
                        Gemeente.values()[random.nextInt(4)].name(), vandaag.minusDays(random.nextInt(60)),
                        doelgroep.viaCoa()), "schaal");
                return;
            } catch (OpenDossierBestaatException zelfdeBsn) {
                // Random BSNs meet each other at this size (birthday paradox): draw another
                if (poging == 10) {
                    throw zelfdeBsn;
                }
            }
        }
    }

    private interface Werk {
        void doe(int draad) throws Exception;
    }

    /** Runs the work on two threads and fails when either does: a dataset that silently stops halfway proves nothing. */
    private static void parallel(Werk werk) throws Exception {
        ExecutorService draden = Executors.newFixedThreadPool(DRADEN);
        try {
            List<Future<Object>> klaar = new ArrayList<>();
            for (int draad = 0; draad < DRADEN; draad++) {
                int nummer = draad;
                klaar.add(draden.submit(() -> {
                    werk.doe(nummer);
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
