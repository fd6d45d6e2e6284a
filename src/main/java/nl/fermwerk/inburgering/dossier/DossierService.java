package nl.fermwerk.inburgering.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Object> data = gegevens(nieuw);
        try {
            gebeurtenissen.voegToe(dossierId, 0,
                    new NieuweGebeurtenis(GebeurtenisTypen.DOSSIER_AANGEMAAKT, data, Klok.nu(), actor));
        } catch (DuplicateKeyException gelijktijdig) {
            // Two koppelingen for one BSN at the same moment: the unique open_bsn lets one through
            throw new OpenDossierBestaatException(dossiers.openDossierVoorBsn(nieuw.bsn()).orElse("onbekend"));
        }
        return dossiers.vind(dossierId).orElseThrow();
    }

    /** The data of {@code DossierAangemaakt} for a validated koppeling. */
    public static Map<String, Object> gegevens(NieuwDossier nieuw) {
        Gemeente gemeente = Gemeente.valueOf(nieuw.gemeente());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("bsn", nieuw.bsn());
        data.put("naam", nieuw.naam().strip());
        data.put("geboortedatum", nieuw.geboortedatum().toString());
        data.put("doelgroep", nieuw.doelgroep());
        data.put("gemeente", gemeente.name());
        data.put("inkoopregio", gemeente.inkoopregio().name());
        data.put("uitkering", nieuw.uitkering());
        data.put("datumKoppeling", nieuw.datumKoppeling().toString());
        return data;
    }

    public DossierStaat vind(String dossierId) {
        return dossiers.vind(dossierId).orElseThrow(() -> new DossierNietGevondenException(dossierId));
    }

    /** The dossier as its events described it at the peilmoment; empty history then means it did not exist yet. */
    public DossierStaat vindOp(String dossierId, java.time.Instant peilmoment) {
        vind(dossierId);
        DossierStaat staat = DossierProjectie.vanGebeurtenissen(gebeurtenissen.vanDossierTot(dossierId, peilmoment));
        if (staat == null) {
            throw new DossierNietGevondenException(dossierId);
        }
        return staat;
    }

    public List<Gebeurtenis> gebeurtenissen(String dossierId) {
        vind(dossierId);
        return gebeurtenissen.vanDossier(dossierId);
    }
}
