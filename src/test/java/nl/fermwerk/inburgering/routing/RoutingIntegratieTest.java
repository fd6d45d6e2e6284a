package nl.fermwerk.inburgering.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import nl.fermwerk.inburgering.traject.Procesvariabelen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The routing component applied by the engine: candidate group, betrokken read rights, incidents, redeployment. */
@IntegratieTest
class RoutingIntegratieTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    ManagementService beheer;
    @Autowired
    AuthorizationService autorisaties;
    @Autowired
    TestDossiers testDossiers;

    @BeforeEach
    void deploy() {
        testDossiers.deployEenmalig("routingTest", "testprocessen/routing.bpmn");
    }

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    @Test
    void deTaakKrijgtDeEerstverantwoordelijkeAlsKandidaatEnDeBetrokkenenMogenLezen() {
        String dossierId = testDossiers.open("GEZINSMIGRANT", "MONTFOORT", false);
        Task toets = testDossiers.taak(dossierId, "leerbaarheidstoets");

        assertThat(kandidaten(toets)).containsExactly("fermwerk-casusregie");
        assertThat(leesrechten(toets)).containsExactlyInAnyOrder("vluchtelingenwerk", "swom");
        assertThat(taken.getVariableLocal(toets.getId(), Procesvariabelen.BETROKKEN))
                .isEqualTo("vluchtelingenwerk,swom");
    }

    @Test
    void montfoortsPvtGaatNaarVluchtelingenwerkEnDatVanBodegravenNaarNlTraining() {
        assertThat(kandidaten(start("pvtTaak", "MONTFOORT"))).containsExactly("vluchtelingenwerk");
        assertThat(kandidaten(start("pvtTaak", "BODEGRAVEN_REEUWIJK"))).containsExactly("nl-training");
    }

    @Test
    void eenOnbekendOnderdeelWordtEenIncidentDatGemeenteEnOnderdeelNoemt() {
        assertIncident(instantie("onbekendeTaak", "WOERDEN"), "gemeente 'WOERDEN' en onderdeel 'ONBEKEND'");
    }

    @Test
    void eenOnbekendeGemeenteWordtEenIncident() {
        assertIncident(instantie("pvtTaak", "UTRECHT"), "gemeente 'UTRECHT' en onderdeel 'PVT'");
    }

    @Test
    void eenTaakZonderOnderdeelWordtEenIncident() {
        assertIncident(instantie("zonderOnderdeel", "OUDEWATER"), "gemeente 'OUDEWATER' en onderdeel 'null'");
    }

    @Test
    void eenHerdeployedeTabelRoutNieuweTakenZonderHerstart() throws Exception {
        String origineel = Files.readString(Path.of("processes/taakverdeling.dmn"), StandardCharsets.UTF_8);
        String gewijzigd = origineel.replace(
                "<inputEntry id=\"Regel_17_gemeente\"><text>\"WOERDEN\"</text></inputEntry>\n"
                        + "        <inputEntry id=\"Regel_17_onderdeel\"><text>\"PVT\"</text></inputEntry>\n"
                        + "        <outputEntry id=\"Regel_17_eerst\"><text>\"vsgh\"</text></outputEntry>",
                "<inputEntry id=\"Regel_17_gemeente\"><text>\"WOERDEN\"</text></inputEntry>\n"
                        + "        <inputEntry id=\"Regel_17_onderdeel\"><text>\"PVT\"</text></inputEntry>\n"
                        + "        <outputEntry id=\"Regel_17_eerst\"><text>\"nl-training\"</text></outputEntry>");
        assertThat(gewijzigd).isNotEqualTo(origineel);
        assertThat(kandidaten(start("pvtTaak", "WOERDEN"))).containsExactly("vsgh");

        try {
            deployTabel(gewijzigd);
            assertThat(kandidaten(start("pvtTaak", "WOERDEN"))).containsExactly("nl-training");
        } finally {
            deployTabel(origineel);
        }
        assertThat(kandidaten(start("pvtTaak", "WOERDEN"))).containsExactly("vsgh");
    }

    private void deployTabel(String xml) {
        repository.createDeployment().name("taakverdeling-test")
                .addInputStream("processes/taakverdeling.dmn",
                        new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .deploy();
    }

    private ProcessInstance instantie(String welke, String gemeente) {
        return runtime.startProcessInstanceByKey("routingTest", "RT-" + System.nanoTime(),
                Map.of("welke", welke, "gemeente", gemeente, "dossierId", "RT"));
    }

    private Task start(String welke, String gemeente) {
        ProcessInstance instantie = instantie(welke, gemeente);
        Job job = beheer.createJobQuery().processInstanceId(instantie.getId()).singleResult();
        beheer.executeJob(job.getId());
        return taken.createTaskQuery().processInstanceId(instantie.getId()).singleResult();
    }

    private void assertIncident(ProcessInstance instantie, String verwacht) {
        for (int poging = 0; poging < 3; poging++) {
            Job job = beheer.createJobQuery().processInstanceId(instantie.getId()).singleResult();
            ClockUtil.setCurrentTime(new Date(Math.max(ClockUtil.getCurrentTime().getTime(),
                    job.getDuedate() == null ? 0 : job.getDuedate().getTime()) + 1000));
            try {
                beheer.executeJob(job.getId());
            } catch (ProcessEngineException verwachtBijElkePoging) {
                assertThat(verwachtBijElkePoging.getMessage()).contains(verwacht);
            }
        }
        assertThat(taken.createTaskQuery().processInstanceId(instantie.getId()).count())
                .as("nooit een taak zonder groep").isZero();
        Incident incident = runtime.createIncidentQuery().processInstanceId(instantie.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentMessage()).contains(verwacht);
    }

    private List<String> kandidaten(Task taak) {
        return taken.getIdentityLinksForTask(taak.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(IdentityLink::getGroupId).toList();
    }

    private List<String> leesrechten(Task taak) {
        return autorisaties.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taak.getId())
                .list().stream()
                .filter(a -> a.isPermissionGranted(Permissions.READ) && !kandidaten(taak).contains(a.getGroupId()))
                .map(a -> a.getGroupId()).filter(g -> g != null).toList();
    }

}
