package nl.fermwerk.inburgering.modellen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for a Camunda Form (issue #20, finding 8). Tasklist 7.24 renders forms with form-js 1.8: a {@code text}
 * component puts the values of its {@code {{...}}} templates (or its {@code =} FEEL expression) unescaped into
 * markdown and shows the result as HTML, so a name such as {@code <img src=x onerror=...>} or
 * {@code [klik](https://...)} becomes an element or a link. An {@code html} component escapes every value it inserts
 * and sanitises the rest. So: values only through {@code html}, whose own markup is plain structure (no attributes,
 * so no value ever lands in a URL or an event handler); static {@code text} stays as it is; components that load
 * something from elsewhere (iframe, image) are refused.
 */
final class FormulierKeuring {

    static final Set<String> ONDERDELEN = Set.of("default", "text", "html", "textfield", "textarea", "number",
            "datetime", "checkbox", "checklist", "radio", "select", "taglist", "group", "dynamiclist", "table",
            "spacer", "separator", "expression", "button");

    /** Structure only, without attributes: what a form header needs, nothing that links, loads or runs. */
    static final Set<String> HTML_ELEMENTEN = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "strong",
            "em", "b", "i", "small", "span", "div", "ul", "ol", "li");

    private static final Pattern SJABLOON = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("<[^>]*>?");
    private static final Pattern EENVOUDIG_LABEL = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\s*/?>");

    void keur(String bestand, JsonNode formulier, List<Overtreding> overtredingen) {
        if (!formulier.isObject()) {
            overtredingen.add(new Overtreding(bestand, "", Regel.LEESBAAR, "geen Camunda Form (JSON-object)"));
            return;
        }
        keurOnderdeel(bestand, formulier, overtredingen);
    }

    private void keurOnderdeel(String bestand, JsonNode onderdeel, List<Overtreding> overtredingen) {
        String id = onderdeel.path("id").asText(onderdeel.path("key").asText(""));
        String soort = onderdeel.path("type").asText("");
        if (!ONDERDELEN.contains(soort)) {
            overtredingen.add(new Overtreding(bestand, id, Regel.FORMULIERONDERDELEN, "onderdeel '" + soort
                    + "' is niet toegestaan (toegestaan: " + String.join(", ", ONDERDELEN.stream().sorted()
                    .toList()) + ")"));
        }
        if (soort.equals("text")) {
            String tekst = onderdeel.path("text").asText("");
            if (tekst.strip().startsWith("=") || SJABLOON.matcher(tekst).find()) {
                overtredingen.add(new Overtreding(bestand, id, Regel.GEEN_OPMAAK_UIT_VARIABELEN, "een Text view "
                        + "met {{...}} of =... toont een waarde als opmaak (een naam met <img> of [link](...) wordt "
                        + "een afbeelding of link); zet waarden in een HTML view, die ze als tekst toont"));
            }
        }
        if (soort.equals("html")) {
            keurHtml(bestand, id, onderdeel.path("content").asText(""), overtredingen);
        }
        keurTeksten(bestand, id, onderdeel, overtredingen);
        for (JsonNode kind : onderdeel.path("components")) {
            keurOnderdeel(bestand, kind, overtredingen);
        }
    }

    private static void keurHtml(String bestand, String id, String inhoud, List<Overtreding> overtredingen) {
        if (inhoud.strip().startsWith("=")) {
            overtredingen.add(new Overtreding(bestand, id, Regel.VEILIGE_HTML, "de inhoud van een HTML view is "
                    + "HTML met {{...}} voor waarden, geen =-expressie"));
            return;
        }
        // A template's own text is FEEL (a < b), not markup: masked, keeping positions, so only the markup around
        // it is judged, and a template inside a tag (where even an escaped value adds an attribute) shows up there
        StringBuilder gemaskeerd = new StringBuilder(inhoud);
        Matcher sjabloon = SJABLOON.matcher(inhoud);
        while (sjabloon.find()) {
            for (int i = sjabloon.start() + 2; i < sjabloon.end() - 2; i++) {
                gemaskeerd.setCharAt(i, 'x');
            }
        }
        Set<String> verboden = new LinkedHashSet<>();
        Matcher label = LABEL.matcher(gemaskeerd);
        while (label.find()) {
            Matcher eenvoudig = EENVOUDIG_LABEL.matcher(label.group());
            if (!eenvoudig.matches() || !HTML_ELEMENTEN.contains(eenvoudig.group(1).toLowerCase(Locale.ROOT))) {
                verboden.add(inhoud.substring(label.start(), label.end()));
            }
        }
        if (!verboden.isEmpty()) {
            overtredingen.add(new Overtreding(bestand, id, Regel.VEILIGE_HTML, String.join(" ", verboden)
                    + ": niet toegestaan in een HTML view; alleen " + String.join(", ", HTML_ELEMENTEN.stream()
                    .sorted().toList()) + ", zonder attributen"));
        }
    }

    /** Every text of the component but those of its child components, which are judged on their own. */
    private static void keurTeksten(String bestand, String id, JsonNode knoop, List<Overtreding> overtredingen) {
        if (knoop.isTextual()) {
            BpmnKeuring.keurJavaSerialisatie(bestand, id, knoop.asText(), overtredingen);
            return;
        }
        knoop.fields().forEachRemaining(veld -> {
            if (!veld.getKey().equals("components")) {
                keurTeksten(bestand, id, veld.getValue(), overtredingen);
            }
        });
        if (knoop.isArray()) {
            knoop.forEach(element -> keurTeksten(bestand, id, element, overtredingen));
        }
    }
}
