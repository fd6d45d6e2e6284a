package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task-local copies serve Tasklist at runtime and leave no history; the process variables keep theirs. A term
 * watcher keeps its variables' values in history (the dossier page's terms read them) but no log of each change:
 * every change of a term is an event of the dossier already.
 */
@IntegratieTest
class TaakkopieHistorieTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    TaskService taken;
    @Autowired
    HistoryService historie;

    @Test
    void deKopieenStaanOpDeTaakMaarNietInDeHistorie() {
        String dossierId = testDossiers.open("ASIELSTATUSHOUDER", "WOERDEN", true);
        Task taak = testDossiers.taak(dossierId, "overdrachtCoa");
        ProcessInstance traject = testDossiers.traject(dossierId);

        assertThat(taken.getVariablesLocal(taak.getId()))
                .containsEntry("dossierId", dossierId).containsEntry("gemeente", "WOERDEN")
                .containsKeys("weergavenaam", Procesvariabelen.BETROKKEN);

        List<HistoricVariableInstance> historisch = historie.createHistoricVariableInstanceQuery()
                .processInstanceId(traject.getId()).list();
        assertThat(historisch).as("geen kopie op een taak in de historie").noneMatch(v -> v.getTaskId() != null
                && Taakkaart.KOPIEEN.contains(v.getName()));
        assertThat(historisch).as("de procesvariabelen zelf blijven in de historie")
                .filteredOn(v -> v.getTaskId() == null).extracting(HistoricVariableInstance::getName)
                .contains("dossierId", "gemeente", "weergavenaam");
        assertThat(historie.createHistoricDetailQuery().processInstanceId(traject.getId()).variableUpdates().list())
                .noneMatch(d -> d.getTaskId() != null);
    }

    @Test
    void eenTaakMetKopieenRondtAfZonderHistorieFout() {
        String dossierId = testDossiers.open("GEZINSMIGRANT", "OUDEWATER", false);
        testDossiers.rondAf(dossierId, "leerbaarheidstoets",
                java.util.Map.of("datumToets", nl.fermwerk.inburgering.basis.Klok.vandaag().toString()));

        assertThat(taken.createTaskQuery().processInstanceBusinessKey(dossierId).taskDefinitionKey("bredeIntake")
                .singleResult()).isNotNull();
    }

    @Test
    void eenEigenAntwoordMetDeNaamVanEenKopieBlijftInDeHistorie() {
        String vandaag = nl.fermwerk.inburgering.basis.Klok.vandaag().toString();
        String dossierId = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        testDossiers.rondAf(dossierId, "leerbaarheidstoets", java.util.Map.of("datumToets", vandaag));
        testDossiers.rondAf(dossierId, "bredeIntake", java.util.Map.of("datumBredeIntake", vandaag));
        Task pip = testDossiers.taak(dossierId, "pipOpstellen");

        // A draft answer on the task whose form asks for the leerroute: the worker's, so history keeps it
        taken.setVariableLocal(pip.getId(), "leerroute", "Z");
        assertThat(historie.createHistoricVariableInstanceQuery().taskIdIn(pip.getId()).variableName("leerroute")
                .count()).isEqualTo(1);
        taken.removeVariableLocal(pip.getId(), "leerroute");
        testDossiers.rondAf(dossierId, "pipOpstellen", java.util.Map.of("leerroute", "B1", "pipDatum", vandaag,
                "taalvrijwilliger", false));

        // The same name copied into another task's form header is a copy: none in history
        Task pvt = testDossiers.taak(dossierId, "pvt");
        assertThat(taken.getVariableLocal(pvt.getId(), "leerroute")).isEqualTo("B1");
        assertThat(historie.createHistoricVariableInstanceQuery().taskIdIn(pvt.getId()).count()).isZero();
    }

    @Test
    void eenTermijnbewakerHoudtZijnWaardenInDeHistorieMaarGeenLogVanElkeWijziging() {
        String dossierId = testDossiers.open("GEZINSMIGRANT", "MONTFOORT", false);
        ProcessInstance traject = testDossiers.traject(dossierId);
        List<String> bewakers = historie.createHistoricProcessInstanceQuery()
                .processDefinitionKey(nl.fermwerk.inburgering.termijnen.Termijnbewaking.PROCES)
                .processInstanceBusinessKey(dossierId).list().stream().map(p -> p.getId()).toList();

        assertThat(bewakers).isNotEmpty();
        assertThat(historie.createHistoricVariableInstanceQuery().processInstanceIdIn(bewakers.toArray(String[]::new))
                .list()).extracting(HistoricVariableInstance::getName).contains("termijn", "vervaldatum", "startdatum");
        for (String bewaker : bewakers) {
            assertThat(historie.createHistoricDetailQuery().processInstanceId(bewaker).count()).isZero();
        }
        assertThat(historie.createHistoricDetailQuery().processInstanceId(traject.getId()).variableUpdates().count())
                .as("het traject houdt zijn log").isPositive();
    }
}
