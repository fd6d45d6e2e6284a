package nl.fermwerk.inburgering.dossier;

/** A second koppeling or melding for someone whose trajectory is still running. */
public class OpenDossierBestaatException extends RuntimeException {

    private final String bestaandDossierId;

    public OpenDossierBestaatException(String bestaandDossierId) {
        super("Voor dit BSN loopt al een open dossier: " + bestaandDossierId);
        this.bestaandDossierId = bestaandDossierId;
    }

    public String bestaandDossierId() {
        return bestaandDossierId;
    }
}
