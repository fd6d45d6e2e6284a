package nl.fermwerk.inburgering.simulatie;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.fermwerk.inburgering.dossier.Doelgroep;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.dossier.Gemeente;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code bench/scale.sh}: fills the database up to N open dossiers through the real service (two writers), then
 * moves part of them on through their first tasks, so the caseload spreads over phases as a real one does.
 */
@Component
@Profile("schaal")
@Order(50)
class SchaalDataset implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SchaalDataset.class);

    private final DossierService service;
    private final Dossiers dossiers;
    private final TaskService taken;
    private final TaakUitvoerder uitvoerder;
    private final ManagementService beheer;
    private final int aantal;

    SchaalDataset(DossierService service, Dossiers dossiers, TaskService taken, TaakUitvoerder uitvoerder,
                  ManagementService beheer, @Value("${inburgering.schaal.dossiers:1000}") int aantal) {
        this.service = service;
        this.dossiers = dossiers;
        this.taken = taken;
        this.uitvoerder = uitvoerder;
        this.beheer = beheer;
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
        ExecutorService schrijvers = Executors.newFixedThreadPool(2);
        for (int draad = 0; draad < 2; draad++) {
            int zaad = draad;
            schrijvers.submit(() -> {
                Random random = new Random(4242 + zaad + bestaand);
                int i;
                while ((i = teller.getAndIncrement()) < aantal) {
                    Doelgroep doelgroep = Doelgroep.values()[random.nextInt(10) < 7 ? random.nextInt(2) : 2 + random.nextInt(2)];
                    LocalDate vandaag = Klok.vandaag();
                    service.open(new NieuwDossier(DemoBsn.volgende(random), "Schaal " + i,
                            vandaag.minusYears(18 + random.nextInt(45)), doelgroep.name(),
                            Gemeente.values()[random.nextInt(4)].name(), vandaag.minusDays(random.nextInt(60)),
                            doelgroep.viaCoa()), "schaal");
                    if (i % 1000 == 0) {
                        LOG.warn("SCHAAL {} dossiers geopend", i);
                    }
                }
                return null;
            });
        }
        schrijvers.shutdown();
        schrijvers.awaitTermination(7, TimeUnit.DAYS);
        LOG.warn("SCHAAL {} dossiers geopend in {} s", aantal - bestaand, (System.nanoTime() - begin) / 1_000_000_000);
        // Let the job executor create the first tasks, then move about a third of the caseload one step on
        while (beheer.createJobQuery().executable().count() > 0) {
            Thread.sleep(500);
        }
        Random random = new Random(7);
        int rondAf = 0;
        for (Task taak : taken.createTaskQuery().active().listPage(0, aantal / 3)) {
            try {
                uitvoerder.rondAf(taak, new TaakUitvoerder.Profiel("B1", false, false, false), random);
                rondAf++;
            } catch (RuntimeException overgeslagen) {
                // a task that became stale meanwhile: the dataset only needs to be spread, not exact
            }
        }
        LOG.warn("SCHAAL klaar: {} dossiers, {} taken afgerond", dossiers.aantal(null), rondAf);
    }
}
