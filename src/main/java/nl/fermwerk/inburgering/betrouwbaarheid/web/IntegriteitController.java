package nl.fermwerk.inburgering.betrouwbaarheid.web;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Probleem;
import nl.fermwerk.inburgering.betrouwbaarheid.Integriteit;
import nl.fermwerk.inburgering.toegang.Groepen;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/beheer/integriteit}: the integrity check of the register, for functioneel beheer only. Answers 200
 * with {@code heel: true|false}, the counts and the findings.
 */
@RestController
class IntegriteitController {

    private final Integriteit integriteit;

    IntegriteitController(Integriteit integriteit) {
        this.integriteit = integriteit;
    }

    @GetMapping(path = "/api/beheer/integriteit", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> integriteit(Authentication gebruiker) {
        boolean beheerder = gebruiker.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("GROUP_" + Groepen.FUNCTIONEEL_BEHEER));
        if (!beheerder) {
            throw new Probleem(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Alleen functioneel beheer mag de integriteitscontrole uitvoeren.");
        }
        Integriteit.Rapport rapport = integriteit.controleer();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("heel", rapport.heel());
        body.put("tellingen", rapport.tellingen());
        body.put("bevindingen", rapport);
        return ResponseEntity.ok(body);
    }
}
