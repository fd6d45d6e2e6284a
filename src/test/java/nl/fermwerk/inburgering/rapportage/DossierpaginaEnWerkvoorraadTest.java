package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #16: the dossier behind every task (open tasks and who holds them, the history as sentences, a partner's
 * reduced view) and the werkvoorraad of casusregie and teamleiders, with labels instead of codes.
 */
@IntegratieTest
class DossierpaginaEnWerkvoorraadTest {

    /** A code or an ISO date in what a person reads. */
    private static final Pattern CODE_OF_ISO = Pattern.compile(
            "BODEGRAVEN_REEUWIJK|ASIELSTATUSHOUDER|GEZINSMIGRANT|OVERIGE_MIGRANT|BREDE_INTAKE|WARME_OVERDRACHT|"
                    + "\\bWOERDEN\\b|\\bOUDEWATER\\b|\\d{4}-\\d{2}-\\d{2}");

    @Autowired
    RapportageFixture fixture;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void fixture() {
        fixture.zorgVoor();
    }

    @Test
    void deDossierpaginaToontOpenTakenMetWieZeHeeftEnEenPartnerZietAlleenZijnDeel() {
        String id = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        String vandaag = Klok.vandaag().toString();
        testDossiers.rondAf(id, "leerbaarheidstoets", Map.of("datumToets", vandaag));
        testDossiers.rondAf(id, "bredeIntake", Map.of("datumBredeIntake", vandaag));
        testDossiers.rondAf(id, "pipOpstellen", Map.of("leerroute", "B1", "pipDatum", vandaag, "taalvrijwilliger", false));

        String casusregie = pagina("casusregisseur", "/dossiers/" + id);
        String datum = nl.fermwerk.inburgering.basis.Labels.datum(Klok.vandaag());
        assertThat(casusregie).contains(datum + " – PIP vastgesteld door systeem: B1-route",
                datum + " – Brede intake afgerond door systeem", "Woerden", "Gezinsmigrant", "B1-route",
                "id=\"open-taken\"", "Participatieverklaringstraject", "VSGH",
                "Module Arbeidsmarkt en Participatie", "Ferm Werk casusregie", "nog niemand");
        assertThat(zichtbareTekst(casusregie)).doesNotContainPattern(CODE_OF_ISO);

        // vsgh has a role in Woerden: the same page, reduced to its API view, its onderdelen and its own tasks
        String vsgh = pagina("vsgh", "/dossiers/" + id);
        assertThat(vsgh).contains("Beperkte weergave", "Brede intake afgerond", "Participatieverklaringstraject",
                "VSGH", "id=\"traject\"");
        assertThat(vsgh).doesNotContain("PIP vastgesteld door", "Module Arbeidsmarkt en Participatie</td>",
                "Boetes", "Ferm Werk casusregie", "Werkvoorraad", TestDossiers.class.getSimpleName());
        assertThat(zichtbareTekst(vsgh)).doesNotContainPattern(CODE_OF_ISO);

        // Every read is logged, the refused one too
        assertThat(status("vluchtelingenwerk", "/dossiers/" + id)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForList("SELECT gebruiker || ':' || resultaat FROM toegangslog WHERE dossier_id = ? "
                + "AND endpoint = 'GET /dossiers/{id}'", String.class, id))
                .contains("casusregisseur:TOEGESTAAN", "vsgh:TOEGESTAAN", "vluchtelingenwerk:GEWEIGERD");
    }

