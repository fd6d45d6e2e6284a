package nl.fermwerk.inburgering.watals.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.watals.Watals;
import nl.fermwerk.inburgering.watals.Watalsopdracht;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The what-if replay for beleidsmedewerkers (group {@code beleidsmedewerker} only, toegang.Beveiliging): POST the
 * changed models, follow the replay, read before/after/difference; and the page that does it in a browser. Reads
 * no dossier, so nothing goes into the access log; every replay is logged with who started it.
 */
@RestController
class WatalsController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final Watals watals;

    WatalsController(Watals watals) {
        this.watals = watals;
    }

    @PostMapping(path = "/api/beleid/watals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> start(@RequestParam(name = "bestanden", required = false) List<MultipartFile> bestanden,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vanaf,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
                                              @RequestParam(required = false) Integer aantal,
                                              @RequestParam(required = false) Long zaad,
                                              Principal wie) throws IOException {
        Map<String, byte[]> inhoud = new LinkedHashMap<>();
        for (MultipartFile bestand : bestanden == null ? List.<MultipartFile>of() : bestanden) {
            if (bestand.isEmpty() || bestand.getOriginalFilename() == null) {
                continue;
            }
            if (inhoud.put(bestand.getOriginalFilename(), bestand.getBytes()) != null) {
                throw new OngeldigeInvoerException("bestanden", "Het bestand '" + bestand.getOriginalFilename()
                        + "' staat er twee keer in.");
            }
        }
        Watalsopdracht opdracht = watals.start(new Watals.Verzoek(inhoud, vanaf, tot, aantal, zaad), wie.getName());
        return ResponseEntity.accepted().location(URI.create("/api/beleid/watals/" + opdracht.id()))
                .body(opdracht.alsAntwoord());
    }

    /** Replays the deployed side ahead (docs/watals.md, "Voorbereiden"): 200 when it is ready, 202 while it runs. */
    @PostMapping(path = "/api/beleid/watals/voorbereiding", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> bereidVoor(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate vanaf,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
                                                   @RequestParam(required = false) Integer aantal,
                                                   @RequestParam(required = false) Long zaad,
                                                   Principal wie) {
        Map<String, Object> stand = watals.bereidVoor(aantal, zaad, vanaf, tot, wie.getName());
        return "KLAAR".equals(stand.get("status")) ? ResponseEntity.ok(stand)
                : ResponseEntity.accepted().body(stand);
    }

    @GetMapping(path = "/api/beleid/watals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> opdracht(@PathVariable String id) {
        return watals.opdracht(id).alsAntwoord();
    }

    @DeleteMapping(path = "/api/beleid/watals/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> stop(@PathVariable String id) {
        return watals.stop(id).alsAntwoord();
    }

    @GetMapping("/beleid/watals")
    ResponseEntity<String> pagina() throws IOException {
        return ResponseEntity.ok().contentType(HTML)
                .body(new ClassPathResource("watals/watals.html").getContentAsString(StandardCharsets.UTF_8));
    }
}
