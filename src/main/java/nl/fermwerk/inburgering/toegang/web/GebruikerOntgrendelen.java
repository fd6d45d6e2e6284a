package nl.fermwerk.inburgering.toegang.web;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
    ResponseEntity<?> ontgrendel(@PathVariable String gebruiker, Authentication beheerder) {
        if (identiteit.createUserQuery().userId(gebruiker).count() == 0) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Gebruiker '" + gebruiker + "' bestaat niet.");
            p.setTitle("Gebruiker niet gevonden");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(p);
        }
        identiteit.unlockUser(gebruiker);
        LOG.warn("Gebruiker '{}' ontgrendeld door '{}'", gebruiker, beheerder.getName());
        return ResponseEntity.noContent().build();
    }
}
