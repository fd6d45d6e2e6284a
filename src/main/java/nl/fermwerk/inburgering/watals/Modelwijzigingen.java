package nl.fermwerk.inburgering.watals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Changes a beleidsmedewerker makes in Camunda Modeler, made by code on the models in processes/: for the tests and
 * the measured worked example (bench/watals.sh). Not used by the application itself.
 */
public final class Modelwijzigingen {

    public static final String TRAJECT = "inburgeringstraject.bpmn";
    public static final String TERMIJNEN = "termijnen.dmn";
    public static final String TAAKVERDELING = "taakverdeling.dmn";

    private Modelwijzigingen() {
    }

    public static byte[] model(String bestand) throws IOException {
        return Files.readAllBytes(Path.of("processes", bestand));
    }

    /**
     * The PIP term, the ONE place that knows where it lives: the cell "Duur" of the rows of term PIP in
     * processes/termijnen.dmn ('P10W'), as a beleidsmedewerker changes it in Camunda Modeler.
     */
    public static Wijziging pipTermijn(String duur) throws IOException {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(model(TERMIJNEN)));
        DecisionTable tabel = (DecisionTable) ((Decision) model.getModelElementById("termijnen")).getExpression();
        List<Output> uitvoer = List.copyOf(tabel.getOutputs());
        int termijn = kolom(uitvoer, "termijn");
        int duurKolom = kolom(uitvoer, "duur");
        int gewijzigd = 0;
        for (Rule regel : tabel.getRules()) {
            List<OutputEntry> cellen = List.copyOf(regel.getOutputEntries());
            if ("\"PIP\"".equals(cellen.get(termijn).getText().getTextContent().strip())) {
                if (!"\"P10W\"".equals(cellen.get(duurKolom).getText().getTextContent().strip())) {
                    throw new IllegalStateException("De PIP-termijn staat niet meer als P10W in termijnen.dmn");
                }
                cellen.get(duurKolom).getText().setTextContent("\"" + duur + "\"");
                gewijzigd++;
            }
        }
        if (gewijzigd == 0) {
            throw new IllegalStateException("Geen regel voor de termijn PIP in termijnen.dmn");
        }
        return new Wijziging(TERMIJNEN, Dmn.convertToString(model).getBytes(StandardCharsets.UTF_8));
    }

    private static int kolom(List<Output> uitvoer, String naam) {
        for (int i = 0; i < uitvoer.size(); i++) {
            if (naam.equals(uitvoer.get(i).getName())) {
                return i;
            }
        }
        throw new IllegalStateException("termijnen.dmn heeft geen uitvoer " + naam);
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
