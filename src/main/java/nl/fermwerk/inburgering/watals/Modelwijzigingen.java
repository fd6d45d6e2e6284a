package nl.fermwerk.inburgering.watals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Changes a beleidsmedewerker makes in Camunda Modeler, made by code on the models in processes/: for the tests and
 * the measured worked example (bench/watals.sh). Not used by the application itself.
 */
public final class Modelwijzigingen {

    public static final String TRAJECT = "inburgeringstraject.bpmn";
    public static final String TAAKVERDELING = "taakverdeling.dmn";

    private Modelwijzigingen() {
    }

    public static byte[] model(String bestand) throws IOException {
        return Files.readAllBytes(Path.of("processes", bestand));
    }

    /**
     * The PIP term, the ONE place that knows where it lives: today the boundary timer {@code Termijn_PIP_10_WEKEN}
     * of the trajectory ('P10W'). When the term moves into processes/termijnen.dmn (issue #15), this edits that
     * table's cell instead, and the file it returns is termijnen.dmn.
     */
    public static Wijziging pipTermijn(String duur) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(model(TRAJECT)));
        BoundaryEvent timer = model.getModelElementById("Termijn_PIP_10_WEKEN");
        TimerEventDefinition definitie = (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
        String oud = definitie.getTimeDate().getTextContent();
        if (!oud.contains("'P10W'")) {
            throw new IllegalStateException("De PIP-termijn staat niet meer als 'P10W' op de timer: " + oud);
        }
        definitie.getTimeDate().setTextContent(oud.replace("'P10W'", "'" + duur + "'"));
        return new Wijziging(TRAJECT, Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    /** Moves the first responsible group of one cell of the taakverdeling. */
    public static Wijziging taakverdelingCel(String regel, String naarGroep) throws IOException {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(model(TAAKVERDELING)));
        Rule cel = model.getModelElementById(regel);
        OutputEntry eerste = cel.getOutputEntries().iterator().next();
        eerste.getText().setTextContent("\"" + naarGroep + "\"");
        return new Wijziging(TAAKVERDELING, Dmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    public record Wijziging(String bestand, byte[] inhoud) {
    }
}
