package nl.fermwerk.inburgering.dossier;

public class DossierNietGevondenException extends RuntimeException {

    public DossierNietGevondenException(String dossierId) {
        super("Dossier " + dossierId + " bestaat niet");
    }
}
