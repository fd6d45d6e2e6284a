package nl.fermwerk.inburgering.modellen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The runtime guard on its own (issue #20, finding 1, defence in depth): should an expression ever slip past the
 * deploy check (a model deployed before it existed, a stored task filter), the engine's expression manager still
 * resolves only the allowed beans and calls only the allowed methods. Exercised directly on the engine's expression
 * manager and DMN engine, against a real execution, so the deploy check plays no part.
 */
@IntegratieTest
class AfgeschermdeExpressiesTest {

    static final String PROCES = "afgeschermdeExpressiesTest";

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    String instantie;

    @BeforeEach
    void eenWachtendeInstantie() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCES).count() == 0) {
            repository.createDeployment().name(PROCES).addString(PROCES + ".bpmn", Testmodellen.proces(PROCES,
                    "<bpmn:receiveTask id=\"Wacht\" /><bpmn:sequenceFlow id=\"Naar_wacht\" sourceRef=\"Start\""
                            + " targetRef=\"Wacht\" />")).deploy();
        }
        instantie = runtime.startProcessInstanceByKey(PROCES, Map.of("leerroute", "B1",
                "datumKoppeling", "2026-11-01")).getId();
    }

    @Test
    void eenBeanBuitenDeLijstIsOnbereikbaar() {
        geweigerd(() -> waarde("${dossierService}"));
        geweigerd(() -> waarde("${dossierService.vind('IB-1001')}"));
        geweigerd(() -> waarde("${repositoryService.createDeploymentQuery().count()}"));
        geweigerd(() -> waarde("${processEngineFactoryBean.processEngineConfiguration}"));
        // A name that is neither variable nor bean stays what it was: an unknown property
        assertThatThrownBy(() -> waarde("${bestaatNiet}")).hasMessageContaining("Cannot resolve identifier");
    }

    @Test
    void deEngineDienstenZijnNietTeBereikenViaExecution() {
        geweigerd(() -> waarde("${execution.getProcessEngineServices()}"));
        geweigerd(() -> waarde("${execution.processEngineServices}"));
        geweigerd(() -> waarde("${execution['processEngine']}"));
        geweigerd(() -> waarde("${execution.getProcessInstance().getProcessEngine()}"));
        geweigerd(() -> waarde("${execution.setVariable('leerroute', 'Z')}"));
    }

    @Test
    void geenMethodenOpDeWaardeVanEenVariabele() {
        geweigerd(() -> waarde("${leerroute.getClass()}"));
        geweigerd(() -> waarde("${leerroute.class}"));
        geweigerd(() -> waarde("${termijnen.getClass()}"));
    }

    @Test
    void watDeModellenGebruikenWerktGewoon() {
        assertThat(waarde("${execution.getVariable('leerroute') == 'B1'}")).isEqualTo(true);
        assertThat(waarde("${leerroute == 'B1' && !execution.hasVariable('onbekend')}")).isEqualTo(true);
        assertThat(waarde("${termijnen.vanafVandaag('P2W')}")).isInstanceOf(Date.class);
        assertThat(waarde("${termijnen.vervaldatum(termijnen.dagNa(datumKoppeling), 'P3Y')}"))
                .isEqualTo("2029-11-02");
        // The Tasklist filters' own functions stay available to stored queries
        assertThat(waarde("${now()}")).isInstanceOf(Date.class);
    }

    @Test
    void eenJuelExpressieInEenBeslistabelGaatDoorDezelfdeBewaking() {
        DmnDecision beslissing = engine.getCommandExecutorTxRequired().execute(context -> engine.getDmnEngine()
                .parseDecision("juel", new ByteArrayInputStream(juelTabel().getBytes(StandardCharsets.UTF_8))));
        ThrowingCallable evalueer = () -> engine.getCommandExecutorTxRequired().execute(context ->
                engine.getDmnEngine().evaluateDecisionTable(beslissing, Variables.createVariables()
                        .putValue("invoer", "x")).getSingleResult().getSingleEntry());
        geweigerd(evalueer);
    }

    private Object waarde(String expressie) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity uitvoering = context.getExecutionManager().findExecutionById(instantie);
            return engine.getExpressionManager().createExpression(expressie).getValue(uitvoering);
        });
    }

    private static void geweigerd(ThrowingCallable poging) {
        assertThatThrownBy(poging).satisfies(fout -> {
            StringBuilder keten = new StringBuilder();
            for (Throwable t = fout; t != null; t = t.getCause()) {
                keten.append(t.getMessage()).append('\n');
            }
            assertThat(keten.toString()).contains("niet toegestaan");
        });
    }

    private static String juelTabel() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_juel" name="Juel"
                    namespace="http://fermwerk.nl/inburgering/test">
                  <decision id="juel" name="Juel">
                    <decisionTable id="Tabel_juel">
                      <input id="Invoer"><inputExpression id="Invoerexpressie"><text>invoer</text></inputExpression>
                      </input>
                      <output id="Uitvoer" name="uitkomst" />
                      <rule id="Regel_1">
                        <inputEntry id="Regel_1_in"><text>-</text></inputEntry>
                        <outputEntry id="Regel_1_uit" expressionLanguage="juel"><text>${dossierService}</text>
                        </outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
    }
}
