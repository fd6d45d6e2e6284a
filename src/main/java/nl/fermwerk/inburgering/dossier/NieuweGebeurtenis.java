package nl.fermwerk.inburgering.dossier;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** An event about to be appended: what happened, when in business time, and who did it. */
public record NieuweGebeurtenis(String type, Map<String, Object> data, Instant tijdstip, String actor) {

    public NieuweGebeurtenis {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tijdstip, "tijdstip");
        data = data == null ? Map.of() : data;
        actor = actor == null ? "systeem" : actor;
    }
}
