package nl.fermwerk.inburgering.watals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.toegang.Groepen;
import nl.fermwerk.inburgering.watals.Modelwijzigingen.Wijziging;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The what-if replay end to end: real child processes, a small caseload (20 dossiers, one year) so the suite stays
 * short. The 300-dossier measurement is bench/watals.sh (docs/watals.md).
 */
@IntegratieTest
// Both replays run in child JVMs on in-memory H2 whatever database the application uses; the PostgreSQL suite would
// only repeat them (about 90 s), so this class runs in the H2 suite.
@DisabledIfSystemProperty(named = "inburgering.test.db", matches = "(?i)postgres")
class WatalsTest {

    static final String VANAF = "2027-01-01";
    static final String TOT = "2027-12-31";
    static final String ZAAD = "18";
    static final String EIGEN_ZAAD = "19";
    static final String HERGEBRUIK_ZAAD = "20";
    static final String VOORBEREID_ZAAD = "21";
    static final String COLLEGA_ZAAD = "22";

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DataSource database;
    @Autowired
    IdentityService identiteit;

    @Test
    void eenOngewijzigdModelGeeftGeenEnkelVerschilEnRaaktGeenEnkeleTabel() throws Exception {
        Map<String, Long> rijenVoor = rijen();

        // A seed of its own: no other test replays it first, so both sides are replayed here and not remembered
        ResponseEntity<String> gestart = start("beleid", EIGEN_ZAAD, new Wijziging(Modelwijzigingen.TRAJECT,
                Modelwijzigingen.model(Modelwijzigingen.TRAJECT)));
        assertThat(gestart.getStatusCode()).as(gestart::getBody).isEqualTo(HttpStatus.ACCEPTED);
        String id = json.readTree(gestart.getBody()).get("id").asText();
        assertThat(gestart.getHeaders().getLocation()).hasToString("/api/beleid/watals/" + id);
        // One replay at a time on a node
        ResponseEntity<String> tweede = start("beleid", new Wijziging(Modelwijzigingen.TRAJECT,
                Modelwijzigingen.model(Modelwijzigingen.TRAJECT)));
        assertThat(tweede.getStatusCode()).as(tweede::getBody).isEqualTo(HttpStatus.CONFLICT);

        JsonNode klaar = wachtOp(id);

        JsonNode uitkomst = klaar.get("uitkomst");
        List<String> verschillen = verschillen(uitkomst);
        assertThat(verschillen).as("een ongewijzigd model verandert geen enkel cijfer").isEmpty();
        // ... and that is no empty replay: work was done, dossiers were opened and closed
        assertThat(periode(uitkomst, "taken.fermwerk-casusregie", "TOTAAL").get("voor").asDouble()).isPositive();
        assertThat(kwartaal(uitkomst, "openDossiers", "2027-K1", "TOTAAL").get("voor").asDouble()).isPositive();
        assertThat(klaar.at("/voortgang/voor").asInt()).isEqualTo(4);
        assertThat(klaar.at("/voortgang/na").asInt()).isEqualTo(4);
        assertThat(klaar.get("hergebruikt")).as("beide kanten echt nagespeeld").isEmpty();
        assertThat(rijen()).as("de naspeling schrijft niets in de eigen database").isEqualTo(rijenVoor);
    }

