package nl.fermwerk.inburgering.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.DossierStaat;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.NieuwDossier;
import nl.fermwerk.inburgering.toegang.Doel;
import nl.fermwerk.inburgering.toegang.DossierToegang;
import nl.fermwerk.inburgering.toegang.GeenToegangException;
import nl.fermwerk.inburgering.toegang.Toegangslog;
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

/**
 * The dossier API (docs/ontwerp.md, "Our HTTP API"): koppelingen and meldingen in, dossier state and history out. Every answer follows the
 * access model ({@link DossierToegang}): Ferm Werk and functioneel beheer see everything, a ketenpartner only dossiers
 * of gemeenten where the taakverdeling gives it a role, in a reduced view. Every read or change of a dossier is
 * written to the {@link Toegangslog} before the data leaves, with the purpose ({@code ?doel=} or {@code X-Doel}).
 */
@RestController
@RequestMapping(path = "/api/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class DossierController {

    private static final int MAX_PAGINA_GROOTTE = 200;

    private final DossierService service;
    private final Dossiers dossiers;
    private final DossierToegang toegang;
    private final Toegangslog log;

    DossierController(DossierService service, Dossiers dossiers, DossierToegang toegang, Toegangslog log) {
        this.service = service;
        this.dossiers = dossiers;
        this.toegang = toegang;
        this.log = log;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> open(@RequestBody NieuwDossier nieuw, Authentication gebruiker,
                                             HttpServletRequest verzoek) {
        String doel = Doel.van(verzoek, "koppeling of melding registreren");
        DossierStaat dossier = service.open(nieuw, gebruiker.getName());
        log.registreer(gebruiker.getName(), dossier.dossierId(), Doel.endpoint(verzoek), doel);
        return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.dossierId()))
                .body(Map.of("dossierId", dossier.dossierId(), "status", "OPEN", "fase", dossier.fase().name()));
    }

    @GetMapping
    Map<String, Object> lijst(@RequestParam(required = false) String gemeente,
                              @RequestParam(defaultValue = "0") int pagina,
                              @RequestParam(defaultValue = "50") int grootte,
                              Authentication gebruiker, HttpServletRequest verzoek) {
        Gemeente filter = gemeente == null ? null : gemeente(gemeente);
        if (pagina < 0) {
            throw new OngeldigeInvoerException("pagina", "De pagina begint bij 0.");
        }
        if (grootte < 1 || grootte > MAX_PAGINA_GROOTTE) {
            throw new OngeldigeInvoerException("grootte", "De paginagrootte ligt tussen 1 en " + MAX_PAGINA_GROOTTE + ".");
        }
        String doel = Doel.van(verzoek, "dossieroverzicht");
        if (!toegang.magDossiersZien(gebruiker)) {
            throw new GeenToegangException("Uw rol geeft geen toegang tot dossiers van personen.");
        }
        Set<Gemeente> zichtbaar = toegang.gemeenten(gebruiker);
        List<DossierStaat> pagina_;
        long totaal;
        if (zichtbaar.size() == Gemeente.values().length || filter != null) {
            // One gemeente, or all of them: the projection pages itself. A gemeente outside the caller's role
            // answers an empty page, as if it had no dossiers
            boolean mag = filter == null || zichtbaar.contains(filter);
            pagina_ = mag ? dossiers.lijst(filter, pagina, grootte) : List.of();
            totaal = mag ? dossiers.aantal(filter) : 0;
        } else {
            pagina_ = samengevoegd(zichtbaar, pagina, grootte);
            totaal = zichtbaar.stream().mapToLong(dossiers::aantal).sum();
        }
        log.registreer(gebruiker.getName(), pagina_.stream().map(DossierStaat::dossierId).toList(),
                Doel.endpoint(verzoek), doel);
        List<Object> weergave = pagina_.stream().map(d -> weergave(gebruiker, d)).toList();
        return Map.of("dossiers", weergave, "pagina", pagina, "grootte", grootte, "totaal", totaal);
    }

    @GetMapping("/{id}")
    Object dossier(@PathVariable String id, @RequestParam(required = false) LocalDate peildatum,
                   Authentication gebruiker, HttpServletRequest verzoek) {
        String doel = Doel.van(verzoek, peildatum == null ? "dossier raadplegen" : "dossier raadplegen per peildatum");
        DossierStaat huidig = toegestaan(id, gebruiker, verzoek, doel);
        DossierStaat staat;
        if (peildatum == null) {
            staat = huidig;
        } else {
            if (peildatum.isAfter(Klok.vandaag())) {
                throw new OngeldigeInvoerException("peildatum", "De peildatum mag niet in de toekomst liggen.");
            }
            // A peildatum means "at the end of that day"
            staat = service.vindOp(id, peildatum.plusDays(1).atStartOfDay(Klok.ZONE).toInstant().minusMillis(1));
        }
        log.registreer(gebruiker.getName(), id, Doel.endpoint(verzoek), doel);
        return weergave(gebruiker, staat);
    }

    @GetMapping("/{id}/gebeurtenissen")
    List<?> gebeurtenissen(@PathVariable String id, Authentication gebruiker, HttpServletRequest verzoek) {
        String doel = Doel.van(verzoek, "dossierhistorie raadplegen");
        DossierStaat dossier = toegestaan(id, gebruiker, verzoek, doel);
        List<Gebeurtenis> alle = service.gebeurtenissen(id);
        log.registreer(gebruiker.getName(), id, Doel.endpoint(verzoek), doel);
        if (toegang.volledigZicht(gebruiker)) {
            return alle;
        }
        // A partner sees the events without an onderdeel (the dossier's course) and those of its own onderdelen
        Set<String> onderdelen = toegang.onderdelen(gebruiker, dossier.gemeente());
        return alle.stream()
                .filter(g -> !(g.data().get("onderdeel") instanceof String o) || onderdelen.contains(o))
                .map(BeperkteGebeurtenis::van).toList();
    }

    /** The dossier, when the caller may see it; a refusal is logged before it is answered. */
    private DossierStaat toegestaan(String id, Authentication gebruiker, HttpServletRequest verzoek, String doel) {
        if (!toegang.magDossiersZien(gebruiker)) {
            log.registreerGeweigerd(gebruiker.getName(), id, Doel.endpoint(verzoek), doel);
            throw new GeenToegangException("Uw rol geeft geen toegang tot dossiers van personen.");
        }
        DossierStaat dossier = service.vind(id);
        if (!toegang.magLezen(gebruiker, dossier.gemeente())) {
            log.registreerGeweigerd(gebruiker.getName(), id, Doel.endpoint(verzoek), doel);
            throw new GeenToegangException("Uw organisatie heeft in de taakverdeling geen rol in de gemeente van dit "
                    + "dossier.");
        }
        return dossier;
    }

    private Object weergave(Authentication gebruiker, DossierStaat staat) {
        return toegang.volledigZicht(gebruiker) ? staat : BeperktDossier.van(staat);
    }

    /** One page over several gemeenten, in the projection's order (dossier id), for a partner in more than one. */
    private List<DossierStaat> samengevoegd(Set<Gemeente> gemeenten, int pagina, int grootte) {
        int tot = (pagina + 1) * grootte;
        List<DossierStaat> alle = new ArrayList<>();
        for (Gemeente g : gemeenten) {
            alle.addAll(dossiers.lijst(g, 0, tot));
        }
        alle.sort(Comparator.comparing(DossierStaat::dossierId));
        int van = Math.min(pagina * grootte, alle.size());
        return List.copyOf(alle.subList(van, Math.min(tot, alle.size())));
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
