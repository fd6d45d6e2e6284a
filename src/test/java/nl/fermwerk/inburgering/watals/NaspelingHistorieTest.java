package nl.fermwerk.inburgering.watals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The replay child's history level: the child's configuration selects it, the application keeps {@code full}, and an
 * engine built with it writes the history the child reads (process, activity and task instances, the last value of
 * each variable, the identity link log) and none of the rest (job log, decision history, variable details, user
 * operation log), where the same steps on {@code full} write all of them.
 */
class NaspelingHistorieTest {

    private static final List<String> GESCHREVEN = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
            "ACT_HI_IDENTITYLINK");
    private static final String VARIABELEN_BEWAKER = "ACT_HI_VARINST WHERE PROC_DEF_KEY_ = '"
            + Termijnbewaking.PROCES + "'";
    private static final String VARIABELEN_ANDER = "ACT_HI_VARINST WHERE PROC_DEF_KEY_ = 'proef'";
    private static final String TAKEN_ALS_ACTIVITEIT =
            "ACT_HI_ACTINST WHERE ACT_TYPE_ IN ('userTask', 'businessRuleTask')";
    private static final List<String> WEGGELATEN = List.of("ACT_HI_JOB_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN",
            "ACT_HI_DEC_OUT", "ACT_HI_DETAIL", "ACT_HI_OP_LOG");

    @Test
    void hetKindKiestDitNiveauEnDeApplicatieHoudtFull() {
        assertThat(instelling("application-watals.yaml")).isEqualTo(NaspelingHistorie.NAAM);
        assertThat(instelling("application.yaml")).isEqualTo("full");
    }

    @Test
    void schrijftAlleenWatHetKindLeest() throws Exception {
        Map<String, Long> rijen = speel(NaspelingHistorie.NAAM);

        for (String tabel : GESCHREVEN) {
            assertThat(rijen.get(tabel)).as(tabel).isPositive();
        }
        // The term watchers' variables are read from history (termijnen.Termijnbewaking), no other process's are
        assertThat(rijen.get(VARIABELEN_BEWAKER)).as(VARIABELEN_BEWAKER).isEqualTo(2L);
        assertThat(rijen.get(VARIABELEN_ANDER)).as(VARIABELEN_ANDER).isZero();
        // The trajectory's events are read (how it ended: simulatie.TaakUitvoerder), its tasks and gateways are not
        assertThat(rijen.get(TAKEN_ALS_ACTIVITEIT)).as(TAKEN_ALS_ACTIVITEIT).isZero();
        for (String tabel : WEGGELATEN) {
            assertThat(rijen.get(tabel)).as(tabel).isZero();
        }
    }

    @Test
    void dezelfdeStappenOpFullSchrijvenWelWatHierWegblijft() throws Exception {
        Map<String, Long> rijen = speel("full");

        for (String tabel : List.of("ACT_HI_JOB_LOG", "ACT_HI_DECINST", "ACT_HI_DETAIL", "ACT_HI_OP_LOG",
                VARIABELEN_ANDER, TAKEN_ALS_ACTIVITEIT)) {
            assertThat(rijen.get(tabel)).as(tabel).isPositive();
        }
    }

    private static String instelling(String bestand) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource(bestand));
        Properties eigenschappen = yaml.getObject();
        return eigenschappen == null ? null : eigenschappen.getProperty("camunda.bpm.history-level");
    }

    /**
     * A decision, a user task for a candidate group completed by a signed-in user with a variable, a timer, and a
     * term watcher with two variables: each of the kinds of history the level leaves out, and each of the kinds it
     * keeps. The rows per history table.
     */
    private static Map<String, Long> speel(String niveau) throws Exception {
        StandaloneInMemProcessEngineConfiguration configuratie = new StandaloneInMemProcessEngineConfiguration();
        configuratie.setProcessEngineName("naspelinghistorie-" + UUID.randomUUID());
        configuratie.setJdbcUrl("jdbc:h2:mem:naspelinghistorie-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuratie.setJobExecutorActivate(false);
        configuratie.setEnforceHistoryTimeToLive(false);
        configuratie.setHistory(niveau);
        // As the child's Spring context registers it (profile watals)
        configuratie.getProcessEnginePlugins().add(new NaspelingHistorie());
        ProcessEngine engine = configuratie.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment()
                    .addModelInstance("proef.bpmn", proces())
                    .addModelInstance("bewaker.bpmn", bewaker())
                    .addInputStream("proef.dmn", new ByteArrayInputStream(BESLISSING.getBytes(StandardCharsets.UTF_8)))
                    .deploy();
            assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel()
                    .getName()).isEqualTo(niveau);
            engine.getIdentityService().setAuthenticatedUserId("beleid");
            engine.getRuntimeService().startProcessInstanceByKey("proef", "dossier-1",
                    Variables.createVariables().putValue("soort", "PIP"));
            Task taak = engine.getTaskService().createTaskQuery().singleResult();
            engine.getTaskService().setVariable(taak.getId(), "soort", "PVT");
            engine.getTaskService().complete(taak.getId(), Variables.createVariables().putValue("gedaan", true));
            Job timer = engine.getManagementService().createJobQuery().singleResult();
            engine.getManagementService().executeJob(timer.getId());
            engine.getRuntimeService().startProcessInstanceByKey(Termijnbewaking.PROCES, "dossier-1",
                    Variables.createVariables().putValue("termijn", "PIP").putValue("startdatum", "2027-01-04"));
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
            return rijen(configuratie);
        } finally {
            engine.getIdentityService().clearAuthentication();
            engine.close();
        }
    }

    private static Map<String, Long> rijen(ProcessEngineConfigurationImpl configuratie) throws Exception {
        Map<String, Long> rijen = new LinkedHashMap<>();
        try (Connection verbinding = configuratie.getDataSource().getConnection();
             Statement opdracht = verbinding.createStatement()) {
            for (String tabel : concat(concat(GESCHREVEN, WEGGELATEN), List.of(VARIABELEN_BEWAKER, VARIABELEN_ANDER,
                    TAKEN_ALS_ACTIVITEIT))) {
                try (ResultSet rs = opdracht.executeQuery("SELECT COUNT(*) FROM " + tabel)) {
                    rs.next();
                    rijen.put(tabel, rs.getLong(1));
                }
            }
        }
        return rijen;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static BpmnModelInstance proces() {
        return Bpmn.createExecutableProcess("proef")
                .startEvent()
                .businessRuleTask("beslis").camundaDecisionRef("proefbeslissing").camundaResultVariable("groep")
                .camundaMapDecisionResult("singleEntry")
                .userTask("taak").camundaCandidateGroups("${groep}")
                .intermediateCatchEvent("wacht").timerWithDuration("P1D")
                .endEvent()
                .done();
    }

    /** Stands in for the term watcher: a process of that key, whose variables the child reads from history. */
    private static BpmnModelInstance bewaker() {
        return Bpmn.createExecutableProcess(Termijnbewaking.PROCES).startEvent().endEvent().done();
    }

    private static final String BESLISSING = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="proefdefinities" name="proef"
                         namespace="http://camunda.org/schema/1.0/dmn">
              <decision id="proefbeslissing" name="proef">
                <decisionTable id="tabel">
                  <input id="invoer"><inputExpression id="uitdrukking" typeRef="string"><text>soort</text></inputExpression></input>
                  <output id="uitvoer" name="groep" typeRef="string"/>
                  <rule id="regel">
                    <inputEntry id="cel1"><text>"PIP"</text></inputEntry>
                    <outputEntry id="cel2"><text>"fermwerk-casusregie"</text></outputEntry>
                  </rule>
                </decisionTable>
              </decision>
            </definitions>
            """;
}