    @Test
    void deWerkvoorraadZoektFiltertSorteertEnBladert() throws Exception {
        String alles = pagina("casusregisseur", "/dossiers?zoek=rapfix&sorteer=naam");
        assertThat(volgorde(alles, "Amal Fixture", "Bram Fixture", "Chris Fixture", "Dana Fixture")).isTrue();
        assertThat(alles).contains("href=\"/dossiers/RAPFIX-A\"", "Bodegraven-Reeuwijk", "Overige migrant",
                "Asielstatushouder", "aria-sort=\"ascending\"");
        assertThat(zichtbareTekst(alles)).doesNotContainPattern(CODE_OF_ISO);

        String af = pagina("teamleider", "/dossiers?zoek=RAPFIX&sorteer=naam&richting=af");
        assertThat(volgorde(af, "Dana Fixture", "Chris Fixture", "Bram Fixture", "Amal Fixture")).isTrue();

        String woerden = pagina("casusregisseur", "/dossiers?zoek=rapfix&gemeente=WOERDEN");
        assertThat(woerden).contains("Amal Fixture").doesNotContain("Bram Fixture", "Dana Fixture");
        String afgesloten = pagina("casusregisseur", "/dossiers?zoek=rapfix&fase=AFGESLOTEN");
        assertThat(afgesloten).contains("Chris Fixture").doesNotContain("Amal Fixture");
        String onderwijs = pagina("casusregisseur", "/dossiers?zoek=rapfix&leerroute=ONDERWIJS");
        assertThat(onderwijs).contains("Chris Fixture", "Onderwijsroute").doesNotContain("Bram Fixture");
        String perId = pagina("casusregisseur", "/dossiers?zoek=rapfix-b");
        assertThat(perId).contains("Bram Fixture", "1 dossier,").doesNotContain("Amal Fixture");
        String perNaam = pagina("casusregisseur", "/dossiers?zoek=bram+fix");
        assertThat(perNaam).contains("RAPFIX-B", "1 dossier,").doesNotContain("Amal Fixture");

        // Pages: one dossier a page through the API behind it, and the page's own links
        JsonNode eerste = get("casusregisseur", "/api/rapportages/dossiers?zoek=rapfix&sorteer=naam&grootte=1");
        JsonNode tweede = get("casusregisseur", "/api/rapportages/dossiers?zoek=rapfix&sorteer=naam&grootte=1&pagina=1");
        assertThat(eerste.get("totaal").asInt()).isEqualTo(4);
        assertThat(ids(eerste)).containsExactly(RapportageFixture.A);
        assertThat(ids(tweede)).containsExactly(RapportageFixture.B);
        assertThat(ids(get("casusregisseur", "/api/rapportages/dossiers?zoek=rapfix&openEscalatie=false&sorteer=dossier")))
                .doesNotContain(RapportageFixture.B);

        // Bad input: problem+json naming the field
        for (String[] fout : new String[][] {{"sorteer=hoogte", "sorteer"}, {"richting=zijwaarts", "richting"},
                {"gemeente=UTRECHT", "gemeente"}, {"openEscalatie=misschien", "openEscalatie"}}) {
            ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo")
                    .getForEntity("/dossiers?" + fout[0], String.class);
            assertThat(antwoord.getStatusCode()).as(fout[0]).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(antwoord.getBody()).as(fout[0]).contains("\"veld\":\"" + fout[1] + "\"");
        }

        // Each listed dossier counts as read
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE dossier_id = ? AND endpoint = "
                + "'GET /dossiers' AND gebruiker = 'teamleider'", Integer.class, RapportageFixture.D)).isPositive();
    }

    @Test
    void deWerkvoorraadIsAlleenVoorCasusregieEnTeamleider() {
        assertThat(status("casusregisseur", "/dossiers")).isEqualTo(HttpStatus.OK);
        for (String anders : List.of("vsgh", "manager", "beleid", "beheer")) {
            assertThat(status(anders, "/dossiers")).as(anders).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/dossiers", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** The page's text without tags, scripts and styles, as a person reads it (attributes are not read). */
    static String zichtbareTekst(String html) {
        return html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<title>.*?</title>", " ")
                .replaceAll("(?s)<[^>]*>", " ");
    }

    private static boolean volgorde(String html, String... namen) {
        int vanaf = 0;
        for (String naam : namen) {
            int i = html.indexOf(naam, vanaf);
            if (i < 0) {
                return false;
            }
            vanaf = i + naam.length();
        }
        return true;
    }

    private String pagina(String gebruiker, String pad) {
        ResponseEntity<String> antwoord = http.withBasicAuth(gebruiker, "demo").getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode()).as(pad + ": " + antwoord.getBody()).isEqualTo(HttpStatus.OK);
        return antwoord.getBody();
    }

    private HttpStatus status(String gebruiker, String pad) {
        return HttpStatus.valueOf(http.withBasicAuth(gebruiker, "demo").getForEntity(pad, String.class)
                .getStatusCode().value());
    }

    private JsonNode get(String gebruiker, String pad) throws Exception {
        return json.readTree(pagina(gebruiker, pad));
    }

    private static List<String> ids(JsonNode pagina) {
        return StreamSupport.stream(pagina.get("dossiers").spliterator(), false)
                .map(n -> n.get("dossierId").asText()).toList();
    }
}
