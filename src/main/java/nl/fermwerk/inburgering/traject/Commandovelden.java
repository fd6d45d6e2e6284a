package nl.fermwerk.inburgering.traject;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;

/**
 * The few fields of the engine's task and variable commands that say what a user asks for (which task, which
 * variables, task-local or not). The engine keeps them protected and offers no getter; they are read here, in one
 * place, and every one is looked up when the engine starts, so an engine upgrade that renames one stops the start
 * instead of silently opening the guard ({@code Taakopdrachten}).
 */
final class Commandovelden {

    /** Every field the guard reads, by declaring class. */
    static final Map<Class<?>, List<String>> GEBRUIKT = Map.ofEntries(
            Map.entry(AbstractSetTaskPropertyCmd.class, List.of("taskId")),
            Map.entry(AbstractAddIdentityLinkCmd.class, List.of("userId")),
            Map.entry(AbstractExecuteFilterCmd.class, List.of("extendingQuery")),
            Map.entry(CompleteTaskCmd.class, List.of("taskId", "variables")),
            Map.entry(SubmitTaskFormCmd.class, List.of("taskId", "properties")),
            Map.entry(AbstractVariableCmd.class, List.of("entityId", "isLocal")),
            Map.entry(AbstractSetVariableCmd.class, List.of("variables")),
            Map.entry(AbstractRemoveVariableCmd.class, List.of("variableNames")),
            Map.entry(AbstractPatchVariablesCmd.class, List.of("entityId", "variables", "deletions", "isLocal")),
            Map.entry(GetTaskVariablesCmd.class, List.of("taskId", "isLocal")),
            Map.entry(GetTaskVariableCmd.class, List.of("taskId", "variableName", "isLocal")),
            Map.entry(GetTaskVariableCmdTyped.class, List.of("taskId", "variableName", "isLocal")));

    private static final Map<String, Field> VELDEN = new ConcurrentHashMap<>();

    private Commandovelden() {
    }

    /** Looks up every field in use; throws when the engine no longer has one. */
    static void controleerEngine() {
        GEBRUIKT.forEach((klasse, velden) -> velden.forEach(veld -> veld(klasse, veld)));
    }

    @SuppressWarnings("unchecked")
    static <T> T lees(Object opdracht, Class<?> klasse, String naam) {
        try {
            return (T) veld(klasse, naam).get(opdracht);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Veld " + naam + " van " + klasse.getName() + " is niet leesbaar", e);
        }
    }

    private static Field veld(Class<?> klasse, String naam) {
        return VELDEN.computeIfAbsent(klasse.getName() + "#" + naam, sleutel -> {
            try {
                Field veld = klasse.getDeclaredField(naam);
                veld.setAccessible(true);
                return veld;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("De engine heeft geen veld " + naam + " meer in " + klasse.getName()
                        + "; pas toegang.Commandovelden aan voordat deze versie in gebruik gaat.", e);
            }
        });
    }
}
