package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.env.MockEnvironment;

/** Hardening: headers, CSRF, session timeout, no stack traces, and prod refusing demo users and weak passwords. */
@IntegratieTest
class BeveiligingTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    ServletWebServerApplicationContext web;
    @LocalServerPort
    int poort;

    @Test
    void deApiStuurtBeveiligingsheaders() {
        ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo")
                .getForEntity("/api/dossiers", String.class);
        HttpHeaders kop = antwoord.getHeaders();
        assertThat(kop.getFirst("Content-Security-Policy")).isEqualTo(Beveiliging.CSP_API);
        assertThat(kop.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(kop.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(kop.getCacheControl()).contains("no-store");
        // No session for a stateless API, so no cookie a cross-site request could ride on
        assertThat(kop.get(HttpHeaders.SET_COOKIE)).isNull();
    }

    @Test
    void onzePaginasKrijgenEenCspMaarCamundasWebappsHunEigen() {
        ResponseEntity<String> eigen = http.getForEntity("/v3/api-docs", String.class);
        assertThat(eigen.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(Beveiliging.CSP_PAGINAS);

        ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/", String.class);
        assertThat(tasklist.getHeaders().get("Content-Security-Policy")).as("één beleid, dat van Camunda")
                .allSatisfy(csp -> assertThat(csp).isNotEqualTo(Beveiliging.CSP_PAGINAS));
    }

    @Test
    void zonderHttpsGeenHstsMaarProdGelooftDeProxy() {
        // HSTS over plain HTTP is meaningless and ignored by browsers; prod sees HTTPS through X-Forwarded-Proto
        ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo")
                .getForEntity("/api/dossiers", String.class);
        assertThat(antwoord.getHeaders().get("Strict-Transport-Security")).isNull();
    }

    @Test
    void csrfStaatAanVoorOnzeSessiePaginas() {
        // A state-changing request on a session-based path of ours without a CSRF token is refused
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        // /dashboard and /dossiers/** take stateless HTTP Basic; every other path of ours is session based
        ResponseEntity<String> antwoord = http.exchange("/rapportage/dashboard.js", HttpMethod.POST,
                new HttpEntity<>("a=b", kop), String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void eenTasklistSessieVerlooptNaEenHalfUurZonderGebruik() throws Exception {
        CamundaSessie sessie = CamundaSessie.aangemeld(poort, "casusregisseur");
        Context tomcat = (Context) ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren()[0];
        Session echt = tomcat.getManager().findSession(sessie.sessieId());
        assertThat(echt).as("de sessie van de aanmelding bestaat op de server").isNotNull();
        assertThat(echt.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/dossiers?pagina=x", "/api/dossiers/IB-0", "/api/dossiers?grootte=0",
            "/engine-rest/task/bestaat-niet/variables", "/engine-rest/process-instance/bestaat-niet",
            "/engine-rest/task?sortBy=onzin", "/bestaat-niet"})
    void foutantwoordenBevattenGeenStacktrace(String pad) {
        ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo").getForEntity(pad, String.class);
        assertThat(antwoord.getStatusCode().isError()).isTrue();
        assertThat(String.valueOf(antwoord.getBody()))
                .doesNotContain("\tat ", "at org.", "at nl.", ".java:", "\"trace\"", "stackTrace", "Caused by");
    }

    @Test
    void eenKapotVerzoekAanDeEngineGeeftGeenStacktrace() {
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo").postForEntity(
                "/engine-rest/process-definition/key/inburgeringstraject/start", new HttpEntity<>("{kapot", kop),
                String.class);
        assertThat(antwoord.getStatusCode().is4xxClientError()).isTrue();
        assertThat(String.valueOf(antwoord.getBody())).doesNotContain("\tat ", ".java:", "Caused by");
    }

    @Test
    void wieEenTaakMagLezenLeestNogNietHaarVariabelen() {
        String dossier = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        String taak = testDossiers.taak(dossier, "leerbaarheidstoets").getId();
        String groep = "proeflezer-" + UUID.randomUUID().toString().substring(0, 8);
        Authorization lezen = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        lezen.setGroupId(groep);
        lezen.setResource(Resources.TASK);
        lezen.setResourceId(taak);
        lezen.addPermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(lezen);
        engine.getIdentityService().setAuthentication("proeflezer", List.of(groep));
        try {
            assertThat(engine.getTaskService().createTaskQuery().taskId(taak).count()).isEqualTo(1);
            assertThatThrownBy(() -> engine.getTaskService().getVariables(taak))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
            engine.getAuthorizationService().deleteAuthorization(lezen.getId());
        }
    }

    @Test
    void prodWeigertDemoGebruikersEnSimulatie() {
        for (String profiel : new String[] {"demo", "simulatie"}) {
            MockEnvironment omgeving = new MockEnvironment();
            omgeving.setActiveProfiles("prod", profiel);
            assertThatThrownBy(() -> new ProductieControle(omgeving, "een-lang-en-eigen-wachtwoord")
                    .afterPropertiesSet()).isInstanceOf(IllegalStateException.class).hasMessageContaining("demo");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "demo", "admin", "Camunda", "kort-maar-1"})
    void prodWeigertEenStandaardOfKortWachtwoord(String wachtwoord) {
        MockEnvironment omgeving = new MockEnvironment();
        omgeving.setActiveProfiles("prod", "postgres");
        assertThatThrownBy(() -> new ProductieControle(omgeving, wachtwoord).afterPropertiesSet())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ADMIN_PASSWORD");
    }

    @Test
    void prodStartMetEenEigenSterkWachtwoordZonderDemo() {
        MockEnvironment omgeving = new MockEnvironment();
        omgeving.setActiveProfiles("prod", "postgres");
        new ProductieControle(omgeving, "een-lang-en-eigen-wachtwoord").afterPropertiesSet();
        assertThat(omgeving.getActiveProfiles()).containsExactly("prod", "postgres");
    }
}
