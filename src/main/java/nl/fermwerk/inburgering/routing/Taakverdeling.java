package nl.fermwerk.inburgering.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Reads the DMN table {@code taakverdeling}: always the latest deployed version, so a redeployed table routes the
 * next task without restart.
 */
public final class Taakverdeling {

    public static final String BESLISSING = "taakverdeling";

    private Taakverdeling() {
    }

    public static Optional<Toewijzing> zoek(DecisionService beslissingen, String gemeente, String onderdeel) {
        if (gemeente == null || onderdeel == null) {
            return Optional.empty();
        }
        var resultaat = beslissingen.evaluateDecisionByKey(BESLISSING)
                .variables(Variables.createVariables().putValue("gemeente", gemeente).putValue("onderdeel", onderdeel))
                .evaluate();
        DmnDecisionResultEntries regel = resultaat.getFirstResult();
        if (regel == null) {
            return Optional.empty();
        }
        Map<String, Object> waarden = regel.getEntryMap();
        Object eerst = waarden.get("eerstverantwoordelijke");
        if (!(eerst instanceof String groep) || groep.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Toewijzing(groep.strip(), lijst(waarden.get("betrokken"))));
    }

    private static List<String> lijst(Object waarde) {
        if (!(waarde instanceof String tekst) || tekst.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tekst.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
