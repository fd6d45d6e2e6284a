package nl.fermwerk.inburgering.rapportage.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import nl.fermwerk.inburgering.rapportage.CbsLeveringen;
import nl.fermwerk.inburgering.rapportage.DossierRegel;
import nl.fermwerk.inburgering.rapportage.Exports;
import nl.fermwerk.inburgering.rapportage.RapportageHerbouw;
import nl.fermwerk.inburgering.rapportage.Rapportages;
import nl.fermwerk.inburgering.rapportage.StatistischeBeveiliging;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registratie, management information and exports. Who may call what is set in {@code toegang.Beveiliging}:
 * kengetallen (aggregates) also for management and beleidsmedewerkers, with small cells suppressed for them
 * ({@link StatistischeBeveiliging}); lists for Ferm Werk; BSN-bearing exports for casusregie and functioneel beheer
 * only; rebuild and check for functioneel beheer.
 */
@RestController
@RequestMapping("/api/rapportages")
class RapportageController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final Rapportages rapportages;
    private final RapportageHerbouw herbouw;
    private final Exports exports;
    private final CbsLeveringen cbs;
    private final Toegangslog toegangslog;
    private final StatistischeBeveiliging beveiliging;

    RapportageController(Rapportages rapportages, RapportageHerbouw herbouw, Exports exports, CbsLeveringen cbs,
                         Toegangslog toegangslog, StatistischeBeveiliging beveiliging) {
        this.beveiliging = beveiliging;
        this.rapportages = rapportages;
        this.herbouw = herbouw;
        this.exports = exports;
        this.cbs = cbs;
        this.toegangslog = toegangslog;
    }

    @GetMapping(path = "/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
    Rapportages.Pagina<Rapportages.LijstRegel> dossiers(
            @RequestParam(required = false) String gemeente, @RequestParam(required = false) String fase,
            @RequestParam(required = false) String leerroute, @RequestParam(required = false) Boolean termijnVerlopen,
            @RequestParam(required = false) String zoek, @RequestParam(required = false) Boolean openEscalatie,
            @RequestParam(required = false) String sorteer, @RequestParam(required = false) String richting,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
            @RequestParam(defaultValue = "0") int pagina, @RequestParam(defaultValue = "50") int grootte,
            Principal wie) {
        Rapportages.Pagina<Rapportages.LijstRegel> resultaat = rapportages.lijst(
                new Rapportages.Filter(gemeente, fase, leerroute, termijnVerlopen, zoek, openEscalatie), peildatum,
                Rapportages.Sortering.van(sorteer), Werkvoorraad.aflopend(richting), pagina, grootte);
        // Names on a list page are personal data: each listed dossier counts as read
        toegangslog.registreer(wie.getName(), resultaat.dossiers().stream().map(Rapportages.LijstRegel::dossierId)
                .toList(), "GET /api/rapportages/dossiers", "registratielijst");
        return resultaat;
    }

    /** The dashboard's data. Figures reach a reader only through StatistischeBeveiliging (small cells). */
    @GetMapping(path = "/kengetallen", produces = MediaType.APPLICATION_JSON_VALUE)
    Rapportages.KengetallenOverzicht kengetallen(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
            @RequestParam(required = false) String gemeente, Authentication wie) {
        return beveiliging.kengetallen(wie, peildatum, gemeente);
    }

    @PostMapping(path = "/herbouw", produces = MediaType.APPLICATION_JSON_VALUE)
    RapportageHerbouw.Resultaat herbouw() {
        return herbouw.herbouw();
    }

    @GetMapping(path = "/controle", produces = MediaType.APPLICATION_JSON_VALUE)
    RapportageHerbouw.Controle controle() {
        return herbouw.controleer();
    }

    @GetMapping("/export/cbs.csv")
    ResponseEntity<String> cbsExport(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                                     Principal wie) {
        LocalDate peil = rapportages.peildatumOfVandaag(peildatum);
        String csv = exports.cbs(peil);
        logExport(wie, peil, "GET /api/rapportages/export/cbs.csv", "levering CBS Statistiek Wet Inburgering");
        return csv("cbs-swi-" + peil + ".csv", csv);
    }

    @GetMapping("/export/duo.csv")
    ResponseEntity<String> duoExport(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                                     Principal wie) {
        LocalDate peil = rapportages.peildatumOfVandaag(peildatum);
        String csv = exports.duo(peil);
        logExport(wie, peil, "GET /api/rapportages/export/duo.csv", "gegevenslevering DUO");
        return csv("duo-" + peil + ".csv", csv);
    }

    @GetMapping("/export/management.csv")
    ResponseEntity<String> managementCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                                         Authentication wie) {
        Rapportages.KengetallenOverzicht overzicht = beveiliging.kengetallen(wie, peildatum, null);
        return csv("kengetallen-" + overzicht.peildatum() + ".csv", exports.management(overzicht));
    }

    @GetMapping(path = "/export/management.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Rapportages.KengetallenOverzicht managementJson(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
            Authentication wie) {
        return beveiliging.kengetallen(wie, peildatum, null);
    }

    @GetMapping(path = "/cbs/leveringen", produces = MediaType.APPLICATION_JSON_VALUE)
    CbsLeveringen.Status cbsStatus(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum) {
        return cbs.status(rapportages.peildatumOfVandaag(peildatum));
    }

    record Levering(int jaar, int kwartaal) {
    }

    @PostMapping(path = "/cbs/leveringen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> cbsLevering(@RequestBody Levering levering, Principal wie) {
        var g = cbs.registreer(levering.jaar(), levering.kwartaal(), wie.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("stroom", g.dossierId(), "volgnummer",
                g.volgnummer(), "type", g.type(), "tijdstip", g.tijdstip().toString()));
    }

    /** An export with BSN reads every dossier in it: the privacy officer finds it in each dossier's log. */
    private void logExport(Principal wie, LocalDate peil, String endpoint, String doel) {
        toegangslog.registreer(wie.getName(), rapportages.regels(peil).stream().map(DossierRegel::dossierId).toList(),
                endpoint, doel + " per " + peil);
    }

    private static ResponseEntity<String> csv(String bestand, String inhoud) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bestand + "\"").body(inhoud);
    }
}
