package nl.fermwerk.inburgering.rapportage;

import nl.fermwerk.inburgering.dossier.Feit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills the projection on the first start after its table was created (a database with events from before the
 * rapportage module): an empty projection next to a non-empty event store can only mean "never built".
 */
@Component
@Order(10)
class RapportageStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(RapportageStart.class);

    private final JdbcTemplate jdbc;
    private final RapportageHerbouw herbouw;

    RapportageStart(JdbcTemplate jdbc, RapportageHerbouw herbouw) {
        this.jdbc = jdbc;
        this.herbouw = herbouw;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer rijen = jdbc.queryForObject("SELECT COUNT(*) FROM rapportage_dossier", Integer.class);
        Integer dossiers = jdbc.queryForObject("SELECT COUNT(*) FROM gebeurtenis WHERE type = ?", Integer.class,
                Feit.type(Feit.DossierAangemaakt.class));
        if (rijen != null && rijen == 0 && dossiers != null && dossiers > 0) {
            RapportageHerbouw.Resultaat r = herbouw.herbouw();
            LOG.info("Rapportageprojectie opgebouwd: {} dossiers uit {} gebeurtenissen in {} ms", r.dossiers(),
                    r.gebeurtenissen(), r.millis());
        }
        // Rows from before the term dates were stored, or from before the latest table termijnen: the dashboard counts
        // them in Java until their dates are derived again
        long begin = System.nanoTime();
        try {
            int vernieuwd = herbouw.vernieuwTermijnmomenten();
            if (vernieuwd > 0) {
                LOG.info("Termijndata van {} rapportageregels afgeleid in {} ms", vernieuwd,
                        (System.nanoTime() - begin) / 1_000_000);
            }
        } catch (RuntimeException e) {
            LOG.warn("Termijndata van de rapportageregels niet afgeleid (het dashboard telt ze in Java): {}",
                    e.toString());
        }
    }
}
