package nl.fermwerk.inburgering.toegang;

/** The caller's role gives no access to this dossier or action; answered with 403 (and logged as GEWEIGERD). */
public class GeenToegangException extends RuntimeException {

    public GeenToegangException(String detail) {
        super(detail);
    }
}
