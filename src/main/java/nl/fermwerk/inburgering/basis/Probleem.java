package nl.fermwerk.inburgering.basis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on, carrying how it is answered: the HTTP status, a Dutch title and detail, and any
 * further properties (such as {@code fouten}). A module throws it, or a subclass that names its case; the one error
 * handler of the application ({@code betrouwbaarheid.ProbleemAfhandeling}) turns it into problem+json. So no module
 * writes an HTTP answer of its own, and every refusal has the same shape.
 */
public class Probleem extends RuntimeException {

    private final HttpStatus status;
    private final String titel;
    private final transient Map<String, Object> eigenschappen;

    public Probleem(HttpStatus status, String titel, String detail) {
        this(status, titel, detail, Map.of());
    }

    public Probleem(HttpStatus status, String titel, String detail, Map<String, Object> eigenschappen) {
        super(detail);
        this.status = status;
        this.titel = titel;
        this.eigenschappen = Collections.unmodifiableMap(new LinkedHashMap<>(eigenschappen));
    }

    public HttpStatus status() {
        return status;
    }

    public String titel() {
        return titel;
    }

    public String detail() {
        return getMessage();
    }

    /** Further members of the problem+json answer, in this order. */
    public Map<String, Object> eigenschappen() {
        return eigenschappen;
    }
}
