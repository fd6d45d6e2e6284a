package nl.fermwerk.inburgering.modellen;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A deployment that breaks the rules for models: nothing of it is stored. A BadUserRequestException, so the engine's
 * REST API (and Camunda Modeler's deploy dialog) answers 400 with every breach at once.
 */
public class ModelGeweigerdException extends BadUserRequestException {

    private final transient List<Overtreding> overtredingen;

    public ModelGeweigerdException(List<Overtreding> overtredingen) {
        super("Deployment geweigerd, er is niets opgeslagen. " + overtredingen.stream().map(Overtreding::toString)
                .collect(Collectors.joining("; ")));
        this.overtredingen = List.copyOf(overtredingen);
    }

    public List<Overtreding> overtredingen() {
        return overtredingen;
    }
}
