package nl.fermwerk.inburgering.basis;

import java.util.List;

/** Input that may not be stored; carries every bad field at once, so the sender can correct them in one go. */
public class OngeldigeInvoerException extends RuntimeException {

    private final List<Veldfout> fouten;

    public OngeldigeInvoerException(List<Veldfout> fouten) {
        super("Ongeldige invoer: " + fouten);
        this.fouten = List.copyOf(fouten);
    }

    public OngeldigeInvoerException(String veld, String detail) {
        this(List.of(new Veldfout(veld, detail)));
    }

    public List<Veldfout> fouten() {
        return fouten;
    }
}
