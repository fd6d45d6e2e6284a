package nl.fermwerk.inburgering.dossier;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Labels;

/** 404: no dossier with this number, or none yet on the asked peildatum (then the answer says so). */
public class DossierNietGevondenException extends RuntimeException {

    public DossierNietGevondenException(String dossierId) {
        super("Dossier " + dossierId + " bestaat niet");
    }

    /** The dossier exists, but its koppeling came after the end of the peildatum. */
    public DossierNietGevondenException(String dossierId, LocalDate peildatum) {
        super("Dossier " + dossierId + " bestond op " + Labels.datum(peildatum) + " nog niet");
    }
}
