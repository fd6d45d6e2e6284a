package nl.fermwerk.inburgering.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.simulatie.Meting;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's bare runs happen on an engine and database of the benchmark's own: none of our plugins, the
 * settings that matter for a fair comparison taken from ours, and our model and the generated chain run through it
 * to the end without touching our engine.
 */
@IntegratieTest
class KaleEngineTest {

    @Autowired
    ProcessEngine onze;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.username}")
    String gebruiker;
    @Value("${spring.datasource.password:}")
    String wachtwoord;

    private final List<String> aangemaakt = new ArrayList<>();

    @AfterEach
    void opruimen() {
        ClockUtil.reset();
        aangemaakt.forEach(naam -> jdbc.execute("DROP DATABASE IF EXISTS " + naam + " WITH (FORCE)"));
    }

    @Test
    void deKaleEngineHeeftGeenVanOnzePluginsMaarWelOnzeInstellingen() {
        try (KaleEngine kaal = KaleEngine.naast(onze, kaleDatabase(), gebruiker, wachtwoord)) {
            ProcessEngineConfigurationImpl k = configuratie(kaal.engine());
            ProcessEngineConfigurationImpl o = configuratie(onze);

            assertThat(pluginklassen(o)).as("de telling zelf werkt: onze engine heeft onze plugins")
                    .anyMatch(p -> p.startsWith("nl.fermwerk."));
            assertThat(pluginklassen(k)).noneMatch(p -> p.startsWith("nl.fermwerk."));
            assertThat(parseListeners(o)).anyMatch(l -> l.startsWith("nl.fermwerk."));
            assertThat(parseListeners(k)).noneMatch(l -> l.startsWith("nl.fermwerk."));
            assertThat(k.getHistoryLevel().getName()).isEqualTo(o.getHistoryLevel().getName()).isEqualTo("full");
            assertThat(k.getDefaultSerializationFormat()).isEqualTo(o.getDefaultSerializationFormat())
                    .isEqualTo("application/json");
            assertThat(k.isAuthorizationEnabled()).isEqualTo(o.isAuthorizationEnabled()).isTrue();
            assertThat(k.isEnforceSpecificVariablePermission()).isEqualTo(o.isEnforceSpecificVariablePermission());
            assertThat(k.getIdGenerator().getClass()).isEqualTo(o.getIdGenerator().getClass());
            assertThat(k.isJobExecutorActivate()).isFalse();
            assertThat(k.getDatabaseType()).isEqualTo(o.getDatabaseType());
            assertThat(tabellen(k)).as("een eigen database: onze tabellen zijn er niet").doesNotContain("GEBEURTENIS");
            assertThat(tabellen(o)).contains("GEBEURTENIS");
        }
    }

    @Test
    void onsModelEnDeKetenLopenKaalTotHetEindeZonderOnzeEngineTeRaken() {
        long onzeInstanties = onze.getHistoryService().createHistoricProcessInstanceQuery().count();
        Instant start = Instant.parse("2027-01-04T08:00:00Z");
        try (KaleEngine kaal = KaleEngine.naast(onze, kaleDatabase(), gebruiker, wachtwoord)) {
            ProcessEngine engine = kaal.engine();
            KaalTraject model = new KaalTraject(engine);
            model.deploy();
            Meting ons = model.draai(3, 2021, start);
            Meting keten = new KaleBaseline(engine).draai(2, 4, 2, start);

            assertThat(ons.taken()).as("taken afgerond in ons model").isGreaterThanOrEqualTo(3 * 5);
            assertThat(ons.timers()).as("de termijnen van het model lopen ook kaal").isPositive();
            assertThat(keten.taken()).isEqualTo(2 * 4);
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count())
                    .as("elk traject en elke keten afgesloten").isEqualTo(5);
            assertThat(engine.getHistoryService().createHistoricIdentityLinkLogQuery().count())
                    .as("geen routing: geen kandidaatgroep, geen betrokkene").isZero();
        }
        assertThat(onze.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(onzeInstanties);
    }

    /** A fresh database of the same product as ours, as bench/run.sh gives the benchmark (the PostgreSQL suite too). */
    private String kaleDatabase() {
        String onzeUrl = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
        if (!onzeUrl.startsWith("jdbc:postgresql:")) {
            return "jdbc:h2:mem:kaal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        }
        String naam = "kaal_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("CREATE DATABASE " + naam);
        aangemaakt.add(naam);
        String zonderParameters = onzeUrl.split("\\?")[0];
        return zonderParameters.substring(0, zonderParameters.lastIndexOf('/') + 1) + naam;
    }

    private static ProcessEngineConfigurationImpl configuratie(ProcessEngine engine) {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** Spring Boot wraps the plugins in one composite: look inside it. */
    private static List<String> pluginklassen(ProcessEngineConfigurationImpl configuratie) {
        return configuratie.getProcessEnginePlugins().stream()
                .flatMap(p -> p instanceof CompositeProcessEnginePlugin samen ? samen.getPlugins().stream() : Stream.of(p))
                .map(p -> p.getClass().getName()).toList();
    }

    private static List<String> parseListeners(ProcessEngineConfigurationImpl configuratie) {
        return Stream.concat(Stream.ofNullable(configuratie.getCustomPreBPMNParseListeners()),
                        Stream.ofNullable(configuratie.getCustomPostBPMNParseListeners()))
                .flatMap(List::stream).map(l -> l.getClass().getName()).toList();
    }

    private static List<String> tabellen(ProcessEngineConfigurationImpl configuratie) {
        return new JdbcTemplate(configuratie.getDataSource()).queryForList(
                "SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_SCHEMA) <> 'INFORMATION_SCHEMA'",
                String.class);
    }
}
