package nl.fermwerk.inburgering.dossier.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gemeente;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.dossier.OngeldigeInvoerException;
import nl.fermwerk.inburgering.simulatie.Klok;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The dossier API of design.md: koppelingen and meldingen in, dossier state and history out. */
@RestController
@RequestMapping(path = "/api/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class DossierController {

    private static final int MAX_PAGINA_GROOTTE = 200;

    private final DossierService service;
    private final Dossiers dossiers;

    DossierController(DossierService service, Dossiers dossiers) {
        this.service = service;
        this.dossiers = dossiers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> open(@RequestBody NieuwDossier nieuw, Authentication gebruiker) {
        DossierStaat dossier = service.open(nieuw, gebruiker.getName());
        return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.dossierId()))
                .body(Map.of("dossierId", dossier.dossierId(), "status", "OPEN", "fase", dossier.fase().name()));
    }

    @GetMapping
    Map<String, Object> lijst(@RequestParam(required = false) String gemeente,
                              @RequestParam(defaultValue = "0") int pagina,
                              @RequestParam(defaultValue = "50") int grootte) {
        Gemeente filter = gemeente == null ? null : gemeente(gemeente);
        if (pagina < 0) {
            throw new OngeldigeInvoerException("pagina", "De pagina begint bij 0.");
        }
        if (grootte < 1 || grootte > MAX_PAGINA_GROOTTE) {
            throw new OngeldigeInvoerException("grootte", "De paginagrootte ligt tussen 1 en " + MAX_PAGINA_GROOTTE + ".");
        }
        List<DossierStaat> pagina_ = dossiers.lijst(filter, pagina, grootte);
        return Map.of("dossiers", pagina_, "pagina", pagina, "grootte", grootte, "totaal", dossiers.aantal(filter));
    }

    @GetMapping("/{id}")
    DossierStaat dossier(@PathVariable String id, @RequestParam(required = false) LocalDate peildatum) {
        if (peildatum == null) {
            return service.vind(id);
        }
        if (peildatum.isAfter(Klok.vandaag())) {
            throw new OngeldigeInvoerException("peildatum", "De peildatum mag niet in de toekomst liggen.");
        }
        // A peildatum means "at the end of that day"
        return service.vindOp(id, peildatum.plusDays(1).atStartOfDay(Klok.ZONE).toInstant().minusMillis(1));
    }

    @GetMapping("/{id}/gebeurtenissen")
    List<Gebeurtenis> gebeurtenissen(@PathVariable String id) {
        return service.gebeurtenissen(id);
    }

    private static Gemeente gemeente(String code) {
        try {
            return Gemeente.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new OngeldigeInvoerException("gemeente", "Onbekende gemeente '" + code
                    + "'; kies uit WOERDEN, OUDEWATER, MONTFOORT, BODEGRAVEN_REEUWIJK.");
        }
    }
}
