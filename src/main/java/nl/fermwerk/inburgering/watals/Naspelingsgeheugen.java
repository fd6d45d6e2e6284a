package nl.fermwerk.inburgering.watals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The outcome of sides replayed before, by everything that decides them: a side's figures follow from its model files,
 * the caseload's settings and the behaviour alone (the replay is deterministic for a seed, which the unchanged-model
 * test holds). A beleidsmedewerker who tries one change after another replays the deployed models' side once, not for
 * every change: the side found here is not replayed again. Figures and file names only, no personal data; kept in
 * memory on this node, the last {@value #BEWAARD} sides.
 */
final class Naspelingsgeheugen {

    static final int BEWAARD = 8;

    /** A side's outcome: its figures (the child's JSON) and the deployed files its model check left out. */
    record Uitkomst(byte[] figuren, List<String> overgeslagen) {
    }

    private final Map<String, Uitkomst> uitkomsten = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Uitkomst> oudste) {
            return size() > BEWAARD;
        }
    };

    synchronized Optional<Uitkomst> vind(String sleutel) {
        return Optional.ofNullable(uitkomsten.get(sleutel));
    }

    synchronized void bewaar(String sleutel, Uitkomst uitkomst) {
        uitkomsten.put(sleutel, uitkomst);
    }

    /**
     * What decides a side: every file the child deploys (path and bytes), the settings and the behaviour. The day is
     * in it as well, so a replay never leans on a side older than today, whatever the child might take from the date.
     */
    static String sleutel(Path modellen, int aantal, long zaad, LocalDate vanaf, LocalDate tot, Gedrag gedrag,
                          LocalDate vandaag) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> paden = Files.walk(modellen)) {
            for (Path bestand : paden.filter(Files::isRegularFile).sorted().toList()) {
                voeg(sha, modellen.relativize(bestand).toString().replace('\\', '/'));
                byte[] inhoud = Files.readAllBytes(bestand);
                voeg(sha, Integer.toString(inhoud.length));
                sha.update(inhoud);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        voeg(sha, "aantal=" + aantal);
        voeg(sha, "zaad=" + zaad);
        voeg(sha, "vanaf=" + vanaf);
        voeg(sha, "tot=" + tot);
        gedrag.alsArgumenten().forEach(argument -> voeg(sha, argument));
        voeg(sha, "vandaag=" + vandaag);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each part ends in a byte no path or setting holds, so two parts never run together into a third. */
    private static void voeg(MessageDigest sha, String deel) {
        sha.update(deel.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }
}
