package nl.fermwerk.inburgering.prestaties;

import java.util.List;
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
    }
}
