package nl.fermwerk.inburgering.traject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * What a task asks of whoever works it: the fields of its form (its own answers) and, among them, the decision
 * variables its completion hands to the flow. Read from the deployed form and the BPMN, inside an engine command.
 */
public final class Taakantwoorden {

    private Taakantwoorden() {
    }

    /** The fields a worker may fill in on this task: its form's fields, never a variable the system sets. */
    public static Set<String> velden(TaskEntity taak) {
        Set<String> velden = new LinkedHashSet<>(Formulieren.van(taak).map(Formulier::velden).orElse(Set.of()));
        velden.removeAll(Procesvariabelen.SYSTEEM);
        return velden;
    }

    /** The task's {@code beslisvariabelen}, as the BPMN names them for its completion ({@link TaakAfronding}). */
    public static List<String> beslisvariabelen(TaskEntity taak) {
        return Taakpijplijn.afronding(taak).map(TaakAfronding::beslisvariabelen).orElse(List.of());
    }

    /**
     * The decision variables a person's completion must supply itself: all but those the form only shows (a read-only
     * field echoes what the system set, such as the missed term of {@code termijnBewaking}).
     */
    public static List<String> teBeantwoorden(TaskEntity taak) {
        Set<String> alleenLezen = Formulieren.van(taak).map(Formulier::alleenLezen).orElse(Set.of());
        return beslisvariabelen(taak).stream().filter(b -> !alleenLezen.contains(b))
                .filter(b -> !Beslisvariabelen.STANDAARD_AFGEROND.contains(b))
                .filter(b -> !Beslisvariabelen.STANDAARD_NEE.contains(b)).toList();
    }

    /** The read-only context this task's form shows in its header. */
    public static Set<String> context(TaskEntity taak) {
        Set<String> context = new LinkedHashSet<>(Formulieren.van(taak).map(Formulier::kopvariabelen).orElse(Set.of()));
        context.retainAll(Procesvariabelen.CONTEXT);
        return context;
    }
}
