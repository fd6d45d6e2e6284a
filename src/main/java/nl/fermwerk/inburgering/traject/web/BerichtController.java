package nl.fermwerk.inburgering.traject.web;

import java.util.Map;
import nl.fermwerk.inburgering.modellen.Berichten;
import nl.fermwerk.inburgering.toegang.GeenToegangException;
import nl.fermwerk.inburgering.toegang.Groepen;
import nl.fermwerk.inburgering.traject.Bericht;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dossiers/{id}/berichten}: a message from DUO or about a verhuizing, delivered to the running
 * trajectory. Casusregie and functioneel beheer only (see {@code toegang.Beveiliging}); starting handhaving is a
 * decision of casusregie alone (UP, Taakverdeling: "het opleggen van boetes en maatregelen").
 */
@RestController
@RequestMapping("/api/dossiers/{dossierId}/berichten")
public class BerichtController {

    private static final String CASUSREGIE = "GROUP_" + Groepen.CASUSREGIE;

    private final nl.fermwerk.inburgering.traject.Berichten berichten;

    public BerichtController(nl.fermwerk.inburgering.traject.Berichten berichten) {
        this.berichten = berichten;
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<Map<String, String>> ontvang(@PathVariable String dossierId, @RequestBody Bericht bericht,
                                                       Authentication gebruiker) {
        if (Berichten.HANDHAVING_GESTART.equals(bericht.bericht()) && gebruiker.getAuthorities().stream()
                .noneMatch(a -> CASUSREGIE.equals(a.getAuthority()))) {
            throw new GeenToegangException("Alleen casusregie (Ferm Werk) start handhaving.");
        }
        berichten.ontvang(dossierId, bericht, gebruiker.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("dossierId", dossierId,
                "bericht", bericht.bericht(), "status", "verwerkt"));
    }
}
