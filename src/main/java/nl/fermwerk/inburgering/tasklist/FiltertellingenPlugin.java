package nl.fermwerk.inburgering.tasklist;

import java.time.Duration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the engine {@link GedeeldeFiltertellingen} as its filter service, so that both REST APIs (Tasklist's and
 * {@code /engine-rest}) count a filter's tasks through it. {@code inburgering.tasklist.tellingen-geldig} says how old a
 * count may be; PT0S counts at every request, as the engine does.
 */
@Component
public class FiltertellingenPlugin extends AbstractProcessEnginePlugin {

    private final Duration geldig;
    private final JdbcTemplate jdbc;

    public FiltertellingenPlugin(@Value("${inburgering.tasklist.tellingen-geldig:PT30S}") Duration geldig,
            JdbcTemplate jdbc) {
        if (geldig.isNegative()) {
            throw new IllegalArgumentException(
                    "inburgering.tasklist.tellingen-geldig mag niet negatief zijn: " + geldig);
        }
        this.geldig = geldig;
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setFilterService(new GedeeldeFiltertellingen(geldig, System::nanoTime, new Telrij(),
                configuratie::getIdentityService,
                new EigenTaakrechten(jdbc, configuratie.getDatabaseTablePrefix())));
    }
}
