package nl.fermwerk.inburgering.dossier;

import java.util.List;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens dossiers and answers questions about them. Opening writes {@code DossierAangemaakt}; the trajectory module
 * starts the process on that event within the same transaction, so a failure anywhere stores nothing.
 */
@Service
public class DossierService {

    private final DossierValidatie validatie;
    private final Dossiers dossiers;
    private final Gebeurtenissen gebeurtenissen;

    public DossierService(DossierValidatie validatie, Dossiers dossiers, Gebeurtenissen gebeurtenissen) {
        this.validatie = validatie;
        this.dossiers = dossiers;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Transactional
    public DossierStaat open(NieuwDossier nieuw, String actor) {
        validatie.controleer(nieuw);
        dossiers.openDossierVoorBsn(nieuw.bsn()).ifPresent(bestaand -> {
            throw new OpenDossierBestaatException(bestaand);
        });
        String dossierId = dossiers.volgendNummer();
        try {
            gebeurtenissen.voegToe(dossierId, 0, aangemaakt(nieuw), Klok.nu(), actor);
        } catch (DuplicateKeyException gelijktijdig) {
            // Two koppelingen for one BSN at the same moment: the unique open_bsn lets one through
            throw new OpenDossierBestaatException(dossiers.openDossierVoorBsn(nieuw.bsn()).orElse("onbekend"));
        }
        return dossiers.vind(dossierId).orElseThrow();
    }

    /** The {@code DossierAangemaakt} of a validated koppeling: its codes are known, so they parse. */
    public static Feit.DossierAangemaakt aangemaakt(NieuwDossier nieuw) {
        Gemeente gemeente = Gemeente.valueOf(nieuw.gemeente());
        return new Feit.DossierAangemaakt(nieuw.bsn(), nieuw.naam().strip(), nieuw.geboortedatum(),
                Doelgroep.valueOf(nieuw.doelgroep()), gemeente, gemeente.inkoopregio(), nieuw.uitkering(),
                nieuw.datumKoppeling());
    }

    public DossierStaat vind(String dossierId) {
        return dossiers.vind(dossierId).orElseThrow(() -> new DossierNietGevondenException(dossierId));
    }

    /** The dossier as its events described it at the peilmoment; empty history then means it did not exist yet. */
    public DossierStaat vindOp(String dossierId, java.time.Instant peilmoment) {
        vind(dossierId);
        Dossierverloop verloop = Dossierverloop.van(gebeurtenissen.vanDossierTot(dossierId, peilmoment));
        if (verloop == null) {
            throw new DossierNietGevondenException(dossierId,
                    java.time.LocalDate.ofInstant(peilmoment, nl.fermwerk.inburgering.basis.Klok.ZONE));
        }
        return DossierStaat.van(verloop);
    }

    public List<Gebeurtenis> gebeurtenissen(String dossierId) {
        vind(dossierId);
        return gebeurtenissen.vanDossier(dossierId);
    }
}
