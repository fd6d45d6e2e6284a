package nl.fermwerk.inburgering.traject;

import nl.fermwerk.inburgering.basis.Probleem;
import org.springframework.http.HttpStatus;

/** The trajectory cannot take this message now (closed dossier, or no waiting event): answered with 409. */
public class BerichtNietVerwerkbaarException extends Probleem {

    public BerichtNietVerwerkbaarException(String dossierId, String reden) {
        super(HttpStatus.CONFLICT, "Bericht niet verwerkbaar",
                "Dossier " + dossierId + " kan dit bericht nu niet verwerken: " + reden + ".");
    }
}
