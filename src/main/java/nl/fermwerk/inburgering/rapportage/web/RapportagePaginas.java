package nl.fermwerk.inburgering.rapportage.web;

import static nl.fermwerk.inburgering.rapportage.Html.escape;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.rapportage.DossierRegel;
import nl.fermwerk.inburgering.rapportage.Herspeler;
import nl.fermwerk.inburgering.rapportage.RapportageTermijnen;
import nl.fermwerk.inburgering.rapportage.Rapportages;
import nl.fermwerk.inburgering.rapportage.Trajectplaatje;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import nl.fermwerk.inburgering.termijnen.Termijnstand;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two pages: the dashboard (static HTML whose charts read the kengetallen API) and the dossier page, rendered
 * here as plain HTML with an inline SVG. The BSN is never shown on either.
 */
@RestController
class RapportagePaginas {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Rapportages rapportages;
    private final Gebeurtenissen gebeurtenissen;
    private final Trajectplaatje plaatje;
    private final RapportageTermijnen termijnen;
    private final Toegangslog toegangslog;
    private final Termijnbewaking termijnbewaking;

    RapportagePaginas(Rapportages rapportages, Gebeurtenissen gebeurtenissen, RapportageTermijnen termijnen,
                      Toegangslog toegangslog, Termijnbewaking termijnbewaking) {
        this.toegangslog = toegangslog;
        this.termijnbewaking = termijnbewaking;
        this.rapportages = rapportages;
        this.gebeurtenissen = gebeurtenissen;
        this.plaatje = new Trajectplaatje(termijnen);
        this.termijnen = termijnen;
    }

    @GetMapping("/dashboard")
    ResponseEntity<String> dashboard() throws IOException {
        String pagina = new ClassPathResource("rapportage/dashboard.html").getContentAsString(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(HTML).body(pagina);
    }

    @GetMapping("/dossiers/{id}")
    ResponseEntity<String> dossier(@PathVariable String id,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate peildatum,
                                   java.security.Principal wie) {
        DossierRegel d = rapportages.dossier(id, peildatum);
        toegangslog.registreer(wie.getName(), id, "GET /dossiers/{id}", "dossierpagina");
        LocalDate peil = rapportages.peildatumOfVandaag(peildatum);
        List<Gebeurtenis> historie = peildatum == null ? gebeurtenissen.vanDossier(id)
                : gebeurtenissen.vanDossierTot(id, Herspeler.peilmoment(peildatum).minusMillis(1));
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
                <title>Dossier %s - Regie Inburgering</title>
                <style>body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px;vertical-align:top}
                th{background:#eef}.verlopen{color:#c62828;font-weight:bold}.legenda span{margin-right:1.5em}
                code{font-size:12px}</style></head><body>
                """.formatted(escape(id)));
        h.append("<p><a href=\"/dashboard\">← Dashboard</a></p>");
        h.append("<h1>Dossier ").append(escape(id)).append(" – ").append(escape(d.naam())).append("</h1>");
        h.append("<p id=\"peildatum\">Stand per ").append(peil).append(peildatum == null ? " (vandaag)" : " (peildatum)")
                .append("</p>");
        h.append("<table id=\"kerngegevens\"><tbody>");
        rij(h, "Gemeente", gemeenteNaam(d.gemeente()));
        rij(h, "Doelgroep", d.doelgroep());
        rij(h, "Fase", d.fase() + (d.actief() ? "" : " (afgesloten" + (d.resultaat() == null ? "" : ": " + d.resultaat()) + ")"));
        rij(h, "Leerroute", d.leerroute() == null ? "nog niet vastgesteld" : d.leerroute());
        rij(h, "Datum koppeling", d.datumKoppeling());
        rij(h, "Inschrijving gemeente", d.datumInschrijving());
        rij(h, "Brede intake", d.datumBredeIntake());
        rij(h, "PIP vastgesteld", d.pipDatum());
        rij(h, "PVT afgerond", d.datumPvt());
        rij(h, "MAP afgerond", d.datumMap());
        rij(h, "Einde inburgeringstermijn", d.eindeTermijn());
        rij(h, "Uren MAP praktijk / participatie Z-route", d.praktijkUren() + " / " + d.participatieUren());
        rij(h, "Boetes", d.aantalBoetes() + " (€ " + d.boeteBedrag() + ")");
        boolean verlopen = termijnen.termijnVerlopen(d, peil);
        h.append("<tr><th>Open termijnen en escalaties</th><td").append(verlopen ? " class=\"verlopen\"" : "").append('>')
                .append(d.openTermijnen().isEmpty() ? (verlopen ? "termijn verstreken" : "geen")
                        : escape(String.join(", ", d.openTermijnen())))
                .append("</td></tr></tbody></table>");
        termijnen(h, id);
        h.append("<h2>Traject in kwartalen (jaar 1-3 vanaf de koppeling)</h2>");
        h.append(plaatje.svg(d, historie, peil));
        h.append("""
                <p class="legenda"><span style="color:#1e88e5">▬ gepland</span><span style="color:#2e7d32">● gebeurd</span>
                <span style="color:#c62828">● te laat / ▬ termijn verstreken / ▲ termijn overschreden</span>
                <span style="color:#6a1b9a">┆ vandaag</span></p>""");
        h.append("<h2>Gebeurtenissen</h2><table id=\"gebeurtenissen\"><thead><tr><th>#</th><th>Tijdstip</th>"
                + "<th>Gebeurtenis</th><th>Door</th><th>Gegevens</th></tr></thead><tbody>");
        for (Gebeurtenis g : historie) {
            Map<String, Object> data = new TreeMap<>(g.data());
            data.remove("bsn");
            h.append("<tr><td>").append(g.volgnummer()).append("</td><td>")
                    .append(TIJD.format(g.tijdstip().atZone(Klok.ZONE))).append("</td><td>").append(escape(g.type()))
                    .append("</td><td>").append(escape(g.actor())).append("</td><td><code>").append(escape(data))
                    .append("</code></td></tr>");
        }
        h.append("</tbody></table></body></html>");
        return ResponseEntity.ok().contentType(HTML).body(h.toString());
    }

    /** The terms as their watchers know them now (processes/termijnbewaking.bpmn), whatever the peildatum. */
    private void termijnen(StringBuilder h, String id) {
        h.append("<section id=\"termijnen\"><h2>Termijnen</h2><table><thead><tr><th>Termijn</th><th>Start</th>"
                + "<th>Vervaldatum</th><th>Status</th><th>Taak</th></tr></thead><tbody>");
        for (Termijnstand t : termijnbewaking.vanDossier(id)) {
            boolean laat = Termijnstand.OVERSCHREDEN.equals(t.status());
            h.append("<tr><td>").append(escape(t.label())).append(" (").append(escape(t.termijn())).append(")</td><td>")
                    .append(escape(t.start())).append("</td><td>").append(escape(t.vervaldatum())).append("</td><td")
                    .append(laat ? " class=\"verlopen\"" : "").append('>').append(escape(t.status()))
                    .append("</td><td>").append(t.taak().isEmpty() ? "–" : escape(t.taak())).append("</td></tr>");
        }
        h.append("</tbody></table></section>");
    }

    private static void rij(StringBuilder h, String label, Object waarde) {
        h.append("<tr><th>").append(escape(label)).append("</th><td>").append(waarde == null ? "–" : escape(waarde))
                .append("</td></tr>");
    }

    private static String gemeenteNaam(String code) {
        try {
            return Gemeente.valueOf(code).naam();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
