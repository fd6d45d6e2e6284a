package nl.fermwerk.inburgering.modellen;

import java.util.List;

/**
 * A migration the engine would refuse or only half carry out. Nothing has moved; the reasons say what to change
 * (another target version, or only the instances the dry run calls verplaatsbaar).
 */
public class MigratieNietMogelijkException extends RuntimeException {

    private final String titel;
    private final List<String> redenen;
    private final transient Migratievoorstel voorstel;

    public MigratieNietMogelijkException(String titel, String detail, List<String> redenen, Migratievoorstel voorstel) {
        super(detail);
        this.titel = titel;
        this.redenen = List.copyOf(redenen);
        this.voorstel = voorstel;
    }

    public String titel() {
        return titel;
    }

    public List<String> redenen() {
        return redenen;
    }

    /** The dry run behind the refusal, when there was one. */
    public Migratievoorstel voorstel() {
        return voorstel;
    }
}
