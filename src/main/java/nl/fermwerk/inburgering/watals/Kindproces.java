package nl.fermwerk.inburgering.watals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * One side of a replay as a child JVM ({@link WatalsKind}): the engine clock is one for the whole JVM, so a replay
 * that moves it cannot run in the application itself. Same classpath as ours, bounded heap, an empty environment (no
 * database address or password reaches it) and no network port. Progress lines are passed on; the last lines of
 * its output are kept for the message when it fails.
 */
final class Kindproces implements AutoCloseable {

    private static final int BEWAARDE_REGELS = 30;

    private final Process proces;
    private final Thread lezer;
    private final Deque<String> laatste = new ArrayDeque<>();
    private final List<String> overgeslagen = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Kindproces(Process proces, IntConsumer voortgang) {
        this.proces = proces;
        this.lezer = new Thread(() -> lees(voortgang), "watals-kind-" + proces.pid());
        this.lezer.setDaemon(true);
        this.lezer.start();
    }

    static Kindproces start(Path modellen, Path uitvoer, int aantal, long zaad, LocalDate vanaf, LocalDate tot,
                            Gedrag gedrag, String maxHeap, List<String> jvmOpties, IntConsumer voortgang)
            throws IOException {
        return start(modellen, uitvoer, aantal, zaad, vanaf, tot, gedrag, maxHeap, jvmOpties, voortgang, 1);
    }

    /** The same with {@code draden} threads in the child ({@link WatalsKind}, {@code --draden}). */
    static Kindproces start(Path modellen, Path uitvoer, int aantal, long zaad, LocalDate vanaf, LocalDate tot,
                            Gedrag gedrag, String maxHeap, List<String> jvmOpties, IntConsumer voortgang, int draden)
            throws IOException {
        List<String> opdracht = new ArrayList<>();
        opdracht.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        opdracht.add("-Xmx" + maxHeap);
        opdracht.addAll(jvmOpties);
        opdracht.add("-Djava.io.tmpdir=" + uitvoer.getParent());
        opdracht.add("-Dfile.encoding=UTF-8");
        opdracht.addAll(startklasse());
        opdracht.addAll(List.of("--modellen=" + modellen, "--uitvoer=" + uitvoer, "--aantal=" + aantal,
                "--zaad=" + zaad, "--vanaf=" + vanaf, "--tot=" + tot, "--draden=" + draden));
        opdracht.addAll(gedrag.alsArgumenten());
        ProcessBuilder bouwer = new ProcessBuilder(opdracht).redirectErrorStream(true)
                .directory(uitvoer.getParent().toFile());
        bouwer.environment().clear();
        return new Kindproces(bouwer.start(), voortgang);
    }

    /**
     * Our own classpath; from a Spring Boot jar (where {@code java.class.path} holds the launcher's nested entries)
     * the same jar, through its launcher, which finds the nested classes.
     */
    static List<String> startklasse() {
        String bron = WatalsKind.class.getProtectionDomain().getCodeSource().getLocation().toString();
        int binnen = bron.indexOf("BOOT-INF/");
        if (binnen < 0) {
            return List.of("-cp", System.getProperty("java.class.path"), WatalsKind.class.getName());
        }
        String jar = bron.substring(0, binnen);
        while (jar.endsWith("/") || jar.endsWith("!")) {
            jar = jar.substring(0, jar.length() - 1);
        }
        for (String voorvoegsel : List.of("jar:", "nested:", "file:")) {
            if (jar.startsWith(voorvoegsel)) {
                jar = jar.substring(voorvoegsel.length());
            }
        }
        jar = URLDecoder.decode(jar, StandardCharsets.UTF_8);
        return List.of("-cp", jar, "-Dloader.main=" + WatalsKind.class.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher");
    }

    private void lees(IntConsumer voortgang) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(proces.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String regel = in.readLine(); regel != null; regel = in.readLine()) {
                if (regel.startsWith(WatalsKind.VOORTGANG)) {
                    String stand = regel.substring(WatalsKind.VOORTGANG.length());
                    voortgang.accept(Integer.parseInt(stand.substring(0, stand.indexOf('/'))));
                } else if (regel.startsWith(WatalsKind.OVERGESLAGEN)) {
                    overgeslagen.add(regel.substring(WatalsKind.OVERGESLAGEN.length()));
                } else {
                    synchronized (laatste) {
                        laatste.addLast(regel);
                        if (laatste.size() > BEWAARDE_REGELS) {
                            laatste.removeFirst();
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException gestopt) {
            // The process ended or was stopped: its exit code tells
        }
    }

    /** Waits at most until the deadline (epoch millis); true when it ended with exit code 0. */
    boolean wacht(long deadline) throws InterruptedException {
        long rest = deadline - System.currentTimeMillis();
        if (rest <= 0 || !proces.waitFor(rest, TimeUnit.MILLISECONDS)) {
            return false;
        }
        lezer.join(1000);
        return proces.exitValue() == 0;
    }

    /** The deployed files the child's model check refused, with the reason: left out of the replay. */
    List<String> overgeslagen() {
        return List.copyOf(overgeslagen);
    }

    String laatsteUitvoer() {
        synchronized (laatste) {
            return String.join("\n", laatste);
        }
    }

    @Override
    public void close() {
        proces.descendants().forEach(ProcessHandle::destroyForcibly);
        proces.destroyForcibly();
    }

    static void ruimOp(Path map) {
        if (map == null || !Files.exists(map)) {
            return;
        }
        try (var paden = Files.walk(map)) {
            paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temp dir left behind holds only models and figures, no personal data
        }
    }
}
