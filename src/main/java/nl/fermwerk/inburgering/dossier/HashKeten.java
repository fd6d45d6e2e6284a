package nl.fermwerk.inburgering.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Seals each event with SHA-256 over its predecessor's hash and its own content, so that any later change to a
 * stored event, or a removed or inserted one, breaks the chain.
 */
public final class HashKeten {

    /** The "previous hash" of a dossier's first event. */
    public static final String BEGIN = "0".repeat(64);

    private HashKeten() {
    }

    static String hash(String vorigeHash, String dossierId, int volgnummer, String type, String json,
                       Instant tijdstip, String actor) {
        String inhoud = String.join("\u001f", vorigeHash, dossierId, Integer.toString(volgnummer), type, json,
                tijdstip.toString(), actor);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(inhoud.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
    }

    /**
     * Checks one dossier's chain as stored.
     *
     * @param gebeurtenissen the events in volgnummer order, with their data as stored (JSON text)
     * @return the first broken link, or empty when the history is intact
     */
    public static Optional<Breuk> controleer(List<OpgeslagenGebeurtenis> gebeurtenissen) {
        String vorige = BEGIN;
        int verwacht = 1;
        for (OpgeslagenGebeurtenis g : gebeurtenissen) {
            if (g.volgnummer() != verwacht) {
                return Optional.of(new Breuk(g.volgnummer(), "volgnummer " + verwacht + " ontbreekt"));
            }
            if (!g.vorigeHash().equals(vorige)) {
                return Optional.of(new Breuk(g.volgnummer(), "verwijst niet naar de hash van de vorige gebeurtenis"));
            }
            String berekend = hash(vorige, g.dossierId(), g.volgnummer(), g.type(), g.json(), g.tijdstip(), g.actor());
            if (!berekend.equals(g.hash())) {
                return Optional.of(new Breuk(g.volgnummer(), "inhoud past niet bij de opgeslagen hash"));
            }
            vorige = g.hash();
            verwacht++;
        }
        return Optional.empty();
    }

    /** An event row exactly as stored, data still as JSON text, for checking. */
    public record OpgeslagenGebeurtenis(String dossierId, int volgnummer, String type, String json, Instant tijdstip,
                                        String actor, String vorigeHash, String hash) {
    }

    /** Where a chain breaks and why. */
    public record Breuk(int volgnummer, String reden) {
    }
}
