package nl.fermwerk.inburgering.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The Camunda extension properties of a user task, as the beleidsmedewerker set them in Modeler: {@code onderdeel}
 * (the row of the taakverdeling), {@code gebeurtenis} (the event a completion records) and {@code beslisvariabelen}
 * (the variables that completion must supply), {@code controle} (a check of the whole dossier on completion) and
 * {@code duur} (how long a simulated partner takes).
 */
public final class TaakEigenschappen {

    public static final String ONDERDEEL = "onderdeel";
    public static final String GEBEURTENIS = "gebeurtenis";
    public static final String BESLISVARIABELEN = "beslisvariabelen";
    /** A check the completion must pass beyond its variables, e.g. {@code afsluiting} (traject.Afsluitingscontrole). */
    public static final String CONTROLE = "controle";
    /**
     * How long the task runs when a simulated caseload drives it ({@code simulatie.TaakUitvoerder}, the what-if
     * replay and the demo caseload): {@code MAANDEN} for a module or programme of months, {@code JAREN} for a course
     * of years; without it a task is done in days or weeks (docs/watals.md, "Behaviour"). Nothing else reads it.
     */
    public static final String DUUR = "duur";
    public static final Set<String> DUREN = Set.of("MAANDEN", "JAREN");

    private TaakEigenschappen() {
    }

    public static Map<String, String> van(Element taak) {
        Map<String, String> eigenschappen = new HashMap<>();
        Element uitbreidingen = taak.element("extensionElements");
        if (uitbreidingen == null) {
            return eigenschappen;
        }
        Element properties = uitbreidingen.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return eigenschappen;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            eigenschappen.put(property.attribute("name"), property.attribute("value"));
        }
        return eigenschappen;
    }
}
