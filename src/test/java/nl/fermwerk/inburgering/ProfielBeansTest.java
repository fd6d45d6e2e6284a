package nl.fermwerk.inburgering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Production carries no demo, simulation or benchmark code as beans, and the demo carries no benchmark (issue #14):
 * a bean that exists is code that runs, and a demo user in production is a known password.
 */
@IntegratieTest
class ProfielBeansTest {

    private static final String BASIS = "nl.fermwerk.inburgering.";

    @Autowired
    ConfigurableApplicationContext demo;

    @Test
    void prodStartZonderEnigeDemoSimulatieOfBenchmarkBean() {
        try (ConfigurableApplicationContext prod = new SpringApplicationBuilder(RegieInburgeringApplication.class)
                .profiles("prod")
                // As arguments: they outrank application.yaml's ${DB_URL} and application-prod.yaml's ${ADMIN_PASSWORD}.
                // An engine name of its own: Camunda keeps engines in a JVM-wide registry by name, and closing a second
                // "default" would take the shared test context's engine out of it (engine REST: "No process engine").
                // Without Camunda's webapps: they keep their runtime in static fields, so a second context's webapps,
                // once closed, would leave Tasklist's login in the shared context answering 500. Our beans are the same
                .run("--camunda.bpm.generate-unique-process-engine-name=true", "--camunda.bpm.webapp.enabled=false",
                        "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--camunda.bpm.admin-user.password=een-eigen-lang-wachtwoord", "--server.port=0",
                        "--camunda.bpm.job-execution.enabled=false", "--inburgering.bewaartermijn-cron=-",
                        "--logging.level.root=WARN")) {
            List<String> klassen = onzeBeanklassen(prod);
            assertThat(klassen).as("de telling zelf werkt: de taakpijplijn is er")
                    .contains(BASIS + "traject.Taakpijplijn");
            assertThat(klassen).noneMatch(k -> k.startsWith(BASIS + "demo.") || k.startsWith(BASIS + "benchmark.")
                    || k.startsWith(BASIS + "simulatie."));
            assertThat(klassen).as("de gedeployde kant van een naspeling wordt in productie vooraf voorbereid")
                    .contains(BASIS + "watals.VoorafVoorbereiding");
            assertThat(prod.getBean(IdentityService.class).createUserQuery().list()).extracting(User::getId)
                    .as("alleen de beheerder uit ADMIN_PASSWORD, geen demogebruiker").containsExactly("beheer");
        }
    }

    @Test
    void demoDraaitZonderBenchmarkOfSimulatieBean() {
        List<String> klassen = onzeBeanklassen(demo);
        assertThat(klassen).as("de telling zelf werkt: de demogebruikers zijn er").contains(BASIS + "demo.DemoGebruikers");
        assertThat(klassen).noneMatch(k -> k.startsWith(BASIS + "benchmark.") || k.startsWith(BASIS + "simulatie."));
        // About 75 s of CPU per start, deployment and day: switched on per node, not on a laptop's demo
        assertThat(klassen).doesNotContain(BASIS + "watals.VoorafVoorbereiding");
    }

    private static List<String> onzeBeanklassen(ConfigurableApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(naam -> context.getBeanFactory().getType(naam, false))
                .filter(Objects::nonNull).map(ClassUtils::getUserClass).map(Class::getName)
                .filter(k -> k.startsWith(BASIS)).toList();
    }
}
