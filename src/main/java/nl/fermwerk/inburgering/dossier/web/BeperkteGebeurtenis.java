package nl.fermwerk.inburgering.dossier.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;

/**
 * A ketenpartner's view of an event: its data without the personal keys that no partner task needs. The hashes are
 * left out: over reduced data they could not be checked anyway.
 */
public record BeperkteGebeurtenis(String dossierId, int volgnummer, String type, Map<String, Object> data,
                                  Instant tijdstip, String actor) {

    /** Keys never shown to a partner. */
    static final Set<String> VERBORGEN = Set.of("bsn", "geboortedatum");

    static BeperkteGebeurtenis van(Gebeurtenis g) {
        Map<String, Object> data = new LinkedHashMap<>(g.data());
        data.keySet().removeAll(VERBORGEN);
        return new BeperkteGebeurtenis(g.dossierId(), g.volgnummer(), g.type(), data, g.tijdstip(), g.actor());
    }
}
