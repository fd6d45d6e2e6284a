package nl.fermwerk.inburgering.modellen;

import static nl.fermwerk.inburgering.modellen.Testmodellen.beslissing;
import static nl.fermwerk.inburgering.modellen.Testmodellen.proces;
import static nl.fermwerk.inburgering.modellen.Testmodellen.uniekeSleutel;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue #20, finding 1: every deployment is recorded (who, when by the engine clock and the wall clock, which files,
 * and what changed against the previous deployment of the same name), also the refused ones, and only functioneel
 * beheer reads the record on {@code GET /api/beheer/deployments}.
 */
@IntegratieTest
class DeploymentRegistratieTest {

    static final String PAD = "/api/beheer/deployments";
    static final Instant ENGINEKLOK = Instant.parse("2027-02-03T10:15:00Z");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    @Test
    void eenDeploymentVanEenBeleidsmedewerkerWordtVastgelegdMetWieWanneerEnWatErVeranderde() throws Exception {
        String naam = uniekeSleutel("registratie");
        String procesA = uniekeSleutel("a");
        ClockUtil.setCurrentTime(Date.from(ENGINEKLOK));
        Instant voor = Instant.now();

        String eerste = id(ModelerDeploy.met(naam).alles()
                .bestand("a.bpmn", proces(procesA, ""))
                .bestand("b.form", formulier("b"))
                .bestand("d.form", formulier("d")).als(http, "beleid"));
        String tweede = id(ModelerDeploy.met(naam).alles()
                .bestand("a.bpmn", proces(procesA, "<bpmn:endEvent id=\"Einde\" />"))
                .bestand("c.dmn", beslissing(uniekeSleutel("c"), "", "invoer"))
                .bestand("d.form", formulier("d")).als(http, "beleid"));

        List<JsonNode> regels = alleRegels();
        JsonNode laatste = regel(regels, tweede);
        assertThat(regels.indexOf(laatste)).as("nieuwste eerst").isLessThan(regels.indexOf(regel(regels, eerste)));
        assertThat(laatste.get("gebruiker").asText()).isEqualTo("beleid");
        assertThat(laatste.get("naam").asText()).isEqualTo(naam);
        assertThat(laatste.get("bron").asText()).isEqualTo("Camunda Modeler");
        assertThat(laatste.get("resultaat").asText()).isEqualTo("GEDEPLOYED");
        assertThat(Instant.parse(laatste.get("tijdstip").asText())).isEqualTo(ENGINEKLOK);
        assertThat(Instant.parse(laatste.get("systeemtijd").asText())).isBetween(voor.minusSeconds(1),
                Instant.now().plusSeconds(1));
        assertThat(tekst(laatste.get("bestanden"))).containsExactly("a.bpmn", "c.dmn", "d.form");
        assertThat(tekst(laatste.get("nieuw"))).containsExactly("c.dmn");
        assertThat(tekst(laatste.get("gewijzigd"))).containsExactly("a.bpmn");
        assertThat(tekst(laatste.get("ongewijzigd"))).containsExactly("d.form");
        assertThat(tekst(laatste.get("verwijderd"))).containsExactly("b.form");

        JsonNode eersteRegel = regel(regels, eerste);
        assertThat(tekst(eersteRegel.get("nieuw"))).containsExactly("a.bpmn", "b.form", "d.form");
        assertThat(tekst(eersteRegel.get("gewijzigd"))).isEmpty();
        assertThat(tekst(eersteRegel.get("verwijderd"))).isEmpty();
    }

    @Test
    void eenGeweigerdeDeploymentStaatErOokIn() throws Exception {
        String naam = uniekeSleutel("geweigerd");

        ResponseEntity<String> antwoord = ModelerDeploy.met(naam).bestand("kwaad.bpmn", proces(uniekeSleutel("kwaad"),
                "<bpmn:serviceTask id=\"Taak_kwaad\" camunda:class=\"java.lang.Object\" />")).als(http, "beleid");
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        JsonNode regel = alleRegels().stream().filter(r -> r.path("naam").asText().equals(naam)).findFirst()
                .orElseThrow(() -> new AssertionError("geen registratie van de geweigerde deployment " + naam));
        assertThat(regel.get("resultaat").asText()).isEqualTo("GEWEIGERD");
        assertThat(regel.get("gebruiker").asText()).isEqualTo("beleid");
        assertThat(regel.has("deploymentId")).as("een geweigerde deployment bestaat niet").isFalse();
        assertThat(tekst(regel.get("bestanden"))).containsExactly("kwaad.bpmn");
        assertThat(regel.get("reden").asText()).contains("kwaad.bpmn, element 'Taak_kwaad'", "geen Java-klassen");
    }

    @Test
    void deDeploymentBijDeStartVanDeApplicatieIsVanHetSysteem() throws Exception {
        assertThat(alleRegels()).anySatisfy(regel -> {
            assertThat(regel.get("gebruiker").asText()).isEqualTo("systeem");
            // the starter names the files by where it found them on the classpath
            assertThat(tekst(regel.get("bestanden"))).anyMatch(b -> b.endsWith("processes/inburgeringstraject.bpmn"))
                    .anyMatch(b -> b.endsWith("processes/taakverdeling.dmn"))
                    .anyMatch(b -> b.endsWith("forms/regeldag.form"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"beleid", "casusregisseur", "vsgh", "manager"})
    void alleenFunctioneelBeheerLeestHetRegister(String gebruiker) {
        ResponseEntity<String> antwoord = http.withBasicAuth(gebruiker, "demo").getForEntity(PAD, String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void eenOngeldigePaginaIsEenFoutVanDeAanvrager() throws Exception {
        ResponseEntity<String> antwoord = http.withBasicAuth("beheer", "demo").getForEntity(PAD + "?grootte=0",
                String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(antwoord.getBody()).contains("grootte");
    }

    private String id(ResponseEntity<String> antwoord) throws Exception {
        assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.OK);
        return json.readTree(antwoord.getBody()).get("id").asText();
    }

    /** Every page of the register, newest first, as functioneel beheer reads it. */
    private List<JsonNode> alleRegels() throws Exception {
        List<JsonNode> regels = new ArrayList<>();
        for (int pagina = 0; pagina < 100; pagina++) {
            ResponseEntity<String> antwoord = http.withBasicAuth("beheer", "demo")
                    .getForEntity(PAD + "?pagina=" + pagina + "&grootte=50", String.class);
            assertThat(antwoord.getStatusCode()).as(antwoord::getBody).isEqualTo(HttpStatus.OK);
            JsonNode deze = json.readTree(antwoord.getBody()).get("deployments");
            deze.forEach(regels::add);
            if (deze.size() < 50) {
                return regels;
            }
        }
        throw new AssertionError("meer dan 5000 registraties in de testdatabase");
    }

    private static JsonNode regel(List<JsonNode> regels, String deploymentId) {
        return regels.stream().filter(r -> r.path("deploymentId").asText().equals(deploymentId)).findFirst()
                .orElseThrow(() -> new AssertionError("geen registratie van deployment " + deploymentId));
    }

    private static List<String> tekst(JsonNode lijst) {
        List<String> tekst = new ArrayList<>();
        lijst.forEach(n -> tekst.add(n.asText()));
        return tekst;
    }

    private static String formulier(String id) {
        return "{\"components\": [], \"type\": \"default\", \"id\": \"" + id + "\", \"executionPlatform\": "
                + "\"Camunda Platform\", \"executionPlatformVersion\": \"7.24.0\", \"schemaVersion\": 16}";
    }
}
