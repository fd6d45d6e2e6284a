package nl.fermwerk.inburgering.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.simulatie.CaseloadSimulatie;
import nl.fermwerk.inburgering.simulatie.Meting;
import nl.fermwerk.inburgering.traject.TrajectStarter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code bench/run.sh}: the same caseload through our trajectory (our engine, our database) and through bare Camunda
 * (an engine and database of the benchmark's own, {@link KaleEngine}), printed as a table and a RESULT line. Runs only
 * in profile {@code benchmark}, then stops the application.
 */
@Component
@Profile("benchmark")
class Benchmark implements ApplicationRunner {

    private final ProcessEngine engine;
    private final DossierService dossiers;
    private final DataSource onzeDatabase;
    private final ConfigurableApplicationContext context;
    private final int aantal;
    private final long zaad;
    private final KaleDatabase kaleDatabase;

    /** Where the bare engine keeps its tables: next to ours, never in ours. */
    record KaleDatabase(String url, String gebruiker, String wachtwoord) {
    }

    Benchmark(ProcessEngine engine, DossierService dossiers, DataSource onzeDatabase,
              ConfigurableApplicationContext context,
              @Value("${inburgering.benchmark.dossiers:20}") int aantal,
              @Value("${inburgering.benchmark.seed:2021}") long zaad,
              @Value("${inburgering.benchmark.kaal.url}") String kaalUrl,
              @Value("${inburgering.benchmark.kaal.gebruiker}") String kaalGebruiker,
              @Value("${inburgering.benchmark.kaal.wachtwoord}") String kaalWachtwoord) {
        this.engine = engine;
        this.dossiers = dossiers;
        this.onzeDatabase = onzeDatabase;
        this.context = context;
        this.aantal = aantal;
        this.zaad = zaad;
        this.kaleDatabase = new KaleDatabase(kaalUrl, kaalGebruiker, kaalWachtwoord);
    }

    @Override
    public void run(ApplicationArguments args) {
        try (KaleEngine kaal = KaleEngine.naast(engine, kaleDatabase.url(), kaleDatabase.gebruiker(),
                kaleDatabase.wachtwoord())) {
            meet(kaal.engine());
        }
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private void meet(ProcessEngine kaleEngine) {
        CaseloadSimulatie caseload = new CaseloadSimulatie(engine);
        KaalTraject kaalTraject = new KaalTraject(kaleEngine);
        KaleBaseline baseline = new KaleBaseline(kaleEngine);
        Databank onze = new Databank(onzeDatabase);
        Databank kale = new Databank(((ProcessEngineConfigurationImpl) kaleEngine.getProcessEngineConfiguration())
                .getDataSource());
        String database = onze.isPostgres() ? "postgres" : "h2";
        Instant start = Instant.parse("2027-01-04T08:00:00Z");
        // Warm-up, not measured: class loading, JIT and the engine's caches would otherwise count against whichever
        // run goes first. Its dossiers lie years before the measured ones, so the measured runs start from a clean clock
        Instant opwarmen = Instant.parse("2022-02-07T08:00:00Z");
        kaalTraject.deploy();
        Meting warm = ons(caseload, Math.min(10, aantal), zaad + 1, opwarmen, onze);
        kaalTraject.draai(Math.min(10, aantal), zaad + 1, opwarmen);
        baseline.draai(Math.min(10, aantal), (int) Math.max(1, warm.taken() / Math.max(1, warm.dossiers())),
                (int) (warm.timers() / Math.max(1, warm.dossiers())), opwarmen);
        Map<String, Long> rijenVoor = onze.rijen();
        long grootteVoor = onze.grootte();
        Meting ons = ons(caseload, aantal, zaad, start, onze);
        ons = ons.metDatabaseBytes(onze.grootte() - grootteVoor);
        Map<String, Long> rijenNaOns = onze.rijen();
        int takenPerDossier = (int) Math.round((double) ons.taken() / aantal);
        int timersPerDossier = (int) Math.round((double) ons.timers() / aantal);
        Map<String, Long> kaalRijenVoor = kale.rijen();
        long kaalGrootteVoor = kale.grootte();
        Meting keten = baseline.draai(aantal, takenPerDossier, timersPerDossier, start);
        long grootteNaKeten = kale.grootte();
        Map<String, Long> rijenNaKeten = kale.rijen();
        Meting model = kaalTraject.draai(aantal, zaad, start);
        Map<String, Long> rijenNaModel = kale.rijen();
        keten = keten.metDatabaseBytes(grootteNaKeten - kaalGrootteVoor);
        model = model.metDatabaseBytes(kale.grootte() - grootteNaKeten);

        System.out.println();
        System.out.printf(Locale.ROOT, "Benchmark: %d dossiers, db=%s, seed=%d (%d taken en %d timers per dossier)%n",
                aantal, database, zaad, takenPerDossier, timersPerDossier);
        System.out.printf(Locale.ROOT, "| %-20s | %10s | %12s | %10s | %8s | %10s | %10s | %10s |%n", "run",
                "dossiers/s", "taken/s", "events/s", "jobs/s", "seconden", "heap MiB", "db MiB");
        for (Meting m : new Meting[] {ons, model, keten}) {
            System.out.printf(Locale.ROOT, "| %-20s | %10.2f | %12.1f | %10.1f | %8.1f | %10.1f | %10.0f | %10.1f |%n",
                    m.naam(), m.perSeconde(m.dossiers()), m.perSeconde(m.taken()), m.perSeconde(m.gebeurtenissen()),
                    m.perSeconde(m.jobs()), m.seconden(), m.piekHeapBytes() / 1048576.0,
                    m.databaseBytes() / 1048576.0);
        }
        double onsPs = ons.perSeconde(ons.taken());
        double modelPs = model.perSeconde(model.taken());
        double kaalPs = keten.perSeconde(keten.taken());
        // The ratio against the generated chain splits into what our BPMN model costs the engine and what our code adds
        System.out.printf(Locale.ROOT, "Verdeling: ons model op kale Camunda %.2f x trager dan de keten, onze code "
                + "(routing, gebeurtenissen, projecties, Tasklist-kopieen) %.2f x daarbovenop%n",
                modelPs == 0 ? 0 : kaalPs / modelPs, onsPs == 0 ? 0 : modelPs / onsPs);
        if (onze.isPostgres()) {
            drukRijenPerTaak(Map.of("ons", Rijschrijvingen.verschil(rijenVoor, rijenNaOns),
                            "model", Rijschrijvingen.verschil(rijenNaKeten, rijenNaModel),
                            "kaal", Rijschrijvingen.verschil(kaalRijenVoor, rijenNaKeten)),
                    Map.of("ons", ons.taken(), "model", model.taken(), "kaal", keten.taken()));
        }
        System.out.printf(Locale.ROOT, "RESULT dossiers=%d db=%s tasks_per_s=%.1f baseline_tasks_per_s=%.1f "
                + "ratio_vs_bare=%.2f%n", aantal, database, onsPs, kaalPs, onsPs == 0 ? 0 : kaalPs / onsPs);
    }

    /** Our run: dossiers opened through our service (the API's code path), its events counted in our store. */
    private Meting ons(CaseloadSimulatie caseload, int hoeveel, long metZaad, Instant vanaf, Databank onze) {
        long voor = gebeurtenissen(onze);
        Meting meting = caseload.draai(hoeveel, metZaad, vanaf, TrajectStarter.PROCES, "Regie Inburgering",
                (i, nieuw) -> dossiers.open(nieuw, "simulatie").dossierId());
        return meting.metGebeurtenissen(gebeurtenissen(onze) - voor);
    }

    private static long gebeurtenissen(Databank onze) {
        return onze.jdbc().queryForObject("SELECT COUNT(*) FROM gebeurtenis", Long.class);
    }

    /** Where the database work of each run went: rows inserted, updated or deleted per completed task, per table. */
    private static void drukRijenPerTaak(Map<String, Map<String, Long>> rijen, Map<String, Long> taken) {
        List<String> runs = List.of("ons", "model", "kaal");
        System.out.println();
        System.out.printf(Locale.ROOT, "Rijen geschreven per afgeronde taak (PostgreSQL, insert+update+delete): "
                + "ons %.1f, ons model kaal %.1f, keten kaal %.1f%n", runs.stream()
                .map(r -> som(rijen.get(r)) / (double) Math.max(1, taken.get(r))).toArray());
        System.out.printf(Locale.ROOT, "| %-28s | %8s | %8s | %8s |%n", "tabel", "ons", "model", "kaal");
        rijen.get("ons").entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(20)
                .forEach(e -> System.out.printf(Locale.ROOT, "| %-28s | %8.2f | %8.2f | %8.2f |%n",
                        Stream.concat(Stream.of(e.getKey()), runs.stream().map(r -> rijen.get(r)
                                .getOrDefault(e.getKey(), 0L) / (double) Math.max(1, taken.get(r)))).toArray()));
    }

    private static long som(Map<String, Long> rijen) {
        return rijen.values().stream().mapToLong(Long::longValue).sum();
    }
}
