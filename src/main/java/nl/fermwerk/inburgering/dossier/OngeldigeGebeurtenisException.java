package nl.fermwerk.inburgering.dossier;

import java.util.List;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Veldfout;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * An event that may not be appended: a type the vocabulary does not know, a required field missing, a value that does
 * not fit. A {@link BadUserRequestException}, because it nearly always reaches a person as the failed completion of a
 * task: the engine's REST API and Tasklist then answer 400 with this Dutch message, and nothing is stored.
 */
public class OngeldigeGebeurtenisException extends BadUserRequestException {

    private final transient List<Veldfout> fouten;

    private OngeldigeGebeurtenisException(String melding, List<Veldfout> fouten) {
        super(melding);
        this.fouten = List.copyOf(fouten);
    }

    /** A type name that is not in the vocabulary (docs/gebeurtenissen.md). */
    static OngeldigeGebeurtenisException onbekendType(String type) {
        String melding = "Gebeurtenis '" + type + "' bestaat niet in de woordenlijst van het dossier "
                + "(docs/gebeurtenissen.md): controleer de eigenschap 'gebeurtenis' van deze taak in het model.";
        return new OngeldigeGebeurtenisException(melding, List.of(new Veldfout("gebeurtenis", melding)));
    }

    /** Fields of a known type that are missing or do not fit. */
    static OngeldigeGebeurtenisException ongeldigeVelden(String type, List<Veldfout> fouten) {
        return new OngeldigeGebeurtenisException("Gebeurtenis " + type + " niet vastgelegd: " + fouten.stream()
                .map(f -> f.veld() + " " + f.detail()).collect(Collectors.joining(" ")), fouten);
    }

    /** Every field that was wrong, with a Dutch reason. */
    public List<Veldfout> fouten() {
        return fouten;
    }
}
