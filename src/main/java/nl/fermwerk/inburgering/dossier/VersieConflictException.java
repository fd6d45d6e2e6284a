package nl.fermwerk.inburgering.dossier;

/** Another writer appended to the dossier first: the caller works on a stale version and must reload. */
public class VersieConflictException extends RuntimeException {

    public VersieConflictException(String dossierId, int verwachteVersie, int werkelijkeVersie) {
        super("Dossier " + dossierId + " is intussen gewijzigd: verwachte versie " + verwachteVersie
                + ", actuele versie " + werkelijkeVersie);
    }
}
