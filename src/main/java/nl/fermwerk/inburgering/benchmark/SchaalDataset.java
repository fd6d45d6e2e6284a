package nl.fermwerk.inburgering.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.toegang.Groepen;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code bench/scale.sh}: fills an empty database with N dossiers whose koppelingen spread over three years
 * ({@link Schaalopbouw}), then logs one line {@code SCHAAL klaar: …} with what it holds and how the open tasks' due
 * dates spread, for which the script waits.
 */
@Component
@Profile("schaal")
@Order(50)
class SchaalDataset implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SchaalDataset.class);

    private final Dossiers dossiers;
    private final JdbcTemplate jdbc;
    private final Schaalopbouw opbouw;
    private final int aantal;
    private final long zaad;

    SchaalDataset(DossierService service, Dossiers dossiers, ProcessEngine engine, JdbcTemplate jdbc,
                  @Value("${inburgering.schaal.dossiers:1000}") int aantal,
                  @Value("${inburgering.schaal.zaad:2021}") long zaad,
                  @Value("${inburgering.schaal.afrondingen:" + Schaalopbouw.MAX_AFRONDINGEN + "}") int afrondingen) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
        this.opbouw = new Schaalopbouw(engine, service, jdbc, afrondingen);
        this.aantal = aantal;
        this.zaad = zaad;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long bestaand = dossiers.aantal(null);
        if (bestaand >= aantal) {
            LOG.warn("SCHAAL klaar: {}", telling());
            return;
        }
        if (bestaand > 0) {
            // Three years are walked once, from the first koppeling: a half-built walk cannot be continued
            throw new IllegalStateException("De database houdt " + bestaand + " van de " + aantal
                    + " dossiers (een afgebroken opbouw?): verwijder hem en begin opnieuw");
        }
        Schaalopbouw.Resultaat resultaat = opbouw.bouw(aantal, zaad, "Schaal");
        LOG.warn("SCHAAL {} dossiers over {} jaar opgebouwd in {} s ({} dossiers/s)", aantal, Schaalopbouw.JAREN,
                resultaat.seconden(), String.format(java.util.Locale.ROOT, "%.1f",
                        aantal / (double) Math.max(1, resultaat.seconden())));
        LOG.warn("SCHAAL klaar: {}", telling());
    }

    /** The dataset's counts, and the spread of the open tasks' due dates per quarter for casusregie and vsgh. */
    String telling() {
        long open = getal("SELECT COUNT(*) FROM ACT_RU_TASK");
        long afgerond = getal("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE DELETE_REASON_ = 'completed'");
        long escalaties = getal("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE TASK_DEF_KEY_ = 'termijnBewaking'");
        long bijTeamleider = openVan(Groepen.TEAMLEIDER);
        long timers = getal("SELECT COUNT(*) FROM ACT_RU_JOB WHERE TYPE_ = 'timer'");
        return String.format(java.util.Locale.ROOT, "%d dossiers, %d open taken, %d taken afgerond, %d escalaties "
                        + "(termijnBewaking, waarvan %d open bij de teamleider), %d termijntimers open; "
                        + "vervaldatums open taken per kwartaal: casusregie %s; vsgh %s",
                dossiers.aantal(null), open, afgerond, escalaties, bijTeamleider, timers,
                perKwartaal(Groepen.CASUSREGIE), perKwartaal("vsgh"));
    }

    private long getal(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private long openVan(String groep) {
        Long n = jdbc.queryForObject("SELECT COUNT(DISTINCT t.ID_) FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l "
                + "ON l.TASK_ID_ = t.ID_ WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ = ?", Long.class, groep);
        return n == null ? 0 : n;
    }

    /** Counted in Java from the due dates: the same on H2 and PostgreSQL, and a few hundred thousand rows at most. */
    Map<String, Integer> perKwartaal(String groep) {
        Map<String, Integer> telling = new TreeMap<>();
        jdbc.query("SELECT t.DUE_DATE_ FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ "
                + "WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ = ?", rij -> {
                    java.sql.Timestamp vervalt = rij.getTimestamp(1);
                    String sleutel = vervalt == null ? "geen" : kwartaal(vervalt.toInstant()
                            .atZone(ZoneId.systemDefault()).toLocalDate());
                    telling.merge(sleutel, 1, Integer::sum);
                }, groep);
        return telling;
    }

    static String kwartaal(LocalDate dag) {
        return dag.getYear() + "K" + ((dag.getMonthValue() - 1) / 3 + 1);
    }
}
