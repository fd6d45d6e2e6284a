package nl.fermwerk.inburgering.modellen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Probleem;
import org.springframework.http.HttpStatus;

/**
 * A migration the engine would refuse or only half carry out: 409 with every reason ({@code redenen}) and the dry run
 * behind it ({@code proefdraai}). Nothing has moved; the reasons say what to change (another target version, or only
 * the instances the dry run calls verplaatsbaar).
 */
public class MigratieNietMogelijkException extends Probleem {

    private final transient List<String> redenen;
    private final transient Migratievoorstel voorstel;

    public MigratieNietMogelijkException(String titel, String detail, List<String> redenen, Migratievoorstel voorstel) {
        super(HttpStatus.CONFLICT, titel, detail, eigenschappen(redenen, voorstel));
        this.redenen = List.copyOf(redenen);
        this.voorstel = voorstel;
    }

    public List<String> redenen() {
        return redenen;
    }

    /** The dry run behind the refusal, when there was one. */
    public Migratievoorstel voorstel() {
        return voorstel;
    }

    private static Map<String, Object> eigenschappen(List<String> redenen, Migratievoorstel voorstel) {
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("redenen", List.copyOf(redenen));
        if (voorstel != null) {
            eigenschappen.put("proefdraai", voorstel);
        }
        return eigenschappen;
    }
}
