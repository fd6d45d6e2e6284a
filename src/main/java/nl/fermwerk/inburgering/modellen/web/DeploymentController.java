package nl.fermwerk.inburgering.modellen.web;

import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.modellen.DeploymentRegistratie;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of deployments, newest first, for functioneel beheer (the security chain admits only that group to
 * /api/beheer/**): who deployed which models when, what changed, and which deployments were refused and why.
 */
@RestController
class DeploymentController {

    static final int MAX_GROOTTE = 200;

    private final DeploymentRegistratie registratie;

    DeploymentController(DeploymentRegistratie registratie) {
        this.registratie = registratie;
    }

    @GetMapping(path = "/api/beheer/deployments", produces = MediaType.APPLICATION_JSON_VALUE)
    DeploymentRegistratie.Pagina lijst(@RequestParam(defaultValue = "0") int pagina,
                                       @RequestParam(defaultValue = "50") int grootte) {
        if (pagina < 0) {
            throw new OngeldigeInvoerException("pagina", "De pagina begint bij 0.");
        }
        if (grootte < 1 || grootte > MAX_GROOTTE) {
            throw new OngeldigeInvoerException("grootte", "De paginagrootte ligt tussen 1 en " + MAX_GROOTTE + ".");
        }
        return registratie.lijst(pagina, grootte);
    }
}