    @Test
    void eenKorterePipTermijnEnEenVerschovenCelVeranderenAlleenWatZeRaken() throws Exception {
        ResponseEntity<String> gestart = start("beleid", Modelwijzigingen.pipTermijn("P4W"),
                Modelwijzigingen.taakverdelingCel("Regel_16", "vsgh"));
        assertThat(gestart.getStatusCode()).as(gestart::getBody).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode uitkomst = wachtOp(json.readTree(gestart.getBody()).get("id").asText()).get("uitkomst");

        // The PIP term (its cell in termijnen.dmn): more PIP escalations, each one more task for the teamleider, and
        // "PIP op tijd" counted against the same shorter term; nothing else
        JsonNode pip = periode(uitkomst, "escalaties.PIP", "TOTAAL");
        assertThat(pip.get("verschil").asDouble()).as(pip::toString).isPositive();
        JsonNode teamleider = periode(uitkomst, "taken.fermwerk-teamleider", "TOTAAL");
        assertThat(teamleider.get("verschil").asDouble()).isPositive()
                .isLessThanOrEqualTo(pip.get("verschil").asDouble());
        // The maatschappelijke begeleiding cell of Bodegraven-Reeuwijk: exactly that work moves from Vluchtelingenwerk
        // to VSGH. (Not the PVT cell: a PVT runs for months, so a one-year replay of 20 dossiers completes none there)
        JsonNode vluchtelingenwerk = periode(uitkomst, "taken.vluchtelingenwerk", "BODEGRAVEN_REEUWIJK");
        JsonNode vsgh = periode(uitkomst, "taken.vsgh", "BODEGRAVEN_REEUWIJK");
        assertThat(vluchtelingenwerk.get("verschil").asDouble()).as(vluchtelingenwerk::toString).isNegative();
        assertThat(vsgh.get("verschil").asDouble()).isEqualTo(-vluchtelingenwerk.get("verschil").asDouble());
        assertThat(vsgh.get("voor").asDouble()).as("VSGH heeft in Bodegraven-Reeuwijk geen rol").isZero();
        assertThat(geraakt(uitkomst)).containsExactlyInAnyOrder("escalaties.PIP", "opTijd.PIP",
                "taken.fermwerk-teamleider", "taken.vluchtelingenwerk", "taken.vsgh");
        for (String verschil : verschillen(uitkomst)) {
            if (verschil.startsWith("taken.vsgh") || verschil.startsWith("taken.vluchtelingenwerk")) {
                assertThat(verschil).matches(".* (BODEGRAVEN_REEUWIJK|TOTAAL)$");
            }
        }
    }

    /**
     * The side with the deployed models is replayed once per models, settings and behaviour: each next change replays
     * only itself (on every core), and what it is compared with is what a replay of the deployed models gives (only
     * the figures the change touches differ). A preparation that has only just begun when the first change comes is
     * stopped and both sides are replayed afresh, side by side; asked again afterwards it is ready at once.
     */
    @Test
    void eenVolgendeWijzigingSpeeltAlleenZichzelfNaEnEenPasBegonnenVoorbereidingWijkt() throws Exception {
        ResponseEntity<String> voorbereid = bereidVoor("beleid", HERGEBRUIK_ZAAD, "20");
        assertThat(voorbereid.getStatusCode()).as(voorbereid::getBody).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(voorbereid.getBody()).get("status").asText()).isEqualTo("BEZIG");
        assertThat(json.readTree(voorbereid.getBody()).at("/voortgang/kwartalen").asInt()).isEqualTo(4);

