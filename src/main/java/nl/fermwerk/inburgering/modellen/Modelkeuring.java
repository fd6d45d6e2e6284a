package nl.fermwerk.inburgering.modellen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Checks one file of a deployment against the rules for models ({@link Regel}): the engine hook runs it on every
 * deployment, however it arrives (Camunda Modeler, Cockpit, the application's own deployment at start, tests), and
 * {@link ModelControle} runs it on processes/ and forms/ in CI, so both say the same. Only processes (.bpmn),
 * decision tables (.dmn) and Camunda Forms (.form) may be deployed: anything else (a script, an embedded HTML form,
 * an SVG image, a case model) could run or render something outside these rules.
 */
@Component
public class Modelkeuring {

    public static final List<String> BESTANDSSOORTEN = List.of(".bpmn", ".dmn", ".form");

    private final BpmnKeuring bpmn;
    private final FormulierKeuring formulieren = new FormulierKeuring();
    private final ObjectProvider<ProcessEngineConfigurationImpl> engine;
    private final ObjectMapper json = new ObjectMapper();

    public Modelkeuring(Expressiekeuring expressies, ObjectProvider<ProcessEngineConfigurationImpl> engine) {
        this.bpmn = new BpmnKeuring(expressies);
        this.engine = engine;
    }

    /** Every breach in this file; empty when it may be deployed. */
    public List<Overtreding> keur(String bestand, byte[] inhoud) {
        List<Overtreding> overtredingen = new ArrayList<>();
        String soort = BESTANDSSOORTEN.stream().filter(bestand::endsWith).findFirst().orElse(null);
        if (soort == null) {
            overtredingen.add(new Overtreding(bestand, "", Regel.BESTANDSSOORT, "dit soort bestand is niet "
                    + "toegestaan; een deployment bevat alleen processen (.bpmn), beslistabellen (.dmn) en "
                    + "formulieren (.form)"));
            return overtredingen;
        }
        try {
            switch (soort) {
                case ".bpmn" -> bpmn.keur(bestand, VeiligeXml.lees(inhoud), overtredingen);
                case ".dmn" -> new DmnKeuring(dmnStandaardtalen()).keur(bestand, VeiligeXml.lees(inhoud),
                        overtredingen);
                default -> formulieren.keur(bestand, json.readTree(inhoud), overtredingen);
            }
        } catch (SAXException | IOException onleesbaar) {
            overtredingen.add(new Overtreding(bestand, "", Regel.LEESBAAR, (soort.equals(".form") ? "geen geldige "
                    + "JSON: " : "geen geldige XML (of met een DOCTYPE): ") + onleesbaar.getMessage()));
        }
        // Also where no element is evaluated (an XML comment): the marker has no business in a model at all
        if (overtredingen.stream().noneMatch(o -> o.regel() == Regel.GEEN_JAVA_SERIALISATIE)
                && new String(inhoud, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                .contains(BpmnKeuring.JAVA_SERIALISATIE)) {
            BpmnKeuring.keurJavaSerialisatie(bestand, "", BpmnKeuring.JAVA_SERIALISATIE, overtredingen);
        }
        return new ArrayList<>(new LinkedHashSet<>(overtredingen));
    }

    private Map<String, String> dmnStandaardtalen() {
        return DmnKeuring.standaardtalen(engine.getObject().getDmnEngineConfiguration());
    }
}
