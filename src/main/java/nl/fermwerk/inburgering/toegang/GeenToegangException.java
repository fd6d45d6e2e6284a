package nl.fermwerk.inburgering.toegang;

import nl.fermwerk.inburgering.basis.Probleem;
import org.springframework.http.HttpStatus;

/** The caller's role gives no access to this dossier or action; answered with 403 (and logged as GEWEIGERD). */
public class GeenToegangException extends Probleem {

    public GeenToegangException(String detail) {
        super(HttpStatus.FORBIDDEN, "Geen toegang", detail);
    }
}
