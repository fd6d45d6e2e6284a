package nl.fermwerk.inburgering.prestaties;

import java.util.List;
import nl.fermwerk.inburgering.basis.DatabaseSoort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's tables that Camunda does not ship and our work needs at 100,000 dossiers. They cannot be a
 * Flyway migration: Flyway runs before the engine creates its tables on a fresh database. {@code IF NOT EXISTS}
 * makes every start after the first a no-op.
 */
@Component
class EngineIndexen {

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexen.class);

    /** Name, then definition; each proven with EXPLAIN on the scale dataset (docs/performance.md). */
    static final List<String[]> INDEXEN = List.of(
            // Every Tasklist filter sorts by due date, then creation: the first page walks this index and stops
            new String[] {"inb_idx_task_due_create", "ACT_RU_TASK (DUE_DATE_, CREATE_TIME_)"},
            // Completing a task looks up its subtasks; without it a sequential scan of all open tasks
            new String[] {"inb_idx_task_parent", "ACT_RU_TASK (PARENT_TASK_ID_)"},
            // Every authorization check asks for the user's own grants OR the group's: without an index on the user
            // column that OR makes PostgreSQL scan the whole authorization table (102 of 134 ms of a Tasklist page)
            new String[] {"inb_idx_auth_user", "ACT_RU_AUTHORIZATION (USER_ID_)"});

    /**
     * PostgreSQL only: statistics on the permission bits every Tasklist query tests ({@code PERMS_ & 2 = 2}, READ on
     * a task; {@code PERMS_ & 64 = 64}, READ_TASK on a process definition). Without them PostgreSQL guesses 0.5 % for
     * such an expression: for a partner it expected 79 of its 15,752 authorization rows, joined them by a nested loop
     * over a materialized list instead of the index on RESOURCE_ID_, and the count of its Werkvoorraad took 9.3 s at
     * 30,000 dossiers (85 million join comparisons); with them 75 ms. Plans stay custom
     * ({@code plan_cache_mode}, application-postgres.yaml): a generic plan cannot see the bits.
     */
    static final List<String[]> STATISTIEKEN = List.of(
            new String[] {"inb_stat_auth_lezen", "(PERMS_ & 2) FROM ACT_RU_AUTHORIZATION"},
            new String[] {"inb_stat_auth_taken_lezen", "(PERMS_ & 64) FROM ACT_RU_AUTHORIZATION"});

    private final JdbcTemplate jdbc;

    EngineIndexen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    void maak() {
        for (String[] index : INDEXEN) {
            jdbc.execute("CREATE INDEX IF NOT EXISTS " + index[0] + " ON " + index[1]);
        }
        LOG.info("Indexen op de engine-tabellen aanwezig: {}", INDEXEN.stream().map(i -> i[0]).toList());
        if (DatabaseSoort.isPostgres(jdbc)) {
            maakStatistieken();
        }
    }

    private void maakStatistieken() {
        boolean nieuw = false;
        for (String[] statistiek : STATISTIEKEN) {
            Integer bestaat = jdbc.queryForObject("SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname = ?",
                    Integer.class, statistiek[0]);
            if (bestaat == null || bestaat == 0) {
                jdbc.execute("CREATE STATISTICS IF NOT EXISTS " + statistiek[0] + " ON " + statistiek[1]);
                nieuw = true;
            }
        }
        // A new statistics object is empty until the table is analysed; autovacuum would do so only much later
        if (nieuw) {
            jdbc.execute("ANALYZE ACT_RU_AUTHORIZATION");
        }
        LOG.info("Statistieken op de engine-tabellen aanwezig: {}", STATISTIEKEN.stream().map(s -> s[0]).toList());
    }
}
