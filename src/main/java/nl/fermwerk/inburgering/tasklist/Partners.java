package nl.fermwerk.inburgering.tasklist;

import java.util.Map;
import nl.fermwerk.inburgering.toegang.Groepen;

/**
 * The names under which the ketenpartners find their filters. Fixed here rather than read from the identity source:
 * filters are matched by name at each start, so a renamed group in LDAP must not create a second filter.
 */
final class Partners {

    private static final Map<String, String> NAMEN = Map.of(
            "vsgh", "VSGH",
            "vluchtelingenwerk", "Vluchtelingenwerk",
            "nl-training", "NL Training",
            "sam-welzijn", "SAM Welzijn",
            "swom", "SWOM",
            "woerden-wijzer", "Woerden Wijzer",
            "stadsteam-oudewater", "Stadsteam Oudewater",
            "sociaal-team-bodegraven-reeuwijk", "Sociaal team Bodegraven-Reeuwijk",
            "regio-midden-holland", "Regio Midden-Holland");

    static {
        if (!NAMEN.keySet().containsAll(Groepen.PARTNERS)) {
            throw new IllegalStateException("Elke partnergroep heeft een filternaam nodig: " + Groepen.PARTNERS);
        }
    }

    private Partners() {
    }

    static String naam(String groep) {
        String naam = NAMEN.get(groep);
        if (naam == null) {
            throw new IllegalArgumentException("Onbekende partnergroep " + groep);
        }
        return naam;
    }
}
