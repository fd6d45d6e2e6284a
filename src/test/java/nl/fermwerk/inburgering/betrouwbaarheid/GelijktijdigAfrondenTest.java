package nl.fermwerk.inburgering.betrouwbaarheid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Two users complete the same task at once: one succeeds, the other gets 409, never 500, and nothing is doubled. */
@IntegratieTest
class GelijktijdigAfrondenTest {

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    HistoryService historie;
    @Autowired
    ObjectProvider<HistoryService> historieLeverancier;
    @Autowired
    ObjectProvider<IdentityService> identiteitLeverancier;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void deploy() {
        testDossiers.deployEenmalig("gelijktijdigTest", "testprocessen/gelijktijdig.bpmn");
    }

    @Test
    void vierGelijktijdigeAfrondingenEenSlaagtDeRestKrijgt409() throws Exception {
        String taakId = nieuweTaak();
        int aantal = 4;
        ExecutorService pool = Executors.newFixedThreadPool(aantal);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> antwoorden = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            antwoorden.add(pool.submit(() -> {
                start.await();
                return afronden(taakId);
            }));
        }
        start.countDown();
        List<Integer> statussen = new ArrayList<>();
        for (Future<HttpResponse<String>> f : antwoorden) {
            HttpResponse<String> antwoord = f.get();
            statussen.add(antwoord.statusCode());
            if (antwoord.statusCode() == 409) {
                JsonNode body = json.readTree(antwoord.body());
                assertThat(body.path("status").asInt()).isEqualTo(409);
                assertThat(body.path("message").asText()).isNotBlank();
            }
        }
        pool.shutdown();

        assertThat(statussen).as("statussen %s", statussen).containsOnly(204, 409);
        assertThat(statussen.stream().filter(s -> s == 204).count()).isOne();
        assertThat(historie.createHistoricTaskInstanceQuery().taskId(taakId).finished().count()).isOne();
    }

    @Test
    void eenTaakDieAlIsAfgerondGeeft409MetUitleg() throws Exception {
        String taakId = nieuweTaak();
        assertThat(afronden(taakId).statusCode()).isEqualTo(204);

        HttpResponse<String> tweede = afronden(taakId);

        assertThat(tweede.statusCode()).isEqualTo(409);
        JsonNode body = json.readTree(tweede.body());
        assertThat(body.path("type").asText()).isEqualTo("TaakAlAfgerond");
        assertThat(body.path("message").asText()).contains("al afgerond");
    }

    /**
     * A ketenpartner may not read history, yet its own task that a colleague (or its own earlier, unanswered click)
     * completed first is "already completed" to it as to anyone, not a 404; in the race itself the engine may even
     * answer 403, as the first completion took the task's rights with it (found by the crash test's driver and by
     * two simultaneous completions of vrijwilligerVoorstellen on PostgreSQL: 409, 403 and 500 side by side). Another
     * partner learns nothing more of that task than before.
     */
    @Test
    void eenPartnerDieZijnAlAfgerondeTaakAfrondtKrijgt409EenAnderePartnerNiet() throws Exception {
        String dossier = testDossiers.open("ASIELSTATUSHOUDER", "WOERDEN", false);
        testDossiers.rondAf(dossier, "overdrachtCoa", Map.of("datumOverdracht", Klok.vandaag().toString()));
        String taakId = testDossiers.taak(dossier, "vrijwilligerVoorstellen").getId();
        String antwoord = "{\"variables\":{\"datumVoorstel\":{\"value\":\"" + Klok.vandaag() + "\",\"type\":\"String\"}}}";
        Verzoek afronden = Verzoek.post("afronden", "/engine-rest/task/" + taakId + "/complete", antwoord);
        assertThat(afronden.als("vsgh").stuur(poort).statusCode()).isEqualTo(204);

        HttpResponse<String> nogmaals = afronden.als("vsgh").stuur(poort);
        HttpResponse<String> vreemde = afronden.als("nl-training").stuur(poort);

        assertThat(nogmaals.statusCode()).as(nogmaals::body).isEqualTo(409);
        assertThat(json.readTree(nogmaals.body()).path("type").asText()).isEqualTo("TaakAlAfgerond");
        assertThat(vreemde.statusCode()).as(vreemde::body).isIn(403, 404);
        assertThat(vreemde.body()).doesNotContain("al afgerond");
    }

    @Test
    void eenTaakOppakkenDieEenCollegaAlHeeftGeeft409MetWieHemHeeft() throws Exception {
        String taakId = nieuweTaak();
        taken.claim(taakId, "teamleider");

        HttpResponse<String> antwoord = Verzoek.post("oppakken", "/engine-rest/task/" + taakId + "/claim",
                "{\"userId\":\"casusregisseur\"}").stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord::body).isEqualTo(409);
        JsonNode body = json.readTree(antwoord.body());
        // The engine's own error type stays (Tasklist and bench/last.py read it); the message is for the colleague
        assertThat(body.path("type").asText()).isEqualTo("TaskAlreadyClaimedException");
        assertThat(body.path("message").asText()).isEqualTo("Deze taak is al opgepakt door teamleider; kies een andere taak.");
        assertThat(taken.createTaskQuery().taskId(taakId).singleResult().getAssignee()).isEqualTo("teamleider");
    }

    @Test
    void eenOptimisticLockingExceptionWordt409OokAlsDeEngineHemInpakt() {
        EngineFoutVertaling vertaling = new EngineFoutVertaling(historieLeverancier, identiteitLeverancier);
        var direct = vertaling.vertaal(new OptimisticLockingException("ENGINE-03005 ..."), 500, null);
        var ingepakt = vertaling.vertaal(new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
                new OptimisticLockingException("ENGINE-03005 ..."), "Cannot complete task"), 500, null);
        // PostgreSQL: the loser of two appends of event n+1 hits the unique key and the engine reports a persistence error
        var uniekeSleutel = vertaling.vertaal(new org.camunda.bpm.engine.ProcessEngineException("ENGINE-03051 ...",
                new org.camunda.bpm.engine.ProcessEnginePersistenceException("persistence", new java.sql.SQLException(
                        "duplicate key value violates unique constraint", "23505"))), 500, null);
        var anders = vertaling.vertaal(new org.camunda.bpm.engine.ProcessEngineException("iets anders"), 500, null);
        assertThat(direct.getStatus()).isEqualTo(409);
        assertThat(uniekeSleutel.getStatus()).isEqualTo(409);
        assertThat(anders.getStatus()).isEqualTo(500);
        assertThat(ingepakt.getStatus()).isEqualTo(409);
        assertThat(((Map<?, ?>) ingepakt.getEntity()).get("type")).isEqualTo("OptimisticLockingException");
    }

    private String nieuweTaak() {
        String id = runtime.startProcessInstanceByKey("gelijktijdigTest", "GT-" + System.nanoTime(),
                Map.of("gemeente", "WOERDEN")).getId();
        Task taak = taken.createTaskQuery().processInstanceId(id).singleResult();
        return taak.getId();
    }

    private HttpResponse<String> afronden(String taakId) throws Exception {
        return Verzoek.post("afronden", "/engine-rest/task/" + taakId + "/complete", "{\"variables\":{}}").stuur(poort);
    }
}
