package nl.fermwerk.inburgering.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.simulatie.CaseloadSimulatie;
import nl.fermwerk.inburgering.simulatie.Meting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code bench/run.sh}: the same caseload through our trajectory and through bare Camunda, in one run on one
 * database, printed as a table and a RESULT line. Runs only in profile {@code benchmark}, then stops the application.
 */
@Component
@Profile("benchmark")
class Benchmark implements ApplicationRunner {

    private final CaseloadSimulatie caseload;
    private final KaleBaseline baseline;
    private final KaalTraject kaalTraject;
    private final JdbcTemplate jdbc;
    private final ConfigurableApplicationContext context;
    private final int aantal;
    private final long zaad;
    private final String database;
    private final String h2Bestand;

    Benchmark(CaseloadSimulatie caseload, KaleBaseline baseline, KaalTraject kaalTraject, JdbcTemplate jdbc,
              ConfigurableApplicationContext context,
              @Value("${inburgering.benchmark.dossiers:20}") int aantal,
              @Value("${inburgering.benchmark.seed:2021}") long zaad,
              @Value("${inburgering.benchmark.db:h2}") String database,
              @Value("${inburgering.benchmark.h2-bestand:}") String h2Bestand) {
        this.caseload = caseload;
        this.baseline = baseline;
        this.kaalTraject = kaalTraject;
        this.jdbc = jdbc;
        this.context = context;
        this.aantal = aantal;
        this.zaad = zaad;
        this.database = database;
        this.h2Bestand = h2Bestand;
    }

    @Override
    public void run(ApplicationArguments args) {
        Instant start = Instant.parse("2027-01-04T08:00:00Z");
        // Warm-up, not measured: class loading, JIT and the engine's caches would otherwise count against whichever
        // run goes first. Its dossiers lie years before the measured ones, so the measured runs start from a clean clock
        Instant opwarmen = Instant.parse("2022-02-07T08:00:00Z");
        kaalTraject.deploy();
        Meting warm = caseload.draai(Math.min(10, aantal), zaad + 1, opwarmen);
        kaalTraject.draai(caseload, Math.min(10, aantal), zaad + 1, opwarmen);
        baseline.draai(Math.min(10, aantal), (int) Math.max(1, warm.taken() / Math.max(1, warm.dossiers())),
                (int) (warm.timers() / Math.max(1, warm.dossiers())), opwarmen);
        boolean postgres = "postgres".equals(database);
        Rijschrijvingen rijen = new Rijschrijvingen(jdbc);
        Map<String, Long> rijenVoor = postgres ? rijen.stand() : Map.of();
        long grootteVoor = databaseGrootte();
        Meting ons = caseload.draai(aantal, zaad, start);
        long grootteNaOns = databaseGrootte();
        Map<String, Long> rijenNaOns = postgres ? rijen.stand() : Map.of();
        int takenPerDossier = (int) Math.round((double) ons.taken() / aantal);
        int timersPerDossier = (int) Math.round((double) ons.timers() / aantal);
        Meting kaal = baseline.draai(aantal, takenPerDossier, timersPerDossier, start);
        long grootteNaKaal = databaseGrootte();
        Map<String, Long> rijenNaKaal = postgres ? rijen.stand() : Map.of();
        Meting model = kaalTraject.draai(caseload, aantal, zaad, start);
        long grootteNaModel = databaseGrootte();
        Map<String, Long> rijenNaModel = postgres ? rijen.stand() : Map.of();
        ons = metGrootte(ons, grootteNaOns - grootteVoor);
        kaal = metGrootte(kaal, grootteNaKaal - grootteNaOns);
        model = metGrootte(model, grootteNaModel - grootteNaKaal);

        System.out.println();
        System.out.printf(Locale.ROOT, "Benchmark: %d dossiers, db=%s, seed=%d (%d taken en %d timers per dossier)%n",
                aantal, database, zaad, takenPerDossier, timersPerDossier);
        System.out.printf(Locale.ROOT, "| %-20s | %10s | %12s | %10s | %8s | %10s | %10s | %10s |%n", "run",
                "dossiers/s", "taken/s", "events/s", "jobs/s", "seconden", "heap MiB", "db MiB");
        for (Meting m : new Meting[] {ons, model, kaal}) {
            System.out.printf(Locale.ROOT, "| %-20s | %10.2f | %12.1f | %10.1f | %8.1f | %10.1f | %10.0f | %10.1f |%n",
                    m.naam(), m.perSeconde(m.dossiers()), m.perSeconde(m.taken()), m.perSeconde(m.gebeurtenissen()),
                    m.perSeconde(m.jobs()), m.seconden(), m.piekHeapBytes() / 1048576.0,
                    m.databaseBytes() / 1048576.0);
        }
        double onsPs = ons.perSeconde(ons.taken());
        double modelPs = model.perSeconde(model.taken());
        double kaalPs = kaal.perSeconde(kaal.taken());
        // The ratio against the generated chain splits into what our BPMN model costs the engine and what our code adds
        System.out.printf(Locale.ROOT, "Verdeling: ons model op kale Camunda %.2f x trager dan de keten, onze code "
                + "(routing, gebeurtenissen, projecties, Tasklist-kopieen) %.2f x daarbovenop%n",
                modelPs == 0 ? 0 : kaalPs / modelPs, onsPs == 0 ? 0 : modelPs / onsPs);
        if (postgres) {
            drukRijenPerTaak(Map.of("ons", Rijschrijvingen.verschil(rijenVoor, rijenNaOns),
                            "model", Rijschrijvingen.verschil(rijenNaKaal, rijenNaModel),
                            "kaal", Rijschrijvingen.verschil(rijenNaOns, rijenNaKaal)),
                    Map.of("ons", ons.taken(), "model", model.taken(), "kaal", kaal.taken()));
        }
        System.out.printf(Locale.ROOT, "RESULT dossiers=%d db=%s tasks_per_s=%.1f baseline_tasks_per_s=%.1f "
                + "ratio_vs_bare=%.2f%n", aantal, database, onsPs, kaalPs, onsPs == 0 ? 0 : kaalPs / onsPs);
        System.exit(SpringApplication.exit(context, () -> 0));
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

    private static Meting metGrootte(Meting m, long bytes) {
        return new Meting(m.naam(), m.dossiers(), m.seconden(), m.taken(), m.gebeurtenissen(), m.jobs(), m.timers(),
                m.piekHeapBytes(), Math.max(0, bytes));
    }

    private long databaseGrootte() {
        if ("postgres".equals(database)) {
            return jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
        }
        jdbc.execute("CHECKPOINT SYNC");
        try {
            return Files.size(Path.of(h2Bestand));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("H2-bestand " + h2Bestand + " is niet te meten", e);
        }
    }
}
