package nl.fermwerk.inburgering.toegang.web;

import nl.fermwerk.inburgering.basis.Probleem;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Functioneel beheer lifts the lock of a user at once, after a user called about being locked out by wrong
 * passwords (toegang.TijdelijkeBlokkade). Only functioneel beheer reaches it (Beveiliging: /api/beheer/**).
 */
@RestController
class GebruikerOntgrendelen {

    private static final Logger LOG = LoggerFactory.getLogger(GebruikerOntgrendelen.class);

    private final IdentityService identiteit;

    GebruikerOntgrendelen(IdentityService identiteit) {
        this.identiteit = identiteit;
    }

    @PostMapping("/api/beheer/gebruikers/{gebruiker}/ontgrendelen")
    ResponseEntity<Void> ontgrendel(@PathVariable String gebruiker, Authentication beheerder) {
        if (identiteit.createUserQuery().userId(gebruiker).count() == 0) {
            throw new Probleem(HttpStatus.NOT_FOUND, "Gebruiker niet gevonden",
                    "Gebruiker '" + gebruiker + "' bestaat niet.");
        }
        identiteit.unlockUser(gebruiker);
        LOG.warn("Gebruiker '{}' ontgrendeld door '{}'", gebruiker, beheerder.getName());
        return ResponseEntity.noContent().build();
    }
}
