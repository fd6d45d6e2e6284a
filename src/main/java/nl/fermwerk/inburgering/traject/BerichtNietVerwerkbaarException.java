package nl.fermwerk.inburgering.traject;

/** The trajectory cannot take this message now (closed dossier, or no waiting event): answered with 409. */
public class BerichtNietVerwerkbaarException extends RuntimeException {

    public BerichtNietVerwerkbaarException(String dossierId, String reden) {
        super("Dossier " + dossierId + " kan dit bericht nu niet verwerken: " + reden);
    }
}
