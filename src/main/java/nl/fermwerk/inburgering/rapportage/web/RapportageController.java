package nl.fermwerk.inburgering.rapportage.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.rapportage.CbsBestanden;
import nl.fermwerk.inburgering.rapportage.CbsLeveringen;
import nl.fermwerk.inburgering.rapportage.Cohorten;
import nl.fermwerk.inburgering.rapportage.DuoWerklijst;
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
import org.springframework.web.bind.annotation.PathVariable;
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
    private final CbsBestanden cbsBestanden;
    private final DuoWerklijst duo;
    private final Toegangslog toegangslog;
    private final StatistischeBeveiliging beveiliging;

    RapportageController(Rapportages rapportages, RapportageHerbouw herbouw, Exports exports, CbsLeveringen cbs,
                         CbsBestanden cbsBestanden, DuoWerklijst duo, Toegangslog toegangslog,
                         StatistischeBeveiliging beveiliging) {
        this.cbsBestanden = cbsBestanden;
        this.duo = duo;
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

    /** Intake and uitstroom per cohort and doelgroep: exact, for who sees the dossiers (docs/rapportages.md). */
    @GetMapping(path = "/cohorten", produces = MediaType.APPLICATION_JSON_VALUE)
    Cohorten cohorten(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                      @RequestParam(required = false) String gemeente) {
        return rapportages.cohorten(peildatum, gemeente);
    }

    @PostMapping(path = "/herbouw", produces = MediaType.APPLICATION_JSON_VALUE)
    RapportageHerbouw.Resultaat herbouw() {
        return herbouw.herbouw();
    }

    @GetMapping(path = "/controle", produces = MediaType.APPLICATION_JSON_VALUE)
    RapportageHerbouw.Controle controle() {
        return herbouw.controleer();
    }

    /**
     * The CBS SWI file of one gemeente (our code or its CBS code) for one ended quarter, as known at {@code bekendOp}
     * (ISO instant; default now). The headers name the version: send that file, then register it with the same
     * {@code bekendOp}.
     */
    @GetMapping("/export/cbs/{gemeente}/{jaar}/{kwartaal}.csv")
    ResponseEntity<String> cbsKwartaal(@PathVariable String gemeente, @PathVariable int jaar,
                                       @PathVariable String kwartaal, @RequestParam(required = false) String bekendOp,
                                       Principal wie) {
        CbsBestanden.Bestand bestand = cbsBestanden.maak(gemeenteVan(gemeente), CbsLeveringen.Kwartaal.van(jaar,
                kwartaal), moment(bekendOp));
        // An export with BSN reads every dossier in it: the privacy officer finds it in each dossier's log
        toegangslog.registreer(wie.getName(), bestand.dossierIds(), "GET /api/rapportages/export/cbs/" + gemeente
                + "/" + jaar + "/" + kwartaal + ".csv", "levering CBS Statistiek Wet Inburgering "
                + bestand.kwartaal() + " bekend op " + bestand.bekendOp());
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cbs-swi-"
                        + bestand.gemeente().cbsCode() + "-" + bestand.kwartaal() + ".csv\"")
                .header("X-Bekend-Op", bestand.bekendOp().toString())
                .header("X-Sha256", bestand.sha256())
                .header("X-Aantal-Records", String.valueOf(bestand.aantalRecords()))
                .body(bestand.inhoud());
    }

    /** DUO: what casusregie still has to register in DUO's Portaal Inburgering (docs/rapportages.md). */
    @GetMapping(path = "/duo/werklijst", produces = MediaType.APPLICATION_JSON_VALUE)
    List<DuoWerklijst.Item> duoWerklijst(@RequestParam(required = false) String gemeente,
                                         @RequestParam(defaultValue = "false") boolean ookGedaan, Principal wie) {
        List<DuoWerklijst.Item> lijst = duo.werklijst(gemeente, ookGedaan);
        // Names on the list are personal data: each listed dossier counts as read
        toegangslog.registreer(wie.getName(), lijst.stream().map(DuoWerklijst.Item::dossierId).distinct().toList(),
                "GET /api/rapportages/duo/werklijst", "DUO-werklijst");
        return lijst;
    }

    record DuoRegistratie(LocalDate datumRegistratie) {
    }

    @PostMapping(path = "/duo/werklijst/{dossierId}/{item}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DuoWerklijst.Item> duoGedaan(@PathVariable String dossierId, @PathVariable String item,
                                                @RequestBody DuoRegistratie registratie, Principal wie) {
        DuoWerklijst.Item gedaan = duo.markeer(dossierId, item, registratie == null ? null
                : registratie.datumRegistratie(), wie.getName());
        toegangslog.registreer(wie.getName(), dossierId, "POST /api/rapportages/duo/werklijst/" + dossierId + "/"
                + item, "registratie in DUO-portaal");
        return ResponseEntity.status(HttpStatus.CREATED).body(gedaan);
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

    record Levering(String gemeente, int jaar, int kwartaal, String bekendOp) {
    }

    /**
     * Registers that a quarter's file of a gemeente was sent to CBS: the file as made at {@code bekendOp} (default
     * now), whose SHA-256 and record count the register keeps.
     */
    @PostMapping(path = "/cbs/leveringen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CbsLeveringen.Levering> cbsLevering(@RequestBody Levering levering, Principal wie) {
        if (levering.gemeente() == null || levering.gemeente().isBlank()) {
            throw new OngeldigeInvoerException("gemeente", "Kies de gemeente waarvoor geleverd is.");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(cbs.registreer(gemeenteVan(levering.gemeente()),
                levering.jaar(), levering.kwartaal(), moment(levering.bekendOp()), wie.getName()));
    }

    /** A gemeente by our code or by its CBS code (GM0632); an unknown one is a 400 naming {@code gemeente}. */
    private static Gemeente gemeenteVan(String waarde) {
        for (Gemeente g : Gemeente.values()) {
            if (g.cbsCode().equalsIgnoreCase(waarde.trim())) {
                return g;
            }
        }
        return Gemeente.valueOf(Rapportages.gemeente(waarde));
    }

    private static Instant moment(String bekendOp) {
        if (bekendOp == null || bekendOp.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(bekendOp.trim());
        } catch (DateTimeParseException e) {
            throw new OngeldigeInvoerException("bekendOp", "'" + bekendOp + "' is geen tijdstip (ISO-8601, "
                    + "bijvoorbeeld 2027-04-02T09:00:00Z).");
        }
    }

    private static ResponseEntity<String> csv(String bestand, String inhoud) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bestand + "\"").body(inhoud);
    }
}
