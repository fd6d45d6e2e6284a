package nl.fermwerk.inburgering.rapportage.web;

import static nl.fermwerk.inburgering.rapportage.Html.escape;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.Labels;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.dossier.Verloopzinnen;
import nl.fermwerk.inburgering.rapportage.DossierRegel;
import nl.fermwerk.inburgering.rapportage.Herspeler;
import nl.fermwerk.inburgering.rapportage.RapportageTermijnen;
import nl.fermwerk.inburgering.rapportage.Rapportages;
import nl.fermwerk.inburgering.rapportage.Trajectplaatje;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import nl.fermwerk.inburgering.termijnen.Termijnstand;
import nl.fermwerk.inburgering.toegang.DossierToegang;
import nl.fermwerk.inburgering.toegang.GeenToegangException;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.springframework.core.io.ClassPathResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard (static HTML whose charts read the kengetallen API) and the dossier page, rendered here as plain HTML
 * with an inline SVG: the three-year picture, the open tasks with who holds them, and the history as Dutch sentences
 * ({@code dossier.Verloopzinnen}), every code as its label ({@code basis.Labels}). The BSN and the date of birth are
 * never shown. Ferm Werk and functioneel beheer see it whole; a ketenpartner of the dossier's gemeente sees what
 * docs/privacy.md allows it (the fields of its API view, its own onderdelen' events, its own tasks); anyone else 403.
 */
@RestController
class RapportagePaginas {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final Rapportages rapportages;
    private final Gebeurtenissen gebeurtenissen;
    private final Trajectplaatje plaatje;
    private final RapportageTermijnen termijnen;
    private final Toegangslog toegangslog;
    private final Termijnbewaking termijnbewaking;
    private final DossierToegang toegang;
    private final OpenTaken openTaken;

    RapportagePaginas(Rapportages rapportages, Gebeurtenissen gebeurtenissen, RapportageTermijnen termijnen,
                      Toegangslog toegangslog, Termijnbewaking termijnbewaking, DossierToegang toegang,
                      OpenTaken openTaken) {
        this.toegangslog = toegangslog;
        this.termijnbewaking = termijnbewaking;
        this.toegang = toegang;
        this.openTaken = openTaken;
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
                                   Authentication wie) {
        String endpoint = "GET /dossiers/{id}";
        DossierRegel d = rapportages.dossier(id, peildatum);
        Gemeente gemeente = gemeente(d.gemeente());
        if (!toegang.magLezen(wie, gemeente)) {
            toegangslog.registreerGeweigerd(wie.getName(), id, endpoint, "dossierpagina");
            throw new GeenToegangException("Uw organisatie heeft in de taakverdeling geen rol in de gemeente van dit "
                    + "dossier.");
        }
        boolean volledig = toegang.volledigZicht(wie);
        toegangslog.registreer(wie.getName(), id, endpoint, "dossierpagina");
        LocalDate peil = rapportages.peildatumOfVandaag(peildatum);
        List<Gebeurtenis> historie = peildatum == null ? gebeurtenissen.vanDossier(id)
                : gebeurtenissen.vanDossierTot(id, Herspeler.peilmoment(peildatum).minusMillis(1));
        if (!volledig) {
            // A partner sees the events without an onderdeel and those of its own onderdelen, as on the API
            Set<String> onderdelen = toegang.onderdelen(wie, gemeente);
            historie = historie.stream().filter(g -> !(g.data().get("onderdeel") instanceof String onderdeel)
                    || onderdelen.contains(onderdeel)).toList();
        }
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
                <title>Dossier %s - Regie Inburgering</title>
                <style>body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse}
                td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px;vertical-align:top}
                th{background:#eef}.verlopen{color:#c62828;font-weight:bold}.legenda span{margin-right:1.5em}
                nav a{margin-right:1.5em}.beperkt{color:#555;font-style:italic}
                #gebeurtenissen li{margin:2px 0;font-size:14px}</style></head><body>
                """.formatted(escape(id)));
        h.append("<nav>");
        if (volledig) {
            h.append("<a href=\"/dossiers\">← Werkvoorraad</a><a href=\"/dashboard\">Dashboard</a>");
        }
        h.append("<a href=\"/camunda/app/tasklist/\">Takenlijst</a></nav>");
        h.append("<h1>Dossier ").append(escape(id)).append(" – ").append(escape(d.naam())).append("</h1>");
        h.append("<p id=\"peildatum\">Stand per ").append(Labels.datum(peil))
                .append(peildatum == null ? " (vandaag)" : " (peildatum)").append("</p>");
        if (!volledig) {
            h.append("<p class=\"beperkt\">Beperkte weergave voor ketenpartners: de gegevens die uw taken nodig "
                    + "hebben, en alleen de gebeurtenissen van uw eigen onderdelen.</p>");
        }
        h.append("<table id=\"kerngegevens\"><tbody>");
        rij(h, "Gemeente", Labels.gemeente(d.gemeente()));
        rij(h, "Doelgroep", Labels.doelgroep(d.doelgroep()));
        rij(h, "Fase", Labels.fase(d.fase()) + (d.actief() ? ""
                : " (afgesloten" + (d.resultaat() == null ? "" : ": " + Labels.resultaat(d.resultaat())) + ")"));
        rij(h, "Leerroute", d.leerroute() == null ? "nog niet vastgesteld" : Labels.leerroute(d.leerroute()));
        rij(h, "Datum koppeling", Labels.datum(d.datumKoppeling()));
        rij(h, "Uitkering", d.uitkering() ? "ja" : "nee");
        rij(h, "PIP vastgesteld", Labels.datum(d.pipDatum()));
        rij(h, "Einde inburgeringstermijn", Labels.datum(d.eindeTermijn()));
        if (volledig) {
            rij(h, "Inschrijving gemeente", Labels.datum(d.datumInschrijving()));
            rij(h, "Brede intake", Labels.datum(d.datumBredeIntake()));
            rij(h, "PVT afgerond", Labels.datum(d.datumPvt()));
            rij(h, "MAP afgerond", Labels.datum(d.datumMap()));
            rij(h, "Uren MAP praktijk / participatie Z-route", uren(d.praktijkUren()) + " / " + uren(d.participatieUren()));
            rij(h, "Boetes", d.aantalBoetes() + " (€ " + d.boeteBedrag().toPlainString().replace('.', ',') + ")");
            boolean verlopen = termijnen.termijnVerlopen(d, peil);
            h.append("<tr><th>Open termijnen en escalaties</th><td").append(verlopen ? " class=\"verlopen\"" : "")
                    .append('>').append(d.openTermijnen().isEmpty() ? (verlopen ? "termijn verstreken" : "geen")
                            : escape(d.openTermijnen().stream().map(Labels::termijn).collect(Collectors.joining(", "))))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
        h.append("<h2>Traject in kwartalen (jaar 1-3 vanaf de koppeling)</h2>");
        h.append(plaatje.svg(d, historie, peil));
        h.append("""
                <p class="legenda"><span style="color:#1e88e5">▬ gepland</span><span style="color:#2e7d32">● gebeurd</span>
                <span style="color:#c62828">● te laat / ▬ termijn verstreken / ▲ termijn overschreden</span>
                <span style="color:#6a1b9a">┆ vandaag</span></p>""");
        h.append("<h2>Open taken (nu)</h2>");
        List<OpenTaken.OpenTaak> open = openTaken.van(id, volledig ? null : DossierToegang.groepen(wie));
        if (open.isEmpty()) {
            h.append("<p id=\"open-taken\">Geen open taken").append(volledig ? "" : " voor uw organisatie")
                    .append(".</p>");
        } else {
            h.append("<table id=\"open-taken\"><thead><tr><th>Taak</th><th>Voor</th><th>Opgepakt door</th>"
                    + "<th>Uiterlijk</th></tr></thead><tbody>");
            for (OpenTaken.OpenTaak taak : open) {
                boolean teLaat = taak.teLaat(Klok.nu());
                h.append("<tr><td>").append(escape(taak.naam())).append("</td><td>")
                        .append(escape(String.join(", ", taak.groepen()))).append("</td><td>")
                        .append(taak.opgepaktDoor() == null ? "nog niemand" : escape(taak.opgepaktDoor()))
                        .append("</td><td").append(teLaat ? " class=\"verlopen\"" : "").append('>')
                        .append(taak.uiterlijk() == null ? "–" : Labels.datum(LocalDate.ofInstant(taak.uiterlijk(), Klok.ZONE)))
                        .append(teLaat ? " (verstreken)" : "").append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        if (volledig) {
            termijnen(h, id);
        }
        h.append("<h2>Verloop</h2><ol id=\"gebeurtenissen\">");
        for (Gebeurtenis g : historie) {
            h.append("<li data-type=\"").append(escape(g.type())).append("\">")
                    .append(escape(Verloopzinnen.zin(g))).append("</li>");
        }
        h.append("</ol></body></html>");
        return ResponseEntity.ok().contentType(HTML).body(h.toString());
    }

    /** The terms as their watchers know them now (processes/termijnbewaking.bpmn), whatever the peildatum. */
    private void termijnen(StringBuilder h, String id) {
        h.append("<section id=\"termijnen\"><h2>Termijnen</h2><table><thead><tr><th>Termijn</th><th>Start</th>"
                + "<th>Vervaldatum</th><th>Status</th><th>Taak</th></tr></thead><tbody>");
        for (Termijnstand t : termijnbewaking.vanDossier(id)) {
            boolean laat = Termijnstand.OVERSCHREDEN.equals(t.status());
            h.append("<tr><td>").append(escape(t.label())).append("</td><td>")
                    .append(escape(Labels.datum((Object) t.start()))).append("</td><td>")
                    .append(escape(Labels.datum((Object) t.vervaldatum()))).append("</td><td")
                    .append(laat ? " class=\"verlopen\"" : "").append('>').append(escape(Labels.label("termijnstatus", t.status())))
                    .append("</td><td>").append(t.taak().isEmpty() ? "–" : escape(Labels.label("taak", t.taak()))).append("</td></tr>");
        }
        h.append("</tbody></table></section>");
    }

    private static String uren(BigDecimal uren) {
        return uren.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static void rij(StringBuilder h, String label, Object waarde) {
        h.append("<tr><th>").append(escape(label)).append("</th><td>").append(waarde == null || "".equals(waarde) ? "–" : escape(waarde))
                .append("</td></tr>");
    }

    private static Gemeente gemeente(String code) {
        try {
            return Gemeente.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