        JsonNode eerste = wachtOp(id(start("beleid", HERGEBRUIK_ZAAD, Modelwijzigingen.pipTermijn("P6W"))));
        assertThat(eerste.get("hergebruikt")).as("de voorbereiding was pas begonnen").isEmpty();
        raaktAlleenDePipTermijn(eerste);
        ResponseEntity<String> klaar = bereidVoor("beleid", HERGEBRUIK_ZAAD, "20");
        assertThat(klaar.getStatusCode()).as(klaar::getBody).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(klaar.getBody()).get("status").asText()).isEqualTo("KLAAR");

        JsonNode tweede = wachtOp(id(start("beleid", HERGEBRUIK_ZAAD, Modelwijzigingen.pipTermijn("P4W"))));

        assertThat(teksten(tweede.get("hergebruikt"))).containsExactly("voor");
        assertThat(tweede.at("/voortgang/voor").asInt()).isEqualTo(4);
        raaktAlleenDePipTermijn(tweede);
        // The same change again: nothing left to replay, the same answer
        JsonNode derde = wachtOp(id(start("beleid", HERGEBRUIK_ZAAD, Modelwijzigingen.pipTermijn("P4W"))));
        assertThat(teksten(derde.get("hergebruikt"))).containsExactly("voor", "na");
        assertThat(derde.get("uitkomst")).isEqualTo(tweede.get("uitkomst"));
    }

    /**
     * The deployed side replayed ahead, as the page asks for it when it opens: a change that comes once the
     * preparation is well on its way follows it (or finds it done) and replays only itself.
     */
    @Test
    void eenWijzigingNaEenGevorderdeVoorbereidingSpeeltAlleenZichzelf() throws Exception {
        JsonNode stand = json.readTree(bereidVoor("beleid", VOORBEREID_ZAAD, "20").getBody());
        long tot = System.currentTimeMillis() + 300_000;
        while ("BEZIG".equals(stand.get("status").asText()) && stand.at("/voortgang/gedaan").asInt() < 1
                && System.currentTimeMillis() < tot) {
            Thread.sleep(200);
            stand = json.readTree(bereidVoor("beleid", VOORBEREID_ZAAD, "20").getBody());
        }

        JsonNode wijziging = wachtOp(id(start("beleid", VOORBEREID_ZAAD, Modelwijzigingen.pipTermijn("P6W"))));

        assertThat(teksten(wijziging.get("hergebruikt"))).containsExactly("voor");
        assertThat(wijziging.at("/voortgang/voor").asInt()).isEqualTo(4);
        raaktAlleenDePipTermijn(wijziging);
    }

    /**
     * One preparation per node: a colleague's page with other settings does not replace it (two pages would otherwise
     * restart each other's child every two seconds); with the same settings the colleague sees the same one.
     */
    @Test
    void eenVoorbereidingWordtNietDoorEenCollegaVerdrongen() throws Exception {
        String collega = "beleid-collega";
        User gebruiker = identiteit.newUser(collega);
        gebruiker.setPassword("demo");
        identiteit.saveUser(gebruiker);
        identiteit.createMembership(collega, Groepen.BELEIDSMEDEWERKER);
        try {
            assertThat(bereidVoor("beleid", COLLEGA_ZAAD, "10").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

            ResponseEntity<String> andere = bereidVoor(collega, COLLEGA_ZAAD, "11");

            assertThat(andere.getStatusCode()).as(andere::getBody).isEqualTo(HttpStatus.CONFLICT);
            assertThat(andere.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(andere.getBody()).get("detail").asText()).contains("voor een collega");
            // The same settings: the same preparation, followed to its end (so no child outlives the test)
            long tot = System.currentTimeMillis() + 300_000;
            ResponseEntity<String> zelfde = bereidVoor(collega, COLLEGA_ZAAD, "10");
            while (zelfde.getStatusCode() == HttpStatus.ACCEPTED && System.currentTimeMillis() < tot) {
                Thread.sleep(500);
                zelfde = bereidVoor(collega, COLLEGA_ZAAD, "10");
            }
            assertThat(zelfde.getStatusCode()).as(zelfde::getBody).isEqualTo(HttpStatus.OK);
        } finally {
            identiteit.deleteUser(collega);
        }
    }

    /** A change of the PIP term: the PIP escalations differ, and nothing but what follows from them. */
    private static void raaktAlleenDePipTermijn(JsonNode opdracht) {
        assertThat(geraakt(opdracht.get("uitkomst"))).contains("escalaties.PIP")
                .isSubsetOf("escalaties.PIP", "opTijd.PIP", "taken.fermwerk-teamleider");
    }

    /** The figures with a difference somewhere. */
    private static Set<String> geraakt(JsonNode uitkomst) {
        Set<String> geraakt = new HashSet<>();
        for (String verschil : verschillen(uitkomst)) {
            geraakt.add(verschil.substring(0, verschil.indexOf(' ')));
        }
        return geraakt;
    }

    @Test
    void eenModelDatBijDeployGeweigerdWordtWordtHierMetDezelfdeMeldingGeweigerd() throws Exception {
        String model = new String(Modelwijzigingen.model(Modelwijzigingen.TRAJECT), StandardCharsets.UTF_8)
                .replaceFirst("</bpmn:process>", "<bpmn:scriptTask id=\"Taak_script\" scriptFormat=\"javascript\">"
                        + "<bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask></bpmn:process>");
        Wijziging verboden = new Wijziging(Modelwijzigingen.TRAJECT, model.getBytes(StandardCharsets.UTF_8));

        ResponseEntity<String> antwoord = start("beleid", verboden);

        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode probleem = json.readTree(antwoord.getBody());
        assertThat(probleem.get("detail").asText()).contains(Modelwijzigingen.TRAJECT + ", element 'Taak_script'",
                "(regel: geen scripts)");
        assertThat(probleem.at("/fouten/0/element").asText()).isEqualTo("Taak_script");
        // The same message as Camunda Modeler's deploy gets from the engine
        ResponseEntity<String> deploy = http.withBasicAuth("beleid", "demo").postForEntity(
                "/engine-rest/deployment/create", deployment(verboden), String.class);
        assertThat(deploy.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(deploy.getBody()).get("message").asText())
                .isEqualTo(probleem.get("detail").asText());
    }

    @Test
    void ongeldigeInstellingenNoemenHetVeld() throws Exception {
        MultiValueMap<String, Object> delen = delen(new Wijziging(Modelwijzigingen.TRAJECT,
                Modelwijzigingen.model(Modelwijzigingen.TRAJECT)));
        delen.set("aantal", "5000");
        ResponseEntity<String> antwoord = http.withBasicAuth("beleid", "demo").postForEntity("/api/beleid/watals",
                new HttpEntity<>(delen, multipart()), String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).at("/fouten/0/veld").asText()).isEqualTo("aantal");
        ResponseEntity<String> voorbereiding = bereidVoor("beleid", ZAAD, "5000");
        assertThat(voorbereiding.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(voorbereiding.getBody()).at("/fouten/0/veld").asText()).isEqualTo("aantal");

        ResponseEntity<String> formulier = start("beleid", new Wijziging("pipOpstellen.form", "{}".getBytes()));
        assertThat(formulier.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(formulier.getBody()).at("/fouten/0/veld").asText()).isEqualTo("bestanden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"casusregisseur", "teamleider", "vsgh", "manager", "beheer"})
    void alleenBeleidsmedewerkersMogenNaspelen(String gebruiker) throws Exception {
        ResponseEntity<String> antwoord = start(gebruiker, new Wijziging(Modelwijzigingen.TRAJECT,
                Modelwijzigingen.model(Modelwijzigingen.TRAJECT)));
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(gebruiker, "demo").getForEntity("/beleid/watals", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth(gebruiker, "demo").getForEntity("/api/beleid/watals/x", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(bereidVoor(gebruiker, ZAAD, "20").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity("/api/beleid/watals", new HttpEntity<>(delen(new Wijziging(
                Modelwijzigingen.TRAJECT, Modelwijzigingen.model(Modelwijzigingen.TRAJECT))), multipart()),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void dePaginaLaadtAlleenEigenScripts() {
        ResponseEntity<String> pagina = http.withBasicAuth("beleid", "demo").getForEntity("/beleid/watals",
                String.class);
        assertThat(pagina.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pagina.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(pagina.getBody()).contains("<script src=\"/watals/watals.js\"></script>")
                .doesNotContainPattern("<script>[^<]");
        assertThat(http.getForEntity("/watals/watals.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void eenOnbekendeNaspelingIs404EnDeStartIsEenPost() {
        assertThat(http.withBasicAuth("beleid", "demo").getForEntity("/api/beleid/watals/bestaat-niet",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // As the README's URL table says
        assertThat(http.withBasicAuth("beleid", "demo").getForEntity("/api/beleid/watals", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    }

    private ResponseEntity<String> start(String gebruiker, Wijziging... wijzigingen) {
        return start(gebruiker, ZAAD, wijzigingen);
    }

    private ResponseEntity<String> start(String gebruiker, String zaad, Wijziging... wijzigingen) {
        MultiValueMap<String, Object> delen = delen(wijzigingen);
        delen.set("zaad", zaad);
        return http.withBasicAuth(gebruiker, "demo").postForEntity("/api/beleid/watals",
                new HttpEntity<>(delen, multipart()), String.class);
    }

    private ResponseEntity<String> bereidVoor(String gebruiker, String zaad, String aantal) {
        MultiValueMap<String, String> velden = new LinkedMultiValueMap<>();
        velden.add("vanaf", VANAF);
        velden.add("tot", TOT);
        velden.add("aantal", aantal);
        velden.add("zaad", zaad);
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.withBasicAuth(gebruiker, "demo").postForEntity("/api/beleid/watals/voorbereiding",
                new HttpEntity<>(velden, kop), String.class);
    }

    private String id(ResponseEntity<String> gestart) throws Exception {
        assertThat(gestart.getStatusCode()).as(gestart::getBody).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(gestart.getBody()).get("id").asText();
    }

    private static List<String> teksten(JsonNode lijst) {
        List<String> teksten = new ArrayList<>();
        lijst.forEach(t -> teksten.add(t.asText()));
        return teksten;
    }

    private static MultiValueMap<String, Object> delen(Wijziging... wijzigingen) {
        MultiValueMap<String, Object> delen = new LinkedMultiValueMap<>();
        for (Wijziging w : wijzigingen) {
            delen.add("bestanden", bestand(w));
        }
        delen.add("vanaf", VANAF);
        delen.add("tot", TOT);
        delen.add("aantal", "20");
        delen.add("zaad", ZAAD);
        return delen;
    }

    private static ByteArrayResource bestand(Wijziging w) {
        return new ByteArrayResource(w.inhoud()) {
            @Override
            public String getFilename() {
                return w.bestand();
            }
        };
    }

    private static HttpHeaders multipart() {
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.MULTIPART_FORM_DATA);
        return kop;
    }

    private static HttpEntity<MultiValueMap<String, Object>> deployment(Wijziging w) {
        MultiValueMap<String, Object> delen = new LinkedMultiValueMap<>();
        delen.add("deployment-name", "watals-test");
        delen.add(w.bestand(), bestand(w));
        return new HttpEntity<>(delen, multipart());
    }

    private JsonNode wachtOp(String id) throws Exception {
        long tot = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < tot) {
            JsonNode stand = json.readTree(http.withBasicAuth("beleid", "demo")
                    .getForEntity("/api/beleid/watals/" + id, String.class).getBody());
            if (!"BEZIG".equals(stand.get("status").asText())) {
                assertThat(stand.get("status").asText()).as(stand::toString).isEqualTo("KLAAR");
                return stand;
            }
            Thread.sleep(500);
        }
        http.withBasicAuth("beleid", "demo").exchange("/api/beleid/watals/" + id, HttpMethod.DELETE, null,
                String.class);
        throw new AssertionError("Naspeling " + id + " niet klaar binnen tien minuten");
    }

    /** Every cell with a difference, as "figuur kwartaal gemeente". */
    private static List<String> verschillen(JsonNode uitkomst) {
        List<String> verschillen = new ArrayList<>();
        for (JsonNode figuur : uitkomst.get("figuren")) {
            figuur.get("perKwartaal").fields().forEachRemaining(k -> k.getValue().fields().forEachRemaining(g -> {
                JsonNode cel = g.getValue();
                // A share with nothing to divide on either side has no difference (null is left out of the JSON)
                boolean verschil = cel.path("verschil").isNumber() ? cel.get("verschil").asDouble() != 0
                        : !cel.path("voor").equals(cel.path("na"));
                if (verschil) {
                    verschillen.add(figuur.get("figuur").asText() + " " + k.getKey() + " " + g.getKey());
                }
            }));
        }
        return verschillen;
    }

    private static JsonNode figuur(JsonNode uitkomst, String naam) {
        for (JsonNode f : uitkomst.get("figuren")) {
            if (f.get("figuur").asText().equals(naam)) {
                return f;
            }
        }
        throw new AssertionError("Geen cijfer " + naam + " in " + uitkomst);
    }

    private static JsonNode periode(JsonNode uitkomst, String naam, String gemeente) {
        return figuur(uitkomst, naam).get("periode").get(gemeente);
    }

    private static JsonNode kwartaal(JsonNode uitkomst, String naam, String kwartaal, String gemeente) {
        return figuur(uitkomst, naam).get("perKwartaal").get(kwartaal).get(gemeente);
    }

    /** Rows of every table of the application's database, but the engine's metrics (flushed on a timer). */
    private Map<String, Long> rijen() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Map<String, Long> rijen = new TreeMap<>();
        List<String> tabellen = new ArrayList<>();
        try (var verbinding = database.getConnection()) {
            DatabaseMetaData meta = verbinding.getMetaData();
            try (ResultSet rs = meta.getTables(verbinding.getCatalog(), verbinding.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (rs.next()) {
                    tabellen.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        for (String tabel : tabellen) {
            if (!tabel.toUpperCase().contains("METER_LOG")) {
                // PostgreSQL names its tables in lower case, H2 in upper case: compare by one spelling
                rijen.put(tabel.toUpperCase(), jdbc.queryForObject("SELECT COUNT(*) FROM \"" + tabel + "\"",
                        Long.class));
            }
        }
        assertThat(rijen).containsKeys("GEBEURTENIS", "ACT_RU_EXECUTION", "ACT_HI_PROCINST");
        return rijen;
    }
}
