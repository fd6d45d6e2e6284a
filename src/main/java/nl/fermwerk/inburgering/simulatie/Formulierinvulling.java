package nl.fermwerk.inburgering.simulatie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.fermwerk.inburgering.basis.Klok;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Fills in what a task's Camunda Form requires, as a worker in a hurry would: every required field the worker can
 * edit (also one the form shows only under a condition) gets a plausible value: today for a date, the first option of a choice, yes for
 * a checkbox, the minimum for a number, a word for text. Answers already given are kept. For the simulated caseload
 * and the process tests, whose subject is the path and not the form.
 */
public final class Formulierinvulling {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Formulierinvulling() {
    }

    /** The given answers plus a value for every required field of the task's form that they lack. */
    public static Map<String, Object> aangevuld(FormService formulieren, String taakId, Map<String, Object> gegeven) {
        return aangevuld(formulier(formulieren, taakId), gegeven);
    }

    /** The same with the task's form already read ({@link #formulier}); an empty node is a task without a form. */
    public static Map<String, Object> aangevuld(JsonNode formulier, Map<String, Object> gegeven) {
        Map<String, Object> antwoorden = new LinkedHashMap<>(gegeven);
        vul(formulier, antwoorden);
        return antwoorden;
    }

    /**
     * The task's deployed Camunda Form as JSON, or an empty node when it has none: a driver that completes thousands of
     * tasks of a few kinds reads each form once (loading and parsing it per task was a measurable share of a replay).
     */
    public static JsonNode formulier(FormService formulieren, String taakId) {
        try (InputStream in = formulieren.getDeployedTaskForm(taakId)) {
            return JSON.readTree(in);
        } catch (ProcessEngineException | IOException geenFormulier) {
            return JSON.createObjectNode();
        }
    }

    /** The keys of the form's read-only fields: they show what the system set, and a worker leaves them alone. */
    public static Set<String> alleenLezen(JsonNode formulier) {
        Set<String> keys = new HashSet<>();
        verzamelAlleenLezen(formulier, keys);
        return keys;
    }

    private static void verzamelAlleenLezen(JsonNode onderdeel, Set<String> keys) {
        for (JsonNode component : onderdeel.path("components")) {
            String key = component.path("key").asText("");
            if (!key.isEmpty() && (component.path("readonly").asBoolean(false)
                    || component.path("disabled").asBoolean(false))) {
                keys.add(key);
            }
            verzamelAlleenLezen(component, keys);
        }
    }

    private static void vul(JsonNode onderdeel, Map<String, Object> antwoorden) {
        for (JsonNode component : onderdeel.path("components")) {
            String key = component.path("key").asText("");
            boolean alleenLezen = component.path("readonly").asBoolean(false)
                    || component.path("disabled").asBoolean(false);
            // A read-only field shows the system's value: nobody fills it in
            if (!key.isEmpty() && !alleenLezen && component.path("validate").path("required").asBoolean(false)
                    && !antwoorden.containsKey(key)) {
                antwoorden.put(key, waarde(component));
            }
            vul(component, antwoorden);
        }
    }

    private static Object waarde(JsonNode component) {
        return switch (component.path("type").asText("")) {
            case "datetime" -> Klok.vandaag().toString();
            case "select", "radio" -> component.path("values").path(0).path("value").asText();
            case "checkbox" -> true;
            case "number" -> component.path("validate").path("min").asInt(0);
            default -> "gedaan";
        };
    }
}
