package nl.fermwerk.inburgering.basis;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * Input that may not be stored: 400 with every bad field at once ({@code fouten}: veld and detail), so the sender can
 * correct them in one go.
 */
public class OngeldigeInvoerException extends Probleem {

    private final transient List<Veldfout> fouten;

    public OngeldigeInvoerException(List<Veldfout> fouten) {
        super(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                fouten.stream().map(f -> f.veld() + ": " + f.detail()).collect(Collectors.joining(" ")),
                Map.of("fouten", fouten.stream().map(f -> Map.of("veld", f.veld(), "detail", f.detail())).toList()));
        this.fouten = List.copyOf(fouten);
    }

    public OngeldigeInvoerException(String veld, String detail) {
        this(List.of(new Veldfout(veld, detail)));
    }

    public List<Veldfout> fouten() {
        return fouten;
    }
}
