package nl.fermwerk.inburgering.toegang.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.toegang.Doel;
import nl.fermwerk.inburgering.toegang.DossierToegang;
import nl.fermwerk.inburgering.toegang.GeenToegangException;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log of one dossier, for the privacy officer (functioneel beheer). Reading it is logged too. */
@RestController
class ToegangslogController {

    private final Toegangslog log;
    private final DossierToegang toegang;

    ToegangslogController(Toegangslog log, DossierToegang toegang) {
        this.log = log;
        this.toegang = toegang;
    }

    @GetMapping(path = "/api/toegangslog", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Toegangslog.Regel> vanDossier(@RequestParam String dossierId, Authentication gebruiker,
                                       HttpServletRequest verzoek) {
        if (dossierId.isBlank() || dossierId.length() > 40) {
            throw new OngeldigeInvoerException("dossierId", "Geef een dossiernummer, zoals IB-1001.");
        }
        String doel = Doel.van(verzoek, "toegangslog controleren (privacy)");
        if (!toegang.magInzage(gebruiker)) {
            log.registreerGeweigerd(gebruiker.getName(), dossierId, Doel.endpoint(verzoek), doel);
            throw new GeenToegangException("Alleen functioneel beheer raadpleegt het toegangslog.");
        }
        List<Toegangslog.Regel> regels = log.vanDossier(dossierId);
        log.registreer(gebruiker.getName(), dossierId, Doel.endpoint(verzoek), doel);
        return regels;
    }
}
