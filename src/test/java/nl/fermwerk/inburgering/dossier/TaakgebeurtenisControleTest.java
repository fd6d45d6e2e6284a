package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A completed task records the event its model names, with the fields of its form. A beleidsmedewerker's typo in the
 * event name, or a task that no longer asks a field the event needs, fails the completion with a Dutch message and
 * stores nothing; a field the vocabulary does not know is kept as recorded.
 */
@IntegratieTest
class TaakgebeurtenisControleTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    Gebeurtenissen gebeurtenissen;
    @Autowired
    Dossiers dossiers;
    @Autowired
    TestRestTemplate http;

    private String dossierId;

    @BeforeEach
    void start() {
        testDossiers.deployEenmalig("gebeurtenisvoorwaardenTest", "testprocessen/gebeurtenisvoorwaarden.bpmn");
        dossierId = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        runtime.startProcessInstanceByKey("gebeurtenisvoorwaardenTest", dossierId,
                Map.of("dossierId", dossierId, "gemeente", "WOERDEN"));
    }

    @Test
    void eenVerschrevenGebeurtenisnaamLaatDeAfrondingMislukkenEnLegtNietsVast() {
        int versie = gebeurtenissen.versie(dossierId);
        Task taak = taak("verschreven");

        assertThatThrownBy(() -> taken.complete(taak.getId(), pip(Map.of("leerroute", "B1", "pipDatum", vandaag()))))
                .hasRootCauseInstanceOf(OngeldigeGebeurtenisException.class)
                .hasMessageContaining("'PipVastgesteldd'")
                .hasMessageContaining("bestaat niet");

        assertThat(gebeurtenissen.versie(dossierId)).isEqualTo(versie);
        assertThat(taak("verschreven")).isNotNull();
    }

    @Test
    void eenOntbrekendVerplichtVeldLaatDeAfrondingMislukkenEnLegtNietsVast() {
        int versie = gebeurtenissen.versie(dossierId);
        Task taak = taak("onvolledig");

        assertThatThrownBy(() -> taken.complete(taak.getId(), pip(Map.of("leerroute", "B1"))))
                .hasRootCauseInstanceOf(OngeldigeGebeurtenisException.class)
                .hasMessageContaining("pipDatum")
                .hasMessageContaining("ontbreekt");

        assertThat(gebeurtenissen.versie(dossierId)).isEqualTo(versie);
        assertThat(dossierStaat().leerroute()).isNull();
    }

    @Test
    void tasklistKrijgt400MetDeNederlandseMelding() {
        Task taak = taak("verschreven");
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.APPLICATION_JSON);
        String lichaam = """
                {"variables": {"leerroute": {"value": "B1", "type": "String"},
                               "pipDatum": {"value": "%s", "type": "String"},
                               "taalniveauDoel": {"value": "B1"}, "pvtGepland": {"value": "%s"},
                               "pvtAanbieder": {"value": "NL Training"}, "pipVaststelling": {"value": "MET_INBRENG"}}}"""
                .formatted(vandaag(), vandaag());
        ResponseEntity<String> antwoord = http.withBasicAuth("casusregisseur", "demo").postForEntity(
                "/engine-rest/task/" + taak.getId() + "/complete", new HttpEntity<>(lichaam, kop), String.class);

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getBody()).contains("PipVastgesteldd").contains("bestaat niet");
        assertThat(taak("verschreven")).isNotNull();
    }

    @Test
    void eenVeldDatDeWoordenlijstNietKentBlijftBewaardNaastHetGetypeerdeFeit() {
        Task taak = taak("extraVeld");

        taken.complete(taak.getId(), Map.of("datumStart", vandaag(), "opmerking", "start na de zomer"));

        Gebeurtenis g = gebeurtenissen.vanDossier(dossierId).get(gebeurtenissen.versie(dossierId) - 1);
        assertThat(g.type()).isEqualTo("LeerrouteGestart");
        assertThat(g.feit()).isEqualTo(new Feit.LeerrouteGestart("extraVeld", taak.getId(), "PIP", Klok.vandaag()));
        assertThat(g.data()).containsEntry("opmerking", "start na de zomer").containsEntry("datumStart", vandaag());
        // The events API shows the data as stored, and no typed copy beside it
        String json = http.withBasicAuth("casusregisseur", "demo")
                .getForObject("/api/dossiers/" + dossierId + "/gebeurtenissen", String.class);
        assertThat(json).contains("\"opmerking\":\"start na de zomer\"").doesNotContain("\"feit\"");
    }

    private DossierStaat dossierStaat() {
        return dossiers.vind(dossierId).orElseThrow();
    }

    private Task taak(String sleutel) {
        return taken.createTaskQuery().processInstanceBusinessKey(dossierId)
                .processDefinitionKey("gebeurtenisvoorwaardenTest").taskDefinitionKey(sleutel).singleResult();
    }

    private static String vandaag() {
        return Klok.vandaag().toString();
    }

    /** The answers the PIP form requires besides those a test is about. */
    private static Map<String, Object> pip(Map<String, Object> antwoorden) {
        Map<String, Object> alle = new java.util.HashMap<>(antwoorden);
        alle.putAll(Map.of("taalniveauDoel", "B1", "pvtGepland", vandaag(), "pvtAanbieder", "NL Training",
                "pipVaststelling", "MET_INBRENG"));
        return alle;
    }
}
