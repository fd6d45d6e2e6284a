package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.fermwerk.inburgering.betrouwbaarheid.Verzoek;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.toegang.EngineRest;
import nl.fermwerk.inburgering.toegang.EngineRest.Antwoord;
import nl.fermwerk.inburgering.toegang.EngineRest.Api;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A verhuizing to another of the four gemeenten hands the open tasks to the new gemeente's organisations whole: the
 * new betrokken read the task and its card (READ and READ_VARIABLE, through the engine REST API as a partner reads),
 * the old ones keep nothing, a task the old partner had claimed goes back to the new partner's pool, and the card
 * shows the new gemeente.
 */
@IntegratieTest
class HerrouteringTest extends TrajectTestBasis {

    @LocalServerPort
    int poort;
    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    ObjectMapper json;

    /** An asielstatushouder in Woerden past the COA: regeldag (casusregie, VSGH betrokken) and VSGH's vrijwilliger. */
    private String inWoerdenNaDeCoa() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        assertThat(lezers(taak(id, "regeldag"))).containsExactly("vsgh");
        return id;
    }

    private void verhuisNaarMontfoort(String id) {
        berichten.ontvang(id, new Bericht("Verhuisd", "MONTFOORT", null), "casusregisseur");
    }

    @Test
    void deNieuweBetrokkeneLeestDeTaakEnHaarKaartEnDeOudeNiets() throws Exception {
        String id = inWoerdenNaDeCoa();
        String regeldag = taak(id, "regeldag").getId();

        verhuisNaarMontfoort(id);

        Authorization nieuw = rij(regeldag, "vluchtelingenwerk");
        assertThat(nieuw).as("één rij voor de nieuwe betrokkene").isNotNull();
        assertThat(nieuw.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(nieuw.isPermissionGranted(TaskPermissions.READ_VARIABLE)).isTrue();
        assertThat(nieuw.isPermissionGranted(TaskPermissions.TASK_WORK)).as("betrokken werkt de taak niet").isFalse();
        Antwoord variabelen = EngineRest.als(poort, "vluchtelingenwerk", Api.ENGINE_REST)
                .get("/task/" + regeldag + "/variables");
        assertThat(variabelen.status()).as(variabelen.body()).isEqualTo(200);
        assertThat(json.readTree(variabelen.body()).path("dossierId").path("value").asText()).isEqualTo(id);

        assertThat(rij(regeldag, "vsgh")).as("de oude betrokkene houdt geen rij").isNull();
        EngineRest vsgh = EngineRest.als(poort, "vsgh", Api.ENGINE_REST);
        assertThat(vsgh.get("/task/" + regeldag).status()).isEqualTo(404);
        Antwoord oud = vsgh.get("/task/" + regeldag + "/variables");
        assertThat(oud.status()).as(oud.body()).isNotEqualTo(200);
        assertThat(oud.body()).doesNotContain(id);
    }

    @Test
    void deTaakkaartToontNaDeVerhuizingDeNieuweGemeente() throws Exception {
        String id = inWoerdenNaDeCoa();

        verhuisNaarMontfoort(id);

        for (String taak : List.of("regeldag", "vrijwilligerVoorstellen")) {
            assertThat(taken.getVariableLocal(taak(id, taak).getId(), "gemeente")).as(taak).isEqualTo("MONTFOORT");
        }
        JsonNode kaart = json.readTree(EngineRest.als(poort, "vluchtelingenwerk", Api.ENGINE_REST)
                .get("/task/" + taak(id, "vrijwilligerVoorstellen").getId() + "/variables").body());
        assertThat(kaart.path("gemeente").path("value").asText()).isEqualTo("MONTFOORT");
    }

    @Test
    void eenTaakDieDeOudePartnerHadOpgepaktGaatNaarDeNieuwePartner() {
        String id = inWoerdenNaDeCoa();
        String vrijwilliger = taak(id, "vrijwilligerVoorstellen").getId();
        EngineRest vsgh = EngineRest.als(poort, "vsgh", Api.ENGINE_REST);
        Antwoord geclaimd = vsgh.post("/task/" + vrijwilliger + "/claim", "{\"userId\":\"vsgh\"}");
        assertThat(geclaimd.status()).as(geclaimd.body()).isEqualTo(204);

        verhuisNaarMontfoort(id);

        Task taak = taken.createTaskQuery().taskId(vrijwilliger).singleResult();
        assertThat(taak.getAssignee()).as("terug in de werkvoorraad van de nieuwe partner").isNull();
        assertThat(kandidaten(taak)).containsExactly("vluchtelingenwerk");
        assertThat(autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(vrijwilliger)
                .userIdIn("vsgh").count()).as("geen rij voor wie de taak had").isZero();
        assertThat(vsgh.get("/task/" + vrijwilliger).status()).isEqualTo(404);
        assertThat(vsgh.post("/task/" + vrijwilliger + "/complete",
                "{\"variables\":{\"datumVoorstel\":{\"value\":\"" + vandaag() + "\"}}}").status()).isNotEqualTo(204);
        Antwoord nieuw = EngineRest.als(poort, "vluchtelingenwerk", Api.ENGINE_REST)
                .post("/task/" + vrijwilliger + "/claim", "{\"userId\":\"vluchtelingenwerk\"}");
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(204);
    }

    @Test
    void beheerVerdeeltDeOpenTakenOpnieuwNaEenGewijzigdeTaakverdeling() throws Exception {
        String id = open("GEZINSMIGRANT", "WOERDEN", false);
        totEnMetPip(id, "B1", false);
        String pvt = taak(id, "pvt").getId();
        assertThat(kandidaten(taak(id, "pvt"))).containsExactly("vsgh");
        String origineel = Files.readString(TABEL, StandardCharsets.UTF_8);
        try {
            deployTabel(origineel.replace(PVT_WOERDEN_VSGH, PVT_WOERDEN_VSGH.replace("\"vsgh\"", "\"nl-training\"")));
            assertThat(kandidaten(taak(id, "pvt"))).as("een nieuwe tabel alleen verandert open taken niet")
                    .containsExactly("vsgh");

            Antwoord antwoord = herrouteer("beheer");

            assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
            assertThat(json.readTree(antwoord.body()).path("herrouteerd").asInt()).isPositive();
            assertThat(kandidaten(taak(id, "pvt"))).containsExactly("nl-training");
            assertThat(rij(pvt, "vsgh")).as("de vorige kandidaat houdt geen rij").isNull();
            assertThat(EngineRest.als(poort, "vsgh", Api.ENGINE_REST).get("/task/" + pvt).status()).isEqualTo(404);
            Antwoord kaart = EngineRest.als(poort, "nl-training", Api.ENGINE_REST).get("/task/" + pvt + "/variables");
            assertThat(kaart.status()).as(kaart.body()).isEqualTo(200);
            assertThat(kaart.body()).contains(id);
        } finally {
            deployTabel(origineel);
            assertThat(herrouteer("beheer").status()).isEqualTo(200);
        }
        assertThat(kandidaten(taak(id, "pvt"))).containsExactly("vsgh");
    }

    @Test
    void eenTaakverdelingMetEenGatVerdeeltNietsEnNoemtHetGat() throws Exception {
        String id = open("GEZINSMIGRANT", "WOERDEN", false);
        totEnMetPip(id, "B1", false);
        String origineel = Files.readString(TABEL, StandardCharsets.UTF_8);
        String zonderPvtWoerden = origineel.replace(PVT_WOERDEN_VSGH,
                PVT_WOERDEN_VSGH.replace("\"WOERDEN\"", "\"NERGENS\"").replace("\"vsgh\"", "\"nl-training\""));
        assertThat(zonderPvtWoerden).isNotEqualTo(origineel);
        try {
            deployTabel(zonderPvtWoerden);

            Antwoord antwoord = herrouteer("beheer");

            assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(409);
            JsonNode probleem = json.readTree(antwoord.body());
            assertThat(probleem.path("title").asText()).isEqualTo("Taakverdeling onvolledig");
            assertThat(probleem.path("detail").asText()).contains("WOERDEN / PVT").contains("niets");
            assertThat(kandidaten(taak(id, "pvt"))).containsExactly("vsgh");
        } finally {
            deployTabel(origineel);
        }
    }

    @Test
    void alleenFunctioneelBeheerVerdeeltOpnieuw() {
        for (String gebruiker : List.of("casusregisseur", "teamleider", "vsgh", "beleid")) {
            assertThat(herrouteer(gebruiker).status()).as(gebruiker).isEqualTo(403);
        }
    }

    private static final Path TABEL = Path.of("processes/taakverdeling.dmn");
    private static final String PVT_WOERDEN_VSGH =
            "<inputEntry id=\"Regel_17_gemeente\"><text>\"WOERDEN\"</text></inputEntry>\n"
                    + "        <inputEntry id=\"Regel_17_onderdeel\"><text>\"PVT\"</text></inputEntry>\n"
                    + "        <outputEntry id=\"Regel_17_eerst\"><text>\"vsgh\"</text></outputEntry>";

    @Autowired
    RepositoryService repository;

    private void deployTabel(String xml) {
        repository.createDeployment().name("taakverdeling-test").addInputStream("processes/taakverdeling.dmn",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).deploy();
    }

    private Antwoord herrouteer(String gebruiker) {
        try {
            var antwoord = Verzoek.post("herroutering", "/api/beheer/herroutering", null).als(gebruiker)
                    .stuur(poort);
            return new Antwoord(antwoord.statusCode(), antwoord.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Authorization rij(String taakId, String groep) {
        return autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taakId)
                .groupIdIn(groep).singleResult();
    }

    private List<String> lezers(Task taak) {
        return autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak.getId()).list()
                .stream().map(Authorization::getGroupId).filter(g -> g != null).sorted().toList();
    }
}
