package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.betrouwbaarheid.Verzoek;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.Tellingen;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cross-site request forgery on the HTTP Basic APIs (issue #20, finding 2): a page on another site makes the
 * beleidsmedewerker's browser, which holds Basic credentials for us, post a deployment or a koppeling. Refused
 * before anything is read or stored; Camunda Modeler (old and new) and non-browser clients keep working.
 */
@IntegratieTest
class VreemdeHerkomstTest {

    private static final String VREEMD = "https://evil.example";

    @LocalServerPort
    int poort;
    @Autowired
    RepositoryService repository;
    @Autowired
    Tellingen tellingen;
    @Autowired
    ObjectMapper json;

    @Test
    void camundaModeler5DeploytVanuitZijnFileOrigin() throws Exception {
        String key = "herkomstModeler5";
        long voor = versies(key);

        HttpResponse<String> antwoord = ModelerVerzoek.modeler5("beleid", key).stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(versies(key)).as(antwoord.body()).isEqualTo(voor + 1);
    }

    @Test
    void deOudeModelerEnScriptsZonderBrowserkoppenDeployenOok() throws Exception {
        String key = "herkomstZonderBrowser";
        long voor = versies(key);

        HttpResponse<String> antwoord = ModelerVerzoek.kaal("beleid", key)
                .metKop("User-Agent", "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)").stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
        assertThat(versies(key)).as(antwoord.body()).isEqualTo(voor + 1);
    }

    static Stream<Arguments> aanvallen() {
        return Stream.of(
                Arguments.of("formulier van een andere site", Map.of("Origin", VREEMD)),
                Arguments.of("formulier met Sec-Fetch-Site", Map.of("Origin", VREEMD, "Sec-Fetch-Site", "cross-site",
                        "Sec-Fetch-Mode", "navigate")),
                Arguments.of("andere site, zelfs met X-Requested-With", Map.of("Origin", VREEMD,
                        "X-Requested-With", "XMLHttpRequest")),
                Arguments.of("sandboxed iframe (Origin null)", Map.of("Origin", "null")),
                Arguments.of("zelfde host, andere poort", Map.of("Origin", "http://localhost:1")),
                Arguments.of("lijkt op de eigen host", Map.of("Origin", "http://localhost.evil.example")),
                Arguments.of("oude browser: alleen een vreemde Referer", Map.of("Referer", VREEMD + "/lokpagina.html")),
                Arguments.of("alleen Sec-Fetch-Site cross-site", Map.of("Sec-Fetch-Site", "cross-site")),
                Arguments.of("subdomein van dezelfde site", Map.of("Sec-Fetch-Site", "same-site")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aanvallen")
    void eenDeploymentVanEenAndereSiteWordtGeweigerdEnNietsGedeployed(String geval, Map<String, String> koppen)
            throws Exception {
        String key = "herkomstAanval";
        long voor = versies(key);
        Verzoek verzoek = ModelerVerzoek.kaal("beleid", key);
        for (var kop : koppen.entrySet()) {
            verzoek = verzoek.metKop(kop.getKey(), kop.getValue());
        }

        HttpResponse<String> antwoord = verzoek.stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
        assertThat(antwoord.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode probleem = json.readTree(antwoord.body());
        assertThat(probleem.path("title").asText()).isEqualTo("Verzoek van buiten geweigerd");
        assertThat(probleem.path("detail").asText()).isNotBlank();
        assertThat(versies(key)).isEqualTo(voor);
    }

    @Test
    void eenFormulierVanEenAndereSiteOpentGeenDossier() throws Exception {
        Map<String, Long> voor = tellingen.nu();
        String formulier = "bsn=" + TestDossiers.uniekBsn() + "&naam=Amina+Yusuf";

        HttpResponse<String> antwoord = new Verzoek("formulier", "POST", "/api/dossiers",
                "application/x-www-form-urlencoded", Verzoek.bytes(formulier), false, "casusregisseur")
                .metKop("Origin", VREEMD).stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
        assertThat(tellingen.nu()).isEqualTo(voor);
    }

    @Test
    void eenEigenPaginaMagJsonVersturen() throws Exception {
        HttpResponse<String> antwoord = Verzoek.post("JSON van de eigen site", "/engine-rest/task/count",
                        "{\"taskDefinitionKey\":\"bestaatNiet\"}")
                .metKop("Origin", "http://localhost:" + poort).metKop("Sec-Fetch-Site", "same-origin")
                .stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
    }

    @Test
    void eenBrowserMoetBijEenFormulierinhoudEenNietEenvoudigeKopMeesturen() throws Exception {
        // Even from our own origin: a plain HTML form (multipart, urlencoded, text/plain) is what an injected form
        // would send; a script of ours sets X-Requested-With, which no form can
        String key = "herkomstEigenSite";
        long voor = versies(key);
        Verzoek vanEigenSite = ModelerVerzoek.kaal("beleid", key).metKop("Origin", "http://localhost:" + poort)
                .metKop("Sec-Fetch-Site", "same-origin");

        assertThat(vanEigenSite.stuur(poort).statusCode()).isEqualTo(403);
        assertThat(versies(key)).isEqualTo(voor);

        HttpResponse<String> metKop = vanEigenSite.metKop("X-Requested-With", "XMLHttpRequest").stuur(poort);
        assertThat(metKop.statusCode()).as(metKop.body()).isEqualTo(200);
        assertThat(versies(key)).as(metKop.body()).isEqualTo(voor + 1);
    }

    @Test
    void lezenVanEenAndereSiteBlijftAanCorsOvergelaten() throws Exception {
        // A GET changes nothing, and without CORS headers the foreign page cannot read the answer
        HttpResponse<String> antwoord = Verzoek.get("lezen", "/engine-rest/version").metKop("Origin", VREEMD)
                .stuur(poort);

        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private long versies(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).count();
    }
}
