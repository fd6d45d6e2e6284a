package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.toegang.EngineRest.Antwoord;
import nl.fermwerk.inburgering.toegang.EngineRest.Api;
import nl.fermwerk.inburgering.traject.Bericht;
import nl.fermwerk.inburgering.traject.Berichten;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #20, finding 4: a ketenpartner claims, gives back and completes its own task and fills in only what the
 * task's form asks; it changes no dossier facts, hands no work to other organisations and grants no one anything.
 * Casusregie gives a task to a colleague, never to another organisation. Every check on both engine REST APIs.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaakwerkTest {

    /** A second casusregisseur, for handing work to a colleague. */
    static final String COLLEGA = "casusregisseur-collega";

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService taken;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService beheer;
    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    IdentityService identiteit;
    @Autowired
    ProcessEngineConfiguration configuratie;
    @Autowired
    Berichten berichten;

    @BeforeAll
    void collega() {
        if (identiteit.createUserQuery().userId(COLLEGA).count() == 0) {
            User collega = identiteit.newUser(COLLEGA);
            collega.setPassword("demo");
            identiteit.saveUser(collega);
            identiteit.createMembership(COLLEGA, Groepen.CASUSREGIE);
        }
    }

    @AfterAll
    void weg() {
        identiteit.deleteUser(COLLEGA);
    }

    /** An asielstatushouder in Woerden past the warme overdracht: VSGH's vrijwilligerVoorstellen is open. */
    private String dossier() {
        String id = testDossiers.open("ASIELSTATUSHOUDER", "WOERDEN", false);
        testDossiers.rondAf(id, "overdrachtCoa", Map.of("datumOverdracht", Klok.vandaag().toString()));
        assertThat(testDossiers.taak(id, "vrijwilligerVoorstellen")).isNotNull();
        return id;
    }

    private Task vrijwilliger(String dossierId) {
        return testDossiers.taak(dossierId, "vrijwilligerVoorstellen");
    }

    /** 403 from the engine's own check or from the security chain's block on process driving (EngineEindpunten). */
    private static void geweigerd(Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(403);
        assertThat(antwoord.body()).containsAnyOf("AuthorizationException", "Geen toegang");
    }

    @Test
    void eenKandidaatgroepKrijgtTaakwerkEnGeenUpdate() {
        assertThat(((ProcessEngineConfigurationImpl) configuratie).getDefaultUserPermissionForTask())
                .isEqualTo(Permissions.TASK_WORK);
        Task taak = vrijwilliger(dossier());
        Authorization vsgh = autorisaties.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(taak.getId()).groupIdIn("vsgh").singleResult();
        assertThat(vsgh.isPermissionGranted(Permissions.TASK_WORK)).isTrue();
        assertThat(vsgh.isPermissionGranted(Permissions.UPDATE)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void eenPartnerVeranderdGeenDossiergegevens(Api api) {
        String id = dossier();
        Task taak = vrijwilliger(id);
        String instantie = taak.getProcessInstanceId();
        EngineRest vsgh = EngineRest.als(poort, "vsgh", api);

        geweigerd(vsgh.post("/task/" + taak.getId() + "/variables", "{\"modifications\":{"
                + "\"naam\":{\"value\":\"Iemand anders\"},\"gemeente\":{\"value\":\"MONTFOORT\"},"
                + "\"datumKoppeling\":{\"value\":\"2023-01-01\"}}}"));
        geweigerd(vsgh.put("/task/" + taak.getId() + "/variables/gemeente", "{\"value\":\"MONTFOORT\"}"));
        geweigerd(vsgh.put("/process-instance/" + instantie + "/variables/gemeente", "{\"value\":\"MONTFOORT\"}"));
        geweigerd(vsgh.put("/execution/" + taak.getExecutionId() + "/localVariables/gemeente",
                "{\"value\":\"MONTFOORT\"}"));
        geweigerd(vsgh.post("/task/" + taak.getId() + "/localVariables", "{\"modifications\":{"
                + "\"gemeente\":{\"value\":\"MONTFOORT\"}}}"));

        assertThat(runtime.getVariables(instantie, List.of("naam", "gemeente", "datumKoppeling")))
                .containsEntry("naam", "Test Inburgeraar").containsEntry("gemeente", "WOERDEN");
        assertThat(taken.getVariablesLocal(taak.getId())).doesNotContainKey("naam");
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void eenPartnerGeeftGeenWerkOfRechtenAanAnderen(Api api) {
        Task taak = vrijwilliger(dossier());
        EngineRest vsgh = EngineRest.als(poort, "vsgh", api);
        String pad = "/task/" + taak.getId();

        geweigerd(vsgh.post(pad + "/identity-links", "{\"groupId\":\"swom\",\"type\":\"candidate\"}"));
        geweigerd(vsgh.post(pad + "/identity-links", "{\"userId\":\"swom\",\"type\":\"candidate\"}"));
        geweigerd(vsgh.post(pad + "/identity-links/delete", "{\"groupId\":\"vsgh\",\"type\":\"candidate\"}"));
        geweigerd(vsgh.post(pad + "/assignee", "{\"userId\":\"nl-training\"}"));
        geweigerd(vsgh.post(pad + "/delegate", "{\"userId\":\"nl-training\"}"));
        geweigerd(vsgh.post(pad + "/claim", "{\"userId\":\"nl-training\"}"));
        geweigerd(vsgh.post(pad + "/bpmnEscalation", "{\"escalationCode\":\"PVT_12_MAANDEN\"}"));

        assertThat(taken.getIdentityLinksForTask(taak.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("vsgh");
        assertThat(taken.createTaskQuery().taskId(taak.getId()).singleResult().getAssignee()).isNull();
        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak.getId())
                .list()).extracting(a -> a.getGroupId() != null ? a.getGroupId() : a.getUserId())
                .containsExactly("vsgh");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(taak.getProcessInstanceId())
                .singleResult()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void eenPartnerZetGeenJobs(Api api) {
        String id = dossier();
        // The woningtermijn's timer in its watcher (termijnbewaking): an attacker who learned its id
        String bewaking = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id)
                .processDefinitionKey("termijnbewaking").variableValueEquals("termijn", "WONING").singleResult().getId();
        String job = beheer.createJobQuery().processInstanceId(bewaking).timers().list().get(0).getId();
        EngineRest vsgh = EngineRest.als(poort, "vsgh", api);

        geweigerd(vsgh.put("/job/" + job + "/retries", "{\"retries\":0}"));
        geweigerd(vsgh.put("/job/" + job + "/priority", "{\"priority\":99}"));
        geweigerd(vsgh.put("/job/" + job + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"));

        assertThat(beheer.createJobQuery().jobId(job).singleResult().getRetries()).isPositive();
        assertThat(beheer.createJobQuery().jobId(job).singleResult().getPriority()).isNotEqualTo(99L);
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void eenPartnerPaktOpGeeftVrijEnRondtAfMetAlleenZijnFormulier(Api api) {
        String id = dossier();
        Task taak = vrijwilliger(id);
        EngineRest vsgh = EngineRest.als(poort, "vsgh", api);
        String pad = "/task/" + taak.getId();

        assertThat(vsgh.post(pad + "/claim", "{\"userId\":\"vsgh\"}").status()).isEqualTo(204);
        Antwoord vrij = vsgh.post(pad + "/unclaim", null);
        assertThat(vrij.status()).as(vrij.body()).isEqualTo(204);
        assertThat(vsgh.post(pad + "/claim", "{\"userId\":\"vsgh\"}").status()).isEqualTo(204);
        String datum = Klok.vandaag().toString();
        geweigerd(vsgh.post(pad + "/complete", "{\"variables\":{\"datumVoorstel\":{\"value\":\"" + datum + "\"},"
                + "\"gemeente\":{\"value\":\"MONTFOORT\"}}}"));
        geweigerd(vsgh.post(pad + "/submit-form", "{\"variables\":{\"datumVoorstel\":{\"value\":\"" + datum
                + "\"},\"uitkomst\":{\"value\":\"HANDHAVING\"}}}"));
        // Nor the flags of the uitvoering's plan (traject.Routewissel), which decide the onderdelen that open
        geweigerd(vsgh.post(pad + "/complete", "{\"variables\":{\"datumVoorstel\":{\"value\":\"" + datum + "\"},"
                + "\"open_EXAMEN_B1\":{\"value\":false},\"routeGewijzigd\":{\"value\":true}}}"));
        assertThat(taken.createTaskQuery().taskId(taak.getId()).count()).isOne();

        Antwoord afgerond = vsgh.post(pad + "/submit-form", "{\"variables\":{\"datumVoorstel\":{\"value\":\"" + datum
                + "\"},\"toelichting\":{\"value\":\"Maatje gevonden\"}}}");

        assertThat(afgerond.status()).as(afgerond.body()).isEqualTo(204);
        List<Gebeurtenis> voorgesteld = dossiers.gebeurtenissen(id).stream()
                .filter(g -> g.type().equals("VrijwilligerVoorgesteld")).toList();
        assertThat(voorgesteld).singleElement().satisfies(g -> assertThat(g.data())
                .containsEntry("datumVoorstel", datum).containsEntry("toelichting", "Maatje gevonden")
                .doesNotContainKey("gemeente"));
        assertThat(voorgesteld.get(0).actor()).isEqualTo("vsgh");
        assertThat(runtime.getVariable(taak.getProcessInstanceId(), "gemeente")).isEqualTo("WOERDEN");
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void casusregieGeeftEenTaakAanEenCollegaNooitAanEenAndereOrganisatie(Api api) {
        String id = dossier();
        Task regeldag = testDossiers.taak(id, "regeldag");
        Task vrijwilliger = vrijwilliger(id);
        EngineRest regie = EngineRest.als(poort, "casusregisseur", api);

        geweigerd(regie.post("/task/" + regeldag.getId() + "/assignee", "{\"userId\":\"nl-training\"}"));
        geweigerd(regie.post("/task/" + vrijwilliger.getId() + "/assignee", "{\"userId\":\"swom\"}"));
        geweigerd(regie.post("/task/" + regeldag.getId() + "/delegate", "{\"userId\":\"vsgh\"}"));
        geweigerd(regie.post("/task/" + vrijwilliger.getId() + "/identity-links",
                "{\"groupId\":\"swom\",\"type\":\"candidate\"}"));
        geweigerd(regie.post("/task/" + vrijwilliger.getId() + "/identity-links/delete",
                "{\"groupId\":\"vsgh\",\"type\":\"candidate\"}"));
        assertThat(taken.createTaskQuery().taskId(regeldag.getId()).singleResult().getAssignee()).isNull();

        assertThat(regie.post("/task/" + regeldag.getId() + "/assignee", "{\"userId\":\"" + COLLEGA + "\"}")
                .status()).isEqualTo(204);
        // The task's own candidate group (VSGH, chosen by the taakverdeling) is no other organisation
        assertThat(regie.post("/task/" + vrijwilliger.getId() + "/assignee", "{\"userId\":\"vsgh\"}").status())
                .isEqualTo(204);
        assertThat(taken.createTaskQuery().taskId(regeldag.getId()).singleResult().getAssignee()).isEqualTo(COLLEGA);
        assertThat(taken.createTaskQuery().taskId(vrijwilliger.getId()).singleResult().getAssignee())
                .isEqualTo("vsgh");
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void casusregieZetAlleenVeldenVanHetFormulierOpDeTaakZelf(Api api) {
        Task regeldag = testDossiers.taak(dossier(), "regeldag");
        EngineRest regie = EngineRest.als(poort, "casusregisseur", api);
        String pad = "/task/" + regeldag.getId();

        geweigerd(regie.post(pad + "/variables", "{\"modifications\":{\"toelichting\":{\"value\":\"Concept\"}}}"));
        geweigerd(regie.put(pad + "/localVariables/gemeente", "{\"value\":\"MONTFOORT\"}"));
        geweigerd(regie.put(pad + "/localVariables/uitkomst", "{\"value\":\"HANDHAVING\"}"));
        assertThat(regie.put(pad + "/localVariables/toelichting", "{\"value\":\"Concept\"}").status())
                .isEqualTo(204);

        assertThat(taken.getVariablesLocal(regeldag.getId())).containsEntry("toelichting", "Concept")
                .doesNotContainKey("uitkomst");
        assertThat(runtime.getVariable(regeldag.getProcessInstanceId(), "toelichting")).isNull();
    }

    @Test
    void naEenVerhuizingHoudtDePartnerVanDeOudeGemeenteGeenRechtenOpDeTaak() {
        String id = dossier();
        Task vrijwilliger = vrijwilliger(id);
        Task regeldag = testDossiers.taak(id, "regeldag");
        EngineRest vsgh = EngineRest.als(poort, "vsgh", Api.ENGINE_REST);
        assertThat(vsgh.get("/task/" + vrijwilliger.getId()).status()).isEqualTo(200);

        berichten.ontvang(id, new Bericht(nl.fermwerk.inburgering.modellen.Berichten.VERHUISD, "MONTFOORT", null), "casusregisseur");

        assertThat(vsgh.get("/task/" + vrijwilliger.getId()).status()).isEqualTo(404);
        assertThat(vsgh.get("/task/" + regeldag.getId()).status()).isEqualTo(404);
        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(vrijwilliger.getId()).groupIdIn("vsgh").count()).isZero();
        EngineRest vluchtelingenwerk = EngineRest.als(poort, "vluchtelingenwerk", Api.ENGINE_REST);
        assertThat(vluchtelingenwerk.get("/task/" + vrijwilliger.getId()).status()).isEqualTo(200);
        // Betrokken at regeldag in Montfoort: reads the task and its card, as at creation
        Antwoord kaart = vluchtelingenwerk.get("/task/" + regeldag.getId() + "/variables");
        assertThat(kaart.status()).as(kaart.body()).isEqualTo(200);
        assertThat(kaart.body()).contains("\"dossierId\"");
    }
}
