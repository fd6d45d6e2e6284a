package nl.fermwerk.inburgering.modellen.web;

import java.net.URI;
import nl.fermwerk.inburgering.basis.Probleem;
import nl.fermwerk.inburgering.modellen.GestarteMigratie;
import nl.fermwerk.inburgering.modellen.MigratieVerzoek;
import nl.fermwerk.inburgering.modellen.Migraties;
import nl.fermwerk.inburgering.modellen.Migratievoorstel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Migration of running dossiers to another process version, for functioneel beheer (the security chain admits only
 * that group). {@code ?proefdraai=true} (or {@code /proefdraai}) only reports; without it the migration starts as a
 * batch and the answer is 202 with the batch's URL.
 */
@RestController
@RequestMapping(path = "/api/beheer/migraties", produces = MediaType.APPLICATION_JSON_VALUE)
class MigratieController {

    private final Migraties migraties;

    MigratieController(Migraties migraties) {
        this.migraties = migraties;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> migreer(@RequestBody MigratieVerzoek verzoek,
                                   @RequestParam(defaultValue = "false") boolean proefdraai) {
        if (proefdraai) {
            return ResponseEntity.ok(migraties.proefdraai(verzoek));
        }
        GestarteMigratie gestart = migraties.start(verzoek);
        return ResponseEntity.accepted().location(URI.create("/api/beheer/migraties/" + gestart.batchId()))
                .body(gestart);
    }

    @PostMapping(path = "/proefdraai", consumes = MediaType.APPLICATION_JSON_VALUE)
    Migratievoorstel proefdraai(@RequestBody MigratieVerzoek verzoek) {
        return migraties.proefdraai(verzoek);
    }

    @GetMapping("/{batchId}")
    ResponseEntity<Object> status(@PathVariable String batchId) {
        return migraties.status(batchId).<ResponseEntity<Object>>map(ResponseEntity::ok).orElseThrow(() ->
                new Probleem(HttpStatus.NOT_FOUND, "Migratie niet gevonden",
                        "Er is geen migratie (batch) met id '" + batchId + "'."));
    }
}
