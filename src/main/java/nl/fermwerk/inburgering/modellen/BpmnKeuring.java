package nl.fermwerk.inburgering.modellen;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * The rules for a BPMN model, judged on every element and attribute of the XML, whatever their namespace (the engine
 * also reads Camunda's extensions under the old activiti namespace) and wherever they sit: the engine evaluates
 * expressions in many places (task names and documentation, due dates, timers, listeners, mappings, conditions), so
 * every attribute and text that holds {@code ${...}} or {@code #{...}} is judged as an expression.
 */
final class BpmnKeuring {

    static final String JAVA_SERIALISATIE = "application/x-java-serialized-object";

    private static final Set<String> DELEGATE_ATTRIBUTEN = Set.of("delegateExpression",
            "variableMappingDelegateExpression");

    private final Expressiekeuring expressies;

    BpmnKeuring(Expressiekeuring expressies) {
        this.expressies = expressies;
    }

    void keur(String bestand, Document model, List<Overtreding> overtredingen) {
        VeiligeXml.elk(model.getDocumentElement(), element -> keurElement(bestand, element, overtredingen));
    }

    private void keurElement(String bestand, Element element, List<Overtreding> overtredingen) {
        String id = VeiligeXml.idVan(element);
        String soort = element.getLocalName();
        switch (soort) {
            case "scriptTask" -> overtredingen.add(new Overtreding(bestand, id, Regel.GEEN_SCRIPTS,
                    "scripttaken zijn niet toegestaan"));
            case "script" -> {
                if (!"scriptTask".equals(element.getParentNode().getLocalName())) {
                    overtredingen.add(new Overtreding(bestand, id, Regel.GEEN_SCRIPTS,
                            "een script (in een listener, mapping of veld) is niet toegestaan"));
                }
            }
            case "connector" -> overtredingen.add(new Overtreding(bestand, id, Regel.GEEN_CONNECTORS,
                    "connectors (HTTP- of SOAP-aanroepen vanuit het model) zijn niet toegestaan"));
            case "conditionExpression", "condition", "completionCondition" -> {
                String taal = element.getAttribute("language");
                if (!taal.isBlank()) {
                    overtredingen.add(new Overtreding(bestand, id, Regel.GEEN_SCRIPTS,
                            "een voorwaarde in scripttaal '" + taal + "' is niet toegestaan; schrijf een expressie"));
                }
            }
            default -> {
                // the element itself is fine; its attributes and text are judged below
            }
        }
        NamedNodeMap attributen = element.getAttributes();
        for (int i = 0; i < attributen.getLength(); i++) {
            keurAttribuut(bestand, id, soort, (Attr) attributen.item(i), overtredingen);
        }
        String tekst = VeiligeXml.eigenTekst(element);
        keurJavaSerialisatie(bestand, id, tekst, overtredingen);
        if (!"script".equals(soort)) {
            expressies.keur(tekst).forEach(bezwaar -> overtredingen.add(new Overtreding(bestand, id,
                    Regel.TOEGESTANE_EXPRESSIES, bezwaar)));
        }
    }

    private void keurAttribuut(String bestand, String id, String elementSoort, Attr attribuut,
                               List<Overtreding> overtredingen) {
        if ("http://www.w3.org/2000/xmlns/".equals(attribuut.getNamespaceURI())) {
            return;
        }
        String naam = attribuut.getLocalName();
        String waarde = attribuut.getValue();
        keurJavaSerialisatie(bestand, id, waarde, overtredingen);
        if (naam.equals("class") || naam.endsWith("Class")) {
            overtredingen.add(new Overtreding(bestand, id, Regel.GEEN_JAVA_KLASSEN, naam + " '" + waarde
                    + "' is niet toegestaan: een model roept geen Java-klassen aan, alleen een toegestane "
                    + "delegateExpression"));
        } else if (naam.equals("resource") && !elementSoort.equals("script") && !elementSoort.equals("scriptTask")) {
            overtredingen.add(new Overtreding(bestand, id, Regel.GEEN_SCRIPTS, "een extern script (resource '"
                    + waarde + "') is niet toegestaan"));
        } else if (naam.equals("formKey")) {
            overtredingen.add(new Overtreding(bestand, id, Regel.ALLEEN_CAMUNDA_FORMS, "formKey '" + waarde
                    + "' is niet toegestaan; koppel een Camunda Form (Form: Camunda Forms (linked), camunda:formRef)"));
        } else if (DELEGATE_ATTRIBUTEN.contains(naam)) {
            expressies.keurDelegate(waarde).forEach(bezwaar -> overtredingen.add(new Overtreding(bestand, id,
                    Regel.TOEGESTANE_DELEGATES, bezwaar)));
        } else {
            expressies.keur(waarde).forEach(bezwaar -> overtredingen.add(new Overtreding(bestand, id,
                    Regel.TOEGESTANE_EXPRESSIES, bezwaar)));
        }
    }

    static void keurJavaSerialisatie(String bestand, String id, String tekst, List<Overtreding> overtredingen) {
        if (tekst != null && tekst.toLowerCase(Locale.ROOT).contains(JAVA_SERIALISATIE)) {
            overtredingen.add(new Overtreding(bestand, id, Regel.GEEN_JAVA_SERIALISATIE,
                    "waarden in Java-serialisatie (" + JAVA_SERIALISATIE + ") zijn niet toegestaan"));
        }
    }
}
