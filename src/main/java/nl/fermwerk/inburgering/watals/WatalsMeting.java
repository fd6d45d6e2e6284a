package nl.fermwerk.inburgering.watals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * bench/watals.sh: one what-if replay as the application runs it (two child processes side by side, {@link
 * Kindproces}), timed, on the models in processes/ and forms/; with {@code --pip P8W} the changed side has that PIP
 * term (the worked example of docs/beleidsmedewerkers.md). Prints the progress with its time, the differences over
 * the period and a RESULT line.
 */
public final class WatalsMeting {

    private WatalsMeting() {
    }

    public static void main(String[] args) throws Exception {
        int aantal = 300;
        long zaad = 2021;
        LocalDate vanaf = LocalDate.of(2027, 1, 1);
        int jaren = 3;
        String pip = null;
        String vervolg = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dossiers" -> aantal = Integer.parseInt(args[i + 1]);
                case "--seed" -> zaad = Long.parseLong(args[i + 1]);
                case "--vanaf" -> vanaf = LocalDate.parse(args[i + 1]);
                case "--jaren" -> jaren = Integer.parseInt(args[i + 1]);
                case "--pip" -> pip = args[i + 1];
                case "--vervolg" -> vervolg = args[i + 1];
                default -> throw new IllegalArgumentException("Onbekende optie " + args[i]);
            }
        }
        LocalDate tot = vanaf.plusYears(jaren).minusDays(1);
        Path map = Files.createTempDirectory("watals-meting-");
        try {
            for (String kant : List.of("voor", "na")) {
                Files.createDirectories(map.resolve(kant));
                try (Stream<Path> bestanden = Stream.concat(Files.list(Path.of("processes")), Files.list(Path.of("forms")))) {
                    for (Path bestand : bestanden.toList()) {
                        Files.copy(bestand, map.resolve(kant).resolve(bestand.getFileName()));
                    }
                }
            }
            if (pip != null) {
                Modelwijzigingen.Wijziging wijziging = Modelwijzigingen.pipTermijn(pip);
                Files.write(map.resolve("na").resolve(wijziging.bestand()), wijziging.inhoud());
            }
            Gedrag gedrag = Gedrag.STANDAARD;
            List<String> jvm = List.of(System.getProperty("watals.jvm-opties", Watals.STANDAARD_JVM_OPTIES).split(","));
            long begin = System.nanoTime();
            int kwartalen = Kwartaal.tussen(vanaf, tot).size();
            try (Kindproces voor = Kindproces.start(map.resolve("voor"), map.resolve("voor.json"), aantal, zaad, vanaf,
                    tot, gedrag, "448m", jvm, k -> meld("gedeployd", k, kwartalen, begin));
                 Kindproces na = Kindproces.start(map.resolve("na"), map.resolve("na.json"), aantal, zaad, vanaf, tot,
                         gedrag, "448m", jvm, k -> meld("gewijzigd", k, kwartalen, begin))) {
                long deadline = System.currentTimeMillis() + 30 * 60_000;
                if (!voor.wacht(deadline) || !na.wacht(deadline)) {
                    System.err.println(voor.laatsteUitvoer());
                    System.err.println(na.laatsteUitvoer());
                    throw new IllegalStateException("Naspeling mislukt");
                }
            }
            double seconden = (System.nanoTime() - begin) / 1e9;
            ObjectMapper json = new ObjectMapper();
            Vergelijking vergelijking = Vergelijking.van(json.readValue(map.resolve("voor.json").toFile(), Figuren.class),
                    json.readValue(map.resolve("na.json").toFile(), Figuren.class));
            System.out.printf(Locale.ROOT, "%nOver de periode %s t/m %s, alle gemeenten (gedeployd -> gewijzigd):%n",
                    vanaf, tot);
            System.out.printf(Locale.ROOT, "| %-38s | %10s | %10s | %9s |%n", "cijfer", "gedeployd", "gewijzigd",
                    "verschil");
            for (Vergelijking.Figuur f : vergelijking.figuren()) {
                Vergelijking.Cel c = f.periode().get(Figuren.TOTAAL);
                System.out.printf(Locale.ROOT, "| %-38s | %10s | %10s | %9s |%n", f.figuur(), c.voor(), c.na(),
                        c.verschil());
            }
            System.out.printf(Locale.ROOT, "RESULT dossiers=%d jaren=%d seconds=%.1f differs=%s cores=%d%n", aantal,
                    jaren, seconden, vergelijking.heeftVerschil(), Runtime.getRuntime().availableProcessors());
            if (vervolg != null) {
                volgendeWijziging(map, vervolg, aantal, zaad, vanaf, tot, gedrag, jvm, kwartalen);
            }
        } finally {
            Kindproces.ruimOp(map);
        }
    }

    /**
     * The next change a beleidsmedewerker tries, as {@link Watals} replays it: the deployed side is remembered from
     * the replay before, so only the changed side runs, on every core.
     */
    private static void volgendeWijziging(Path map, String pip, int aantal, long zaad, LocalDate vanaf, LocalDate tot,
                                          Gedrag gedrag, List<String> jvm, int kwartalen) throws Exception {
        Path na = map.resolve("vervolg");
        Files.createDirectories(na);
        try (Stream<Path> bestanden = Files.list(map.resolve("voor"))) {
            for (Path bestand : bestanden.toList()) {
                Files.copy(bestand, na.resolve(bestand.getFileName()));
            }
        }
        Modelwijzigingen.Wijziging wijziging = Modelwijzigingen.pipTermijn(pip);
        Files.write(na.resolve(wijziging.bestand()), wijziging.inhoud());
        int draden = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%nVolgende wijziging (PIP %s), de gedeployde kant onthouden: alleen de gewijzigde "
                + "kant, %d draden%n", pip, draden);
        long begin = System.nanoTime();
        try (Kindproces kind = Kindproces.start(na, map.resolve("vervolg.json"), aantal, zaad, vanaf, tot, gedrag,
                "448m", jvm, k -> meld("gewijzigd", k, kwartalen, begin), draden)) {
            if (!kind.wacht(System.currentTimeMillis() + 30 * 60_000)) {
                System.err.println(kind.laatsteUitvoer());
                throw new IllegalStateException("Naspeling mislukt");
            }
        }
        double seconden = (System.nanoTime() - begin) / 1e9;
        ObjectMapper json = new ObjectMapper();
        Vergelijking vergelijking = Vergelijking.van(json.readValue(map.resolve("voor.json").toFile(), Figuren.class),
                json.readValue(map.resolve("vervolg.json").toFile(), Figuren.class));
        for (Vergelijking.Figuur f : vergelijking.figuren()) {
            Vergelijking.Cel c = f.periode().get(Figuren.TOTAAL);
            if (c.verschil() != null && c.verschil() != 0) {
                System.out.printf(Locale.ROOT, "| %-38s | %10s | %10s | %9s |%n", f.figuur(), c.voor(), c.na(),
                        c.verschil());
            }
        }
        System.out.printf(Locale.ROOT, "RESULT vervolg dossiers=%d seconds=%.1f differs=%s threads=%d%n", aantal,
                seconden, vergelijking.heeftVerschil(), draden);
    }

    private static void meld(String kant, int kwartaal, int kwartalen, long begin) {
        System.out.printf(Locale.ROOT, "%6.1f s  %-9s %2d/%d kwartalen%n", (System.nanoTime() - begin) / 1e9, kant,
                kwartaal, kwartalen);
    }
}
