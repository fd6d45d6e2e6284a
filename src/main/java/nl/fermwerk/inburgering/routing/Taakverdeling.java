package nl.fermwerk.inburgering.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import nl.fermwerk.inburgering.basis.AntwoordenPerVersie;
import nl.fermwerk.inburgering.basis.LaatsteVersies;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Reads the DMN table {@code taakverdeling}: always the latest deployed version, so a redeployed table routes the
 * next task without restart.
 */
public final class Taakverdeling {

    public static final String BESLISSING = "taakverdeling";

    private Taakverdeling() {
    }

    /**
     * Answers per deployed version of the table. Evaluating 60 FEEL rules costs far more than a task creation itself
     * (the FEEL engine builds its function library per evaluation); a table version never changes, so its answers
     * are kept until a newer version is deployed.
     */
    private static final AntwoordenPerVersie<Optional<Toewijzing>> ANTWOORDEN = new AntwoordenPerVersie<>();

    public static Optional<Toewijzing> zoek(ProcessEngineServices engine, String gemeente, String onderdeel) {
        return zoek(engine.getRepositoryService(), engine.getDecisionService(), gemeente, onderdeel);
    }

    public static Optional<Toewijzing> zoek(RepositoryService repository, DecisionService beslissingen,
                                            String gemeente, String onderdeel) {
        if (gemeente == null || onderdeel == null) {
            return Optional.empty();
        }
        Optional<String> versie = LaatsteVersies.beslissing(repository, BESLISSING);
        if (versie.isEmpty()) {
            return Optional.empty();
        }
        return ANTWOORDEN.van(versie.get(), gemeente + "|" + onderdeel,
                () -> evalueer(beslissingen, versie.get(), gemeente, onderdeel));
    }

    private static Optional<Toewijzing> evalueer(DecisionService beslissingen, String versie, String gemeente,
                                                 String onderdeel) {
        var resultaat = beslissingen.evaluateDecisionById(versie)
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
