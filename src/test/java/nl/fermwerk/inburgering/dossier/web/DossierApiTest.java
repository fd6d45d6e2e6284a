package nl.fermwerk.inburgering.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.Tellingen;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@IntegratieTest
class DossierApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    Tellingen tellingen;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ObjectMapper json;
    @Autowired
    IdentityService identiteit;

    @ParameterizedTest
    @ValueSource(strings = {"/api/dossiers", "/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/history/task"})
    void zonderAanmeldingGeeftElkeApi401(String pad) {
        ResponseEntity<String> antwoord = http.getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(antwoord.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void eenVerkeerdWachtwoordGeeft401() {
        // A user of its own: Camunda delays the next login of a user after a wrong password (brute-force protection)
        if (identiteit.createUserQuery().userId("proefpersoon").count() == 0) {
            var gebruiker = identiteit.newUser("proefpersoon");
            gebruiker.setPassword("geheim-en-lang");
            identiteit.saveUser(gebruiker);
        }
        assertThat(http.withBasicAuth("proefpersoon", "fout").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void eenGeldigeKoppelingOpentEenDossierEnStartHetTraject() throws Exception {
        Map<String, Object> koppeling = TestDossiers.koppelingsverzoek();
        ResponseEntity<String> antwoord = post(koppeling);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String dossierId = json.readTree(antwoord.getBody()).get("dossierId").asText();
        assertThat(antwoord.getHeaders().getLocation()).hasToString("/api/dossiers/" + dossierId);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId)
                .processDefinitionKey("inburgeringstraject").count()).isEqualTo(1);
        // Only routing data in the process: never the BSN
        String instantie = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId)
                .processDefinitionKey("inburgeringstraject").singleResult().getId();
        assertThat(runtime.getVariables(instantie)).doesNotContainKeys("bsn", "geboortedatum")
                .containsEntry("gemeente", "WOERDEN").containsEntry("dossierId", dossierId);

        JsonNode dossier = json.readTree(lees("/api/dossiers/" + dossierId).getBody());
        assertThat(dossier.get("gemeente").asText()).isEqualTo("WOERDEN");
        assertThat(dossier.get("inkoopregio").asText()).isEqualTo("U16");
        assertThat(dossier.get("fase").asText()).isEqualTo("WARME_OVERDRACHT");

        JsonNode gebeurtenissen = json.readTree(lees("/api/dossiers/" + dossierId + "/gebeurtenissen").getBody());
        assertThat(gebeurtenissen).hasSize(1);
        assertThat(gebeurtenissen.get(0).get("type").asText()).isEqualTo("DossierAangemaakt");
        assertThat(gebeurtenissen.get(0).get("actor").asText()).isEqualTo("casusregisseur");

        JsonNode lijst = json.readTree(lees("/api/dossiers?gemeente=WOERDEN&grootte=200").getBody());
        assertThat(lijst.get("totaal").asLong()).isPositive();
    }

    @Test
    void eenTweedeOpenDossierVoorHetzelfdeBsnGeeft409EnSlaatNietsOp() throws Exception {
        Map<String, Object> koppeling = TestDossiers.koppelingsverzoek();
        assertThat(post(koppeling).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Long> voor = tellingen.nu();

        ResponseEntity<String> tweede = post(koppeling);

        assertThat(tweede.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tweede.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(tweede.getBody()).get("detail").asText()).contains("open dossier");
        assertThat(tellingen.nu()).isEqualTo(voor);
    }

    static Stream<Arguments> ongeldig() {
        LocalDate vandaag = LocalDate.now(Klok.ZONE);
        return Stream.of(
                Arguments.of("bsn", null, "verplicht"),
                Arguments.of("bsn", "123456789", "elfproef"),
                Arguments.of("bsn", "12345678", "9 cijfers"),
                Arguments.of("naam", "  ", "verplicht"),
                Arguments.of("naam", "x".repeat(201), "200 tekens"),
                Arguments.of("geboortedatum", null, "verplicht"),
                Arguments.of("geboortedatum", vandaag.plusDays(1).toString(), "toekomst"),
                Arguments.of("geboortedatum", vandaag.minusYears(10).toString(), "tussen 16 en 100"),
                Arguments.of("geboortedatum", "1900-01-01", "tussen 16 en 100"),
                Arguments.of("geboortedatum", "31-12-1990", "formaat"),
                Arguments.of("doelgroep", "TOERIST", "onbekend"),
                Arguments.of("doelgroep", null, "verplicht"),
                Arguments.of("gemeente", "UTRECHT", "onbekend"),
                Arguments.of("gemeente", "woerden", "onbekend"),
                Arguments.of("datumKoppeling", null, "verplicht"),
                Arguments.of("datumKoppeling", vandaag.plusDays(1).toString(), "toekomst"),
                Arguments.of("datumKoppeling", "2021-12-31", "Wet inburgering 2021"),
                Arguments.of("uitkering", null, "true of false"),
                Arguments.of("uitkering", "misschien", "formaat"),
                Arguments.of("onbekendVeld", "x", "onbekend"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("ongeldig")
    void ongeldigeInvoerGeeft400DatHetVeldNoemtEnSlaatNietsOp(String veld, Object waarde, String uitleg)
            throws Exception {
        Map<String, Object> koppeling = TestDossiers.koppelingsverzoek();
        koppeling.put(veld, waarde);
        Map<String, Long> voor = tellingen.nu();

        ResponseEntity<String> antwoord = post(koppeling);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode probleem = json.readTree(antwoord.getBody());
        assertThat(probleem.get("fouten")).anySatisfy(fout -> {
            assertThat(fout.get("veld").asText()).isEqualTo(veld);
            assertThat(fout.get("detail").asText()).contains(uitleg);
        });
        assertThat(tellingen.nu()).isEqualTo(voor);
    }

    @Test
    void eenGezinsmigrantMetUitkeringWordtGeweigerd() throws Exception {
        Map<String, Object> koppeling = TestDossiers.koppelingsverzoek();
        koppeling.put("doelgroep", "GEZINSMIGRANT");
        koppeling.put("uitkering", true);

        ResponseEntity<String> antwoord = post(koppeling);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).get("fouten").get(0).get("veld").asText()).isEqualTo("uitkering");
    }

    @Test
    void alleFoutenWordenTegelijkGemeld() throws Exception {
        ResponseEntity<String> antwoord = post(new LinkedHashMap<>());

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).get("fouten")).extracting(f -> f.get("veld").asText())
                .contains("bsn", "naam", "geboortedatum", "doelgroep", "gemeente", "datumKoppeling", "uitkering");
    }

    @Test
    void kapotteJsonGeeft400ProblemJson() {
        ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo")
                .postForEntity("/api/dossiers", jsonEntiteit("{\"bsn\": "), String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void eenPartnerMagGeenDossierOpenen() {
        ResponseEntity<String> antwoord = http.withBasicAuth("vsgh", "demo")
                .postForEntity("/api/dossiers", jsonEntiteit("{}"), String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void eenOnbekendDossierGeeft404() {
        assertThat(lees("/api/dossiers/IB-0").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void eenDossierIsOpTeVragenPerPeildatum() throws Exception {
        String dossierId = json.readTree(post(TestDossiers.koppelingsverzoek()).getBody()).get("dossierId").asText();
        String gisteren = LocalDate.now(Klok.ZONE).minusDays(1).toString();

        assertThat(lees("/api/dossiers/" + dossierId + "?peildatum=" + gisteren).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode vandaag = json.readTree(lees("/api/dossiers/" + dossierId + "?peildatum="
                + LocalDate.now(Klok.ZONE)).getBody());
        assertThat(vandaag.get("dossierId").asText()).isEqualTo(dossierId);
    }

    private ResponseEntity<String> post(Map<String, Object> koppeling) throws Exception {
        return http.withBasicAuth("casusregisseur", "demo")
                .postForEntity("/api/dossiers", jsonEntiteit(json.writeValueAsString(koppeling)), String.class);
    }

    private ResponseEntity<String> lees(String pad) {
        return http.withBasicAuth("casusregisseur", "demo").getForEntity(pad, String.class);
    }

    private static HttpEntity<String> jsonEntiteit(String inhoud) {
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(inhoud, kop);
    }
}
