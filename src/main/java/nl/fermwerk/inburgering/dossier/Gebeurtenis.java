package nl.fermwerk.inburgering.dossier;

import java.time.Instant;
import java.util.Map;

/** One fact about a dossier, as stored: immutable, numbered within its dossier, sealed by its hash. */
public record Gebeurtenis(
        String dossierId,
        int volgnummer,
        String type,
        Map<String, Object> data,
        Instant tijdstip,
        Instant systeemtijd,
        String actor,
        String vorigeHash,
        String hash) {
}
