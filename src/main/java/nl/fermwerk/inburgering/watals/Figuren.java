package nl.fermwerk.inburgering.watals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one side of a replay: per figure, per quarter, per gemeente (and {@value #TOTAAL}) a number. A
 * figure whose name starts with {@value #PERCENTAGE} is a share as of the quarter's end (absent where nothing to
 * divide); every other one counts what happened in the quarter, or (only {@value #OPEN}) what was open at its end.
 */
public record Figuren(List<String> kwartalen, Map<String, Map<String, Map<String, Double>>> figuren) {

    public static final String TOTAAL = "TOTAAL";
    public static final String PERCENTAGE = "opTijd.";
    public static final String OPEN = "openDossiers";

    public static Figuren leeg(List<Kwartaal> kwartalen) {
        List<String> namen = new ArrayList<>();
        kwartalen.forEach(k -> namen.add(k.naam()));
        return new Figuren(namen, new TreeMap<>());
    }

    void tel(String figuur, String kwartaal, String gemeente, double hoeveel) {
        Map<String, Double> cel = figuren.computeIfAbsent(figuur, f -> new TreeMap<>())
                .computeIfAbsent(kwartaal, k -> new TreeMap<>());
        cel.merge(gemeente, hoeveel, Double::sum);
        cel.merge(TOTAAL, hoeveel, Double::sum);
    }

    void zet(String figuur, String kwartaal, String gemeente, Double waarde) {
        if (waarde != null) {
            figuren.computeIfAbsent(figuur, f -> new TreeMap<>()).computeIfAbsent(kwartaal, k -> new TreeMap<>())
                    .put(gemeente, waarde);
        }
    }

    static boolean isPercentage(String figuur) {
        return figuur.startsWith(PERCENTAGE);
    }
}
