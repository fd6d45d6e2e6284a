package nl.fermwerk.inburgering.traject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one Camunda Form asks and shows: the keys of its input fields (the only variables a worker may set on its
 * task), those among them it only shows (read-only or disabled: the system's value, not the worker's answer) and the
 * variables its text components template in (the read-only context of the header). Read from the form's
 * JSON as the beleidsmedewerker deployed it, so a changed form changes both without a code change.
 */
public record Formulier(Set<String> velden, Set<String> alleenLezen, Set<String> kopvariabelen, Set<String> verplicht) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A template reference in a text component: {@code {{weergavenaam}}}, {@code {{#if pipDatum}}}. */
    private static final Pattern SJABLOONVARIABELE =
            Pattern.compile("\\{\\{[#/^]?\\s*(?:(?:if|unless|each|with)\\s+)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> SJABLOONWOORDEN = Set.of("if", "unless", "each", "with", "else", "this");

    public Formulier {
        velden = Collections.unmodifiableSet(new LinkedHashSet<>(velden));
        alleenLezen = Collections.unmodifiableSet(new LinkedHashSet<>(alleenLezen));
        kopvariabelen = Collections.unmodifiableSet(new LinkedHashSet<>(kopvariabelen));
        verplicht = Collections.unmodifiableSet(new LinkedHashSet<>(verplicht));
    }

    public static Formulier lees(byte[] schema) {
        try {
            JsonNode wortel = JSON.readTree(schema);
            Set<String> velden = new LinkedHashSet<>();
            Set<String> alleenLezen = new LinkedHashSet<>();
            Set<String> kop = new LinkedHashSet<>();
            Set<String> verplicht = new LinkedHashSet<>();
            verzamel(wortel, velden, alleenLezen, kop, verplicht, false);
            return new Formulier(velden, alleenLezen, kop, verplicht);
        } catch (IOException e) {
            throw new IllegalStateException("Formulier is geen geldige JSON: " + e.getMessage(), e);
        }
    }

    /**
     * A required field counts as required on the server only when the form always shows it: a field shown under a
     * condition is required only when shown, which the form decides in the browser (its server-side twin is a rule in
     * {@link Beslisregels}).
     */
    private static void verzamel(JsonNode onderdeel, Set<String> velden, Set<String> alleenLezen, Set<String> kop,
                                 Set<String> verplicht, boolean onderVoorwaarde) {
        for (JsonNode component : onderdeel.path("components")) {
            String type = component.path("type").asText("");
            boolean voorwaardelijk = onderVoorwaarde || component.hasNonNull("conditional");
            if (component.hasNonNull("key") && !"button".equals(type)) {
                velden.add(component.get("key").asText());
                if (component.path("validate").path("required").asBoolean(false) && !voorwaardelijk) {
                    verplicht.add(component.get("key").asText());
                }
                if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
                    alleenLezen.add(component.get("key").asText());
                }
            }
            String sjabloon = "text".equals(type) ? component.path("text").asText("")
                    : "html".equals(type) ? component.path("content").asText("") : "";
            Matcher m = SJABLOONVARIABELE.matcher(sjabloon);
            while (m.find()) {
                if (!SJABLOONWOORDEN.contains(m.group(1))) {
                    kop.add(m.group(1));
                }
            }
            verzamel(component, velden, alleenLezen, kop, verplicht, voorwaardelijk);
        }
    }
}
