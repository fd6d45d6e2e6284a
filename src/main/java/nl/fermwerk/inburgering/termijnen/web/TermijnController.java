package nl.fermwerk.inburgering.termijnen.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import nl.fermwerk.inburgering.termijnen.Termijnstand;
import nl.fermwerk.inburgering.toegang.Doel;
import nl.fermwerk.inburgering.toegang.DossierToegang;
import nl.fermwerk.inburgering.toegang.GeenToegangException;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dossiers/{id}/termijnen}: the dossier's terms with their start, deadline and status. The same
 * access as the dossier itself (docs/privacy.md): Ferm Werk and functioneel beheer every dossier, a ketenpartner only
 * dossiers of gemeenten where the taakverdeling gives it a role (terms name no person's data beyond the dossier's
 * course, which a partner already sees in the history); every read and every refusal is logged with its purpose.
 */
@RestController
@RequestMapping(path = "/api/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class TermijnController {

    private final DossierService dossiers;
    private final DossierToegang toegang;
    private final Toegangslog log;
    private final Termijnbewaking termijnbewaking;

    TermijnController(DossierService dossiers, DossierToegang toegang, Toegangslog log,
                      Termijnbewaking termijnbewaking) {
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.log = log;
        this.termijnbewaking = termijnbewaking;
    }

    @GetMapping("/{id}/termijnen")
    List<Termijnstand> termijnen(@PathVariable String id, Authentication gebruiker, HttpServletRequest verzoek) {
        String doel = Doel.van(verzoek, "termijnen raadplegen");
        if (!toegang.magDossiersZien(gebruiker)) {
            log.registreerGeweigerd(gebruiker.getName(), id, Doel.endpoint(verzoek), doel);
            throw new GeenToegangException("Uw rol geeft geen toegang tot dossiers van personen.");
        }
        DossierStaat dossier = dossiers.vind(id);
        if (!toegang.magLezen(gebruiker, dossier.gemeente())) {
            log.registreerGeweigerd(gebruiker.getName(), id, Doel.endpoint(verzoek), doel);
            throw new GeenToegangException("Uw organisatie heeft in de taakverdeling geen rol in de gemeente van dit "
                    + "dossier.");
        }
        log.registreer(gebruiker.getName(), id, Doel.endpoint(verzoek), doel);
        return termijnbewaking.vanDossier(id);
    }
}
