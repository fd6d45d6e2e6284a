package nl.fermwerk.inburgering.modellen;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The rules for a decision table: every expression in FEEL. The engine's FEEL (feel-scala) cannot call Java (external
 * functions are off); JUEL could (it reaches beans and methods, see {@link Expressiekeuring}) and a script language
 * can do anything. An expression without {@code expressionLanguage} gets the engine's default for its kind, which
 * must then be FEEL too (it is, unless someone turns on the legacy DMN behaviour).
 */
final class DmnKeuring {

    private static final Set<String> FEEL = Set.of(
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
            DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

    private final Map<String, String> standaardtaalPerSoort;

    /** @param standaardtaalPerSoort the engine's default language per kind of DMN expression element */
    DmnKeuring(Map<String, String> standaardtaalPerSoort) {
        this.standaardtaalPerSoort = standaardtaalPerSoort;
    }

    static Map<String, String> standaardtalen(DefaultDmnEngineConfiguration dmn) {
        return Map.of("inputExpression", taal(dmn.getDefaultInputExpressionExpressionLanguage()),
                "inputEntry", taal(dmn.getDefaultInputEntryExpressionLanguage()),
                "outputEntry", taal(dmn.getDefaultOutputEntryExpressionLanguage()),
                "literalExpression", taal(dmn.getDefaultLiteralExpressionLanguage()));
    }

    private static String taal(String taal) {
        return taal == null ? "" : taal;
    }

    static boolean isFeel(String taal) {
        return taal != null && (FEEL.contains(taal) || FEEL.contains(taal.toLowerCase(Locale.ROOT)));
    }

    void keur(String bestand, Document model, List<Overtreding> overtredingen) {
        VeiligeXml.elk(model.getDocumentElement(), element -> {
            String id = VeiligeXml.idVan(element);
            NamedNodeMap attributen = element.getAttributes();
            for (int i = 0; i < attributen.getLength(); i++) {
                Attr attribuut = (Attr) attributen.item(i);
                BpmnKeuring.keurJavaSerialisatie(bestand, id, attribuut.getValue(), overtredingen);
                if ("expressionLanguage".equals(attribuut.getLocalName()) && !isFeel(attribuut.getValue())) {
                    overtredingen.add(new Overtreding(bestand, id, Regel.ALLEEN_FEEL, "expressietaal '"
                            + attribuut.getValue() + "' is niet toegestaan; schrijf de expressie in FEEL"));
                }
            }
            BpmnKeuring.keurJavaSerialisatie(bestand, id, VeiligeXml.eigenTekst(element), overtredingen);
            String standaard = standaardtaalPerSoort.get(element.getLocalName());
            if (standaard != null && !element.hasAttribute("expressionLanguage") && !isFeel(standaard)) {
                overtredingen.add(new Overtreding(bestand, id, Regel.ALLEEN_FEEL, "zonder expressionLanguage "
                        + "gebruikt de engine hier '" + standaard + "'; zet expressionLanguage=\"feel\""));
            }
        });
    }
}
