package nl.fermwerk.inburgering.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.fermwerk.inburgering.termijnen.Termijnen;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.springframework.boot.jdbc.DataSourceBuilder;

/**
 * The benchmark's own bare Camunda 7.24: a standalone engine on a database of its own, with none of our plugins
 * (no routing, Tasklist cards, rights, events), so nothing in the application needs to know the benchmark exists.
 * <p>
 * A comparison is only fair when the two engines differ in our code alone: the settings that change what the engine
 * writes or checks per step are copied from ours (history level, serialization format, authorization and variable
 * permissions, history time to live, id generator, batch flushing, metrics), the job executor stays off (the driver
 * executes every due job itself), and the database must be of the same product. The pool is Hikari, as ours.
 */
final class KaleEngine implements AutoCloseable {

    private final HikariDataSource database;
    private final ProcessEngine engine;

    private KaleEngine(HikariDataSource database, ProcessEngine engine) {
        this.database = database;
        this.engine = engine;
    }

    /** Builds the bare engine on {@code url}; it creates Camunda's tables there if they are missing. */
    static KaleEngine naast(ProcessEngine onze, String url, String gebruiker, String wachtwoord) {
        ProcessEngineConfigurationImpl ons = (ProcessEngineConfigurationImpl) onze.getProcessEngineConfiguration();
        HikariDataSource database = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(url).username(gebruiker).password(wachtwoord).build();
        database.setPoolName("kale-engine");
        try {
            ProcessEngine engine = configuratie(ons, database).buildProcessEngine();
            KaleEngine kaal = new KaleEngine(database, engine);
            String soort = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
            if (!soort.equals(ons.getDatabaseType())) {
                kaal.close();
                throw new IllegalStateException("De kale engine draait op " + soort + ", de onze op "
                        + ons.getDatabaseType() + ": zo is de vergelijking niet eerlijk");
            }
            return kaal;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static StandaloneProcessEngineConfiguration configuratie(ProcessEngineConfigurationImpl ons,
                                                                     DataSource database) {
        StandaloneProcessEngineConfiguration kaal = new StandaloneProcessEngineConfiguration();
        kaal.setProcessEngineName("benchmark-kaal-" + UUID.randomUUID());
        kaal.setDataSource(database);
        kaal.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        kaal.setJobExecutorActivate(false);
        kaal.setHistory(ons.getHistoryLevel().getName());
        kaal.setDefaultSerializationFormat(ons.getDefaultSerializationFormat());
        kaal.setJavaSerializationFormatEnabled(ons.isJavaSerializationFormatEnabled());
        kaal.setAuthorizationEnabled(ons.isAuthorizationEnabled());
        kaal.setAuthorizationCheckRevokes(ons.getAuthorizationCheckRevokes());
        kaal.setEnforceSpecificVariablePermission(ons.isEnforceSpecificVariablePermission());
        kaal.setHistoryTimeToLive(ons.getHistoryTimeToLive());
        kaal.setEnforceHistoryTimeToLive(ons.isEnforceHistoryTimeToLive());
        kaal.setJdbcBatchProcessing(ons.isJdbcBatchProcessing());
        kaal.setMetricsEnabled(ons.isMetricsEnabled());
        kaal.setDbMetricsReporterActivate(ons.isDbMetricsReporterActivate());
        kaal.setDmnEnabled(ons.isDmnEnabled());
        kaal.setCmmnEnabled(ons.isCmmnEnabled());
        if (ons.getIdGenerator() instanceof StrongUuidGenerator) {
            kaal.setIdGenerator(new StrongUuidGenerator());
        }
        // The model's timers and due dates are calendar arithmetic in expressions (${termijnen.uiterlijk(...)}): part
        // of the model, not of our code path. The bean knows calendars only: no database, no events
        // The uitvoering's plan (KaalPlan) reads table onderdelen, as the model's own delegate does, without events
        kaal.setBeans(Map.<Object, Object>of("termijnen", new Termijnen(), "kaalPlan", new KaalPlan()));
        return kaal;
    }

    ProcessEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            database.close();
        }
    }
}
