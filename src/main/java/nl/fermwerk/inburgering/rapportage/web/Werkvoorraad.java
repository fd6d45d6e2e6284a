package nl.fermwerk.inburgering.rapportage.web;

import static nl.fermwerk.inburgering.rapportage.Html.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Labels;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.rapportage.Rapportages;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The werkvoorraad of casusregie and teamleiders ({@code /dossiers}): every dossier of the four gemeenten, searched by
 * naam or dossier number, filtered by gemeente, fase, leerroute and open escalations, sorted on a column and paged, each
 * row a link to its dossier page. Rendered on the server from the same question as the JSON list
 * ({@code GET /api/rapportages/dossiers}, {@link Rapportages#lijst}), so the page needs no script at all; filters, sorting
 * and paging are plain links and a GET form. Codes are shown as their labels ({@link Labels}). Access: casusregie and
 * teamleider only ({@code toegang.Beveiliging}); each dossier on a page counts as read in the access log.
 */
@RestController
class Werkvoorraad {

    static final int GROOTTE = 25;
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final Rapportages rapportages;
    private final Toegangslog toegangslog;

    Werkvoorraad(Rapportages rapportages, Toegangslog toegangslog) {
        this.rapportages = rapportages;
        this.toegangslog = toegangslog;
    }

    /** {@code af}: last first; {@code op} or nothing: first first. */
    static boolean aflopend(String richting) {
        if (richting == null || richting.isBlank() || "op".equals(richting)) {
            return false;
        }
        if ("af".equals(richting)) {
            return true;
        }
        throw new OngeldigeInvoerException("richting", "Kies 'op' (oplopend) of 'af' (aflopend).");
    }

    private static Boolean jaNee(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        return switch (waarde) {
            case "ja", "true" -> Boolean.TRUE;
            case "nee", "false" -> Boolean.FALSE;
            default -> throw new OngeldigeInvoerException("openEscalatie", "Kies 'ja', 'nee' of niets.");
        };
    }

    @GetMapping("/dossiers")
    ResponseEntity<String> pagina(@RequestParam(required = false) String zoek,
                                  @RequestParam(required = false) String gemeente,
                                  @RequestParam(required = false) String fase,
                                  @RequestParam(required = false) String leerroute,
                                  @RequestParam(required = false) String openEscalatie,
                                  @RequestParam(required = false) String sorteer,
                                  @RequestParam(required = false) String richting,
                                  @RequestParam(defaultValue = "0") int pagina,
                                  Principal wie) {
        Rapportages.Sortering sortering = Rapportages.Sortering.van(sorteer);
        boolean af = aflopend(richting);
        Rapportages.Pagina<Rapportages.LijstRegel> lijst = rapportages.lijst(
                new Rapportages.Filter(gemeente, fase, leerroute, null, zoek, jaNee(openEscalatie)), null, sortering,
                af, pagina, GROOTTE);
        toegangslog.registreer(wie.getName(), lijst.dossiers().stream().map(Rapportages.LijstRegel::dossierId).toList(),
                "GET /dossiers", "werkvoorraad");

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("zoek", zoek);
        filters.put("gemeente", gemeente);
        filters.put("fase", fase);
        filters.put("leerroute", leerroute);
        filters.put("openEscalatie", openEscalatie);
        StringBuilder h = new StringBuilder("""
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">
                <title>Werkvoorraad - Regie Inburgering</title>
                <style>body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;margin-top:1em}
                td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;font-size:13px;vertical-align:top}
                th{background:#eef}th a{color:inherit}.verlopen{color:#c62828;font-weight:bold}
                form label{margin-right:1em}nav a{margin-right:1.5em}#paginas a,#paginas span{margin-right:1em}</style>
                </head><body>
                <nav><a href="/camunda/app/tasklist/">Takenlijst</a><a href="/dashboard">Dashboard</a></nav>
                <h1>Werkvoorraad</h1>
                <form id="zoeken" method="get" action="/dossiers">
                """);
        h.append("<label>Naam of dossier <input type=\"search\" name=\"zoek\" maxlength=\"100\" value=\"")
                .append(escape(zoek == null ? "" : zoek)).append("\"></label>");
        keuze(h, "gemeente", "Gemeente", gemeente);
        keuze(h, "fase", "Fase", fase);
        keuze(h, "leerroute", "Leerroute", leerroute);
        h.append("<label>Open escalatie <select name=\"openEscalatie\">")
                .append(optie("", "alle", openEscalatie)).append(optie("ja", "ja", openEscalatie))
                .append(optie("nee", "nee", openEscalatie)).append("</select></label>");
        if (sorteer != null) {
            h.append("<input type=\"hidden\" name=\"sorteer\" value=\"").append(escape(sortering.parameter()))
                    .append("\"><input type=\"hidden\" name=\"richting\" value=\"").append(af ? "af" : "op")
                    .append("\">");
        }
        h.append("<button type=\"submit\">Zoeken</button> <a href=\"/dossiers\">Alles tonen</a></form>");
        int paginas = Math.max(1, (lijst.totaal() + GROOTTE - 1) / GROOTTE);
        h.append("<p id=\"aantal\">").append(lijst.totaal()).append(lijst.totaal() == 1 ? " dossier" : " dossiers")
                .append(", pagina ").append(pagina + 1).append(" van ").append(paginas).append("</p>");
        h.append("<table id=\"werkvoorraad\"><thead><tr>");
        kop(h, "Dossier", Rapportages.Sortering.DOSSIER, sortering, af, filters);
        kop(h, "Naam", Rapportages.Sortering.NAAM, sortering, af, filters);
        kop(h, "Gemeente", Rapportages.Sortering.GEMEENTE, sortering, af, filters);
        h.append("<th>Doelgroep</th>");
        kop(h, "Fase", Rapportages.Sortering.FASE, sortering, af, filters);
        kop(h, "Leerroute", Rapportages.Sortering.LEERROUTE, sortering, af, filters);
        kop(h, "Datum koppeling", Rapportages.Sortering.DATUM_KOPPELING, sortering, af, filters);
        kop(h, "Einde termijn", Rapportages.Sortering.EINDE_TERMIJN, sortering, af, filters);
        h.append("<th>Open escalaties</th></tr></thead><tbody>");
        for (Rapportages.LijstRegel r : lijst.dossiers()) {
            h.append("<tr><td><a href=\"/dossiers/").append(escape(url(r.dossierId()))).append("\">")
                    .append(escape(r.dossierId())).append("</a></td><td>").append(escape(r.naam()))
                    .append("</td><td>").append(escape(Labels.gemeente(r.gemeente()))).append("</td><td>")
                    .append(escape(Labels.doelgroep(r.doelgroep()))).append("</td><td>")
                    .append(escape(Labels.fase(r.fase()))).append("</td><td>")
                    .append(r.leerroute() == null ? "–" : escape(Labels.leerroute(r.leerroute()))).append("</td><td>")
                    .append(Labels.datum(r.datumKoppeling())).append("</td><td>")
                    .append(r.eindeTermijn() == null ? "–" : Labels.datum(r.eindeTermijn())).append("</td><td")
                    .append(r.termijnVerlopen() ? " class=\"verlopen\"" : "").append('>')
                    .append(r.openTermijnen().isEmpty() ? (r.termijnVerlopen() ? "termijn verstreken" : "–")
                            : escape(r.openTermijnen().stream().map(Labels::termijn).collect(Collectors.joining(", "))))
                    .append("</td></tr>");
        }
        h.append("</tbody></table><p id=\"paginas\">");
        Map<String, String> hier = new LinkedHashMap<>(filters);
        if (sorteer != null) {
            hier.put("sorteer", sortering.parameter());
            hier.put("richting", af ? "af" : "op");
        }
        if (pagina > 0) {
            hier.put("pagina", String.valueOf(pagina - 1));
            h.append("<a rel=\"prev\" href=\"").append(escape(adres(hier))).append("\">← Vorige</a>");
        }
        if (pagina + 1 < paginas) {
            hier.put("pagina", String.valueOf(pagina + 1));
            h.append("<a rel=\"next\" href=\"").append(escape(adres(hier))).append("\">Volgende →</a>");
        }
        h.append("</p></body></html>");
        return ResponseEntity.ok().contentType(HTML).body(h.toString());
    }

    private static void keuze(StringBuilder h, String soort, String label, String gekozen) {
        h.append("<label>").append(label).append(" <select name=\"").append(soort).append("\">")
                .append(optie("", "alle", gekozen));
        Labels.van(soort).forEach((code, tekst) -> h.append(optie(code, tekst, gekozen)));
        h.append("</select></label>");
    }

    private static String optie(String waarde, String tekst, String gekozen) {
        boolean is = waarde.equals(gekozen == null ? "" : gekozen);
        return "<option value=\"" + escape(waarde) + "\"" + (is ? " selected" : "") + ">" + escape(tekst) + "</option>";
    }

    /** A column header: a link that sorts on it, the second click the other way round. */
    private static void kop(StringBuilder h, String tekst, Rapportages.Sortering kolom, Rapportages.Sortering huidig,
                            boolean af, Map<String, String> filters) {
        boolean actief = kolom == huidig;
        Map<String, String> p = new LinkedHashMap<>(filters);
        p.put("sorteer", kolom.parameter());
        p.put("richting", actief && !af ? "af" : "op");
        h.append("<th").append(actief ? " aria-sort=\"" + (af ? "descending" : "ascending") + "\"" : "").append(">")
                .append("<a href=\"").append(escape(adres(p))).append("\">").append(tekst)
                .append(actief ? (af ? " ▼" : " ▲") : "").append("</a></th>");
    }

    private static String adres(Map<String, String> parameters) {
        String query = parameters.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + url(e.getValue())).collect(Collectors.joining("&"));
        return "/dossiers" + (query.isEmpty() ? "" : "?" + query);
    }

    private static String url(String waarde) {
        return URLEncoder.encode(waarde, StandardCharsets.UTF_8);
    }
}
