package nl.fermwerk.inburgering.dossier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;

/**
 * One fact about a dossier, as stored: immutable, numbered within its dossier, sealed by its hash. {@code feit} is the
 * typed reading of {@code type} and {@code data} that the folds and the pages use; {@code data} is the data exactly as
 * stored, with every field the task's form recorded, for the history and the inzage (which also show what the
 * vocabulary does not name).
 */
public record Gebeurtenis(
        String dossierId,
        int volgnummer,
        String type,
        Map<String, Object> data,
        Instant tijdstip,
        Instant systeemtijd,
        String actor,
        String vorigeHash,
        String hash,
        @JsonIgnore Feit feit) {

    /** The business day of the event in Europe/Amsterdam: the date of a fact that states none itself. */
    @JsonIgnore
    public LocalDate dag() {
        return LocalDate.ofInstant(tijdstip, Klok.ZONE);
    }

    /** The day the fact is about: its own date, else its business day. */
    @JsonIgnore
    public LocalDate datum() {
        LocalDate eigen = feit.datum();
        return eigen != null ? eigen : dag();
    }
}
