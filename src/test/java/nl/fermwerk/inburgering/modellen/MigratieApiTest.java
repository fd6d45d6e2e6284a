package nl.fermwerk.inburgering.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
 * Functioneel beheer moves running instances to a new version through /api/beheer/migraties: a dry run that says
 * what moves and what cannot and why, then a batch; the moved instances, one of them waiting on a timer and one on an
 * async job, go on in the new version. Uses its own test model (testprocessen/migratie-v1/v2.bpmn) so that it does not
 * depend on how the trajectory is modelled today.
 */
@IntegratieTest
class MigratieApiTest {

    static final String PAD = "/api/beheer/migraties";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    ManagementService beheer;
    @Autowired
    HistoryService historie;
    @Autowired
    ObjectMapper json;

    ProcessDefinition v1;
    ProcessDefinition v2;

    @BeforeEach
    void deployTweeVersies() {
        v1 = deploy("testprocessen/migratie-v1.bpmn");
        v2 = deploy("testprocessen/migratie-v2.bpmn");
    }

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    @Test
    void lopendeInstantiesGaanNaDeMigratieVerderInDeNieuweVersie() throws Exception {
        // A waits at a user task, B on the two-week timer, D on the async job before 'plan', C at the removed step
        String a = start();
        String b = start();
        rondAf(b, "intake");
        Job timerVanB = beheer.createJobQuery().processInstanceId(b).timers().singleResult();
        Date vervaldatum = timerVanB.getDuedate();
        String d = start();
        rondAf(d, "intake");
        beheer.executeJob(beheer.createJobQuery().processInstanceId(d).timers().singleResult().getId());
        assertThat(beheer.createJobQuery().processInstanceId(d).activityId("plan").count()).isEqualTo(1);
        String c = start();
        rondAf(c, "intake");
        beheer.executeJob(beheer.createJobQuery().processInstanceId(c).timers().singleResult().getId());
        voerJobsUitVan(c);
        rondAf(c, "plan");
        assertThat(taak(c, "oudeStap")).isNotNull();
        List<String> alle = List.of(a, b, c, d);

        // Dry run: A, B and D can move, C cannot because v2 has no 'oudeStap'; nothing moves
        ResponseEntity<String> proef = post(verzoek(alle), true);
        assertThat(proef.getStatusCode()).as(proef::getBody).isEqualTo(HttpStatus.OK);
        JsonNode voorstel = json.readTree(proef.getBody());
        assertThat(voorstel.at("/bron/id").asText()).isEqualTo(v1.getId());
        assertThat(voorstel.at("/doel/id").asText()).isEqualTo(v2.getId());
        assertThat(ids(voorstel.get("verplaatsbaar"))).containsExactlyInAnyOrder(a, b, d);
        assertThat(activiteiten(voorstel.get("verplaatsbaar"), a)).containsExactly("intake");
        assertThat(activiteiten(voorstel.get("verplaatsbaar"), b)).containsExactly("wachttijd");
        assertThat(activiteiten(voorstel.get("verplaatsbaar"), d)).containsExactly("plan");
        assertThat(ids(voorstel.get("nietVerplaatsbaar"))).containsExactly(c);
        assertThat(voorstel.at("/nietVerplaatsbaar/0/redenen").toString()).contains("oudeStap",
                "de doelversie heeft geen activiteit met hetzelfde id en type");
        assertThat(voorstel.at("/nietVerplaatsbaar/0/dossier").asText()).startsWith("MIGRATIE-");
        assertThat(definitieVan(alle)).containsOnly(v1.getId());

        // The real migration of all four is refused as a whole: nothing moves
        ResponseEntity<String> geweigerd = post(verzoek(alle), false);
        assertThat(geweigerd.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(geweigerd.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode probleem = json.readTree(geweigerd.getBody());
        assertThat(probleem.get("title").asText()).isEqualTo("Niet alle instanties kunnen mee");
        assertThat(probleem.get("redenen").toString()).contains(c, "oudeStap");
        assertThat(definitieVan(alle)).containsOnly(v1.getId());

        // A, B and D move as a batch
        ResponseEntity<String> gestart = post(verzoek(List.of(a, b, d)), false);
        assertThat(gestart.getStatusCode()).as(gestart::getBody).isEqualTo(HttpStatus.ACCEPTED);
        String batchId = json.readTree(gestart.getBody()).get("batchId").asText();
        assertThat(gestart.getHeaders().getLocation()).hasToString(PAD + "/" + batchId);
        voerBatchUit(batchId);

        assertThat(definitieVan(List.of(a, b, d))).containsOnly(v2.getId());
        assertThat(definitieVan(List.of(c))).containsOnly(v1.getId());
        Job gemigreerdeTimer = beheer.createJobQuery().processInstanceId(b).timers().singleResult();
        assertThat(gemigreerdeTimer.getId()).isEqualTo(timerVanB.getId());
        assertThat(gemigreerdeTimer.getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(gemigreerdeTimer.getDuedate()).as("een lopende termijn houdt zijn vervaldatum").isEqualTo(vervaldatum);
        JsonNode status = json.readTree(http.withBasicAuth("beheer", "demo")
                .getForEntity(PAD + "/" + batchId, String.class).getBody());
        assertThat(status.get("afgerond").asBoolean()).isTrue();
        assertThat(status.get("uitgevoerd").asInt()).isEqualTo(status.get("totaal").asInt()).isPositive();

        // ...and go on in v2. A: its task moved along and completes into the timer
        assertThat(taak(a, "intake").getProcessDefinitionId()).isEqualTo(v2.getId());
        rondAf(a, "intake");
        assertThat(runtime.getActiveActivityIds(a)).containsExactly("wachttijd");
        // B: the timer is not due yet; two weeks later it is, and B reaches the step only v2 has
        assertThat(beheer.createJobQuery().processInstanceId(b).executable().count()).isZero();
        ClockUtil.setCurrentTime(new Date(vervaldatum.getTime() + 60_000));
        voerJobsUitVan(b);
        rondAf(b, "plan");
        assertThat(taak(b, "nieuweStap").getProcessDefinitionId()).isEqualTo(v2.getId());
        // The new task was routed by the taakverdeling like any other
        assertThat(taken.getIdentityLinksForTask(taak(b, "nieuweStap").getId())).extracting(l -> l.getGroupId())
                .contains("fermwerk-casusregie");
        rondAf(b, "nieuweStap");
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(b).finished().count()).isEqualTo(1);
        // D: its async job moved along and runs in v2
        voerJobsUitVan(d);
        rondAf(d, "plan");
        assertThat(taak(d, "nieuweStap")).isNotNull();
        // C stays on v1 and finishes there
        rondAf(c, "oudeStap");
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceId(c).finished().singleResult()
                .getProcessDefinitionId()).isEqualTo(v1.getId());
    }

    @Test
    void deProefdraaiKanOokViaEenEigenPadEnMetProcesEnVersienummers() throws Exception {
        String a = start();
        ResponseEntity<String> proef = http.withBasicAuth("beheer", "demo").postForEntity(PAD + "/proefdraai",
                json(Map.of("proces", "migratieproef", "bronVersie", v1.getVersion(), "doelVersie", v2.getVersion())),
                String.class);
        assertThat(proef.getStatusCode()).as(proef::getBody).isEqualTo(HttpStatus.OK);
        JsonNode voorstel = json.readTree(proef.getBody());
        // Without a list: every running instance of v1, here only the one just started
        assertThat(ids(voorstel.get("verplaatsbaar"))).containsExactly(a);
        assertThat(voorstel.get("instructies").toString()).contains("\"van\":\"wachttijd\",\"naar\":\"wachttijd\"");
    }

    @Test
    void alleenFunctioneelBeheerMagMigreren() {
        for (String gebruiker : List.of("beleid", "casusregisseur", "vsgh")) {
            ResponseEntity<String> antwoord = http.withBasicAuth(gebruiker, "demo").postForEntity(PAD + "?proefdraai=true",
                    json(Map.of("bronDefinitie", v1.getId(), "doelDefinitie", v2.getId())), String.class);
            assertThat(antwoord.getStatusCode()).as(gebruiker).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void onbekendeVersiesEnVreemdeInstantiesGeven400MetHetVeld() throws Exception {
        ResponseEntity<String> antwoord = http.withBasicAuth("beheer", "demo").postForEntity(PAD + "?proefdraai=true",
                json(Map.of("proces", "migratieproef", "bronVersie", 999_999, "doelVersie", v2.getVersion())),
                String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(antwoord.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(antwoord.getBody()).at("/fouten/0/veld").asText()).isEqualTo("bronVersie");

        antwoord = post(Map.of("bronDefinitie", v1.getId(), "doelDefinitie", v2.getId(),
                "procesInstanties", List.of("bestaat-niet")), true);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).at("/fouten/0/veld").asText()).isEqualTo("procesInstanties");

        antwoord = post(Map.of("bronDefinitie", v1.getId(), "doelDefinitie", v1.getId()), true);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(antwoord.getBody()).at("/fouten/0/veld").asText()).isEqualTo("doelDefinitie");
    }

    @Test
    void eenOnbekendeBatchGeeft404() {
        ResponseEntity<String> antwoord = http.withBasicAuth("beheer", "demo").getForEntity(PAD + "/bestaat-niet",
                String.class);
        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(antwoord.getBody()).contains("Migratie niet gevonden");
    }

    private ProcessDefinition deploy(String bron) {
        String deployment = repository.createDeployment().addClasspathResource(bron).name("migratieproef").deploy()
                .getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
    }

    private String start() {
        return runtime.startProcessInstanceById(v1.getId(), "MIGRATIE-" + UUID.randomUUID(),
                Map.of("gemeente", "WOERDEN", "dossierId", "MIGRATIE")).getId();
    }

    private Task taak(String instantie, String taakKey) {
        return taken.createTaskQuery().processInstanceId(instantie).taskDefinitionKey(taakKey).singleResult();
    }

    private void rondAf(String instantie, String taakKey) {
        Task taak = taak(instantie, taakKey);
        assertThat(taak).as("open taak " + taakKey).isNotNull();
        taken.complete(taak.getId());
        voerJobsUitVan(instantie);
    }

    /** Runs the due jobs of one instance only: other tests' instances share this database. */
    private void voerJobsUitVan(String instantie) {
        for (int ronde = 0; ronde < 10; ronde++) {
            List<Job> jobs = beheer.createJobQuery().processInstanceId(instantie).executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> beheer.executeJob(job.getId()));
        }
    }

