package nl.fermwerk.inburgering.toegang;

import jakarta.servlet.http.HttpServletRequest;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;

/**
 * Why a person opens a dossier: the task or purpose, from the query parameter {@code doel} or the header
 * {@code X-Doel}, else the endpoint's own purpose. Goes into the access log.
 */
public final class Doel {

    public static final String PARAMETER = "doel";
    public static final String KOP = "X-Doel";
    static final int MAXIMUM = 200;

    private Doel() {
    }

    public static String van(HttpServletRequest verzoek, String standaard) {
        String doel = verzoek.getParameter(PARAMETER);
        if (doel == null || doel.isBlank()) {
            doel = verzoek.getHeader(KOP);
        }
        if (doel == null || doel.isBlank()) {
            return standaard;
        }
        doel = doel.strip();
        if (doel.length() > MAXIMUM || doel.chars().anyMatch(Character::isISOControl)) {
            throw new OngeldigeInvoerException(PARAMETER, "Het doel is een korte tekst van hoogstens " + MAXIMUM
                    + " tekens, zonder regeleinden.");
        }
        return doel;
    }

    /** "GET /api/dossiers/IB-1001" as it goes into the log. */
    public static String endpoint(HttpServletRequest verzoek) {
        return verzoek.getMethod() + " " + verzoek.getRequestURI();
    }
}
