package nl.fermwerk.inburgering;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole application starts on the database of this suite and deploys processes/ and forms/. */
@IntegratieTest
class ContextTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;

    @Test
    void deApplicatieDraaitOpDeDatabaseVanDezeSuite() throws Exception {
        String verwacht = "postgres".equalsIgnoreCase(System.getProperty("inburgering.test.db", ""))
                ? "PostgreSQL" : "H2";
        try (var verbinding = dataSource.getConnection()) {
            assertThat(verbinding.getMetaData().getDatabaseProductName()).isEqualTo(verwacht);
        }
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void procesDmnEnFormulierenZijnGedeployed() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("inburgeringstraject").count())
                .isPositive();
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("taakverdeling").count())
                .isPositive();
        var deployment = repository.createDeploymentQuery().orderByDeploymentTime().desc().list().stream()
                .filter(d -> repository.getDeploymentResourceNames(d.getId()).stream()
                        .anyMatch(n -> n.endsWith("inburgeringstraject.bpmn")))
                .findFirst().orElseThrow();
        assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                .anyMatch(n -> n.endsWith("forms/bredeIntake.form"))
                .anyMatch(n -> n.endsWith("processes/taakverdeling.dmn"));
    }
}
