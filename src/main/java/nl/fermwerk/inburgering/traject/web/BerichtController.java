package nl.fermwerk.inburgering.traject.web;

import java.security.Principal;
import java.util.Map;
import nl.fermwerk.inburgering.traject.Bericht;
import nl.fermwerk.inburgering.traject.Berichten;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dossiers/{id}/berichten}: a message from DUO or about a verhuizing, delivered to the running
 * trajectory. Casusregie and functioneel beheer only (see {@code toegang.Beveiliging}).
 */
@RestController
@RequestMapping("/api/dossiers/{dossierId}/berichten")
public class BerichtController {

    private final Berichten berichten;

    public BerichtController(Berichten berichten) {
        this.berichten = berichten;
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<Map<String, String>> ontvang(@PathVariable String dossierId, @RequestBody Bericht bericht,
                                                       Principal gebruiker) {
        berichten.ontvang(dossierId, bericht, gebruiker.getName());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("dossierId", dossierId,
                "bericht", bericht.bericht(), "status", "verwerkt"));
    }
}