    /** Runs the seed, migration and monitor jobs of one batch, whatever their due date, until the batch is done. */
    private void voerBatchUit(String batchId) {
        Batch batch = beheer.createBatchQuery().batchId(batchId).singleResult();
        assertThat(batch).isNotNull();
        List<String> definities = List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId());
        for (int ronde = 0; ronde < 10 && beheer.createBatchQuery().batchId(batchId).count() > 0; ronde++) {
            for (String definitie : definities) {
                beheer.createJobQuery().jobDefinitionId(definitie).list()
                        .forEach(job -> beheer.executeJob(job.getId()));
            }
        }
        assertThat(beheer.createBatchQuery().batchId(batchId).count()).as("batch afgerond").isZero();
    }

    private List<String> definitieVan(List<String> instanties) {
        List<String> definities = new ArrayList<>();
        for (String id : instanties) {
            definities.add(runtime.createProcessInstanceQuery().processInstanceId(id).singleResult()
                    .getProcessDefinitionId());
        }
        return definities;
    }

    private Map<String, Object> verzoek(List<String> instanties) {
        return Map.of("bronDefinitie", v1.getId(), "doelDefinitie", v2.getId(), "procesInstanties", instanties);
    }

    private ResponseEntity<String> post(Map<String, Object> verzoek, boolean proefdraai) {
        return http.withBasicAuth("beheer", "demo").postForEntity(PAD + (proefdraai ? "?proefdraai=true" : ""),
                json(verzoek), String.class);
    }

    private static HttpEntity<Map<String, Object>> json(Map<String, Object> inhoud) {
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(inhoud, kop);
    }

    private static List<String> ids(JsonNode instanties) {
        List<String> ids = new ArrayList<>();
        instanties.forEach(i -> ids.add(i.get("procesInstantie").asText()));
        return ids;
    }

    private static List<String> activiteiten(JsonNode instanties, String id) {
        List<String> activiteiten = new ArrayList<>();
        instanties.forEach(i -> {
            if (i.get("procesInstantie").asText().equals(id)) {
                i.get("activiteiten").forEach(a -> activiteiten.add(a.asText()));
            }
        });
        return activiteiten;
    }
}
