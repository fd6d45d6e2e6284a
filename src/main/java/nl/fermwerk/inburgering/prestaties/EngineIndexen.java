package nl.fermwerk.inburgering.prestaties;

import java.util.List;
import java.util.stream.Stream;
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
            // Every Tasklist filter but one sorts by due date, then priority (highest first), then creation: the first
            // page walks this index and stops. With only (due date, creation) every run of equal due dates was sorted
            // again by priority, and the run of tasks without one (a third of them) on disk: a partner whose open work
            // has no due date waited 220 ms for it at 30,000 dossiers, 52 ms with the priority in the index
            new String[] {"inb_idx_task_due_prio_create", "ACT_RU_TASK (DUE_DATE_, PRIORITY_ DESC, CREATE_TIME_)"},
            // "Termijn verlopen" sorts by priority first (the teamleider works from the most pressing escalation down)
            new String[] {"inb_idx_task_prio_due_create", "ACT_RU_TASK (PRIORITY_ DESC, DUE_DATE_, CREATE_TIME_)"},
            // The candidate-group check of every task a Tasklist page walks past, answered from the index alone
            new String[] {"inb_idx_ident_task_group", "ACT_RU_IDENTITYLINK (TASK_ID_, GROUP_ID_, TYPE_)"},
            // Completing a task looks up its subtasks; without it a sequential scan of all open tasks
            new String[] {"inb_idx_task_parent", "ACT_RU_TASK (PARENT_TASK_ID_)"},
            // Every authorization check asks for the user's own grants OR the group's: without an index on the user
            // column that OR makes PostgreSQL scan the whole authorization table (102 of 134 ms of a Tasklist page)
            new String[] {"inb_idx_auth_user", "ACT_RU_AUTHORIZATION (USER_ID_)"});

    /** Indexes that {@link #INDEXEN} replaced: each costs a write per task and no query uses it any more. */
    static final List<String> VERVANGEN = List.of("inb_idx_task_due_create");

    /**
     * PostgreSQL only (partial and covering indexes, which H2 lacks): the two variables Tasklist filters match on.
     * The per-gemeente casusregie filters match the process variable {@code gemeente}: without this index its count
     * read all 60,000 such variables from the heap to keep the 14,500 of one gemeente (300 ms at 30,000 dossiers, 132
     * with it). The Betrokken filters match the task variable {@code betrokken} with LIKE (320 ms, 113 with it). Both
     * values are short codes our code writes, so the index entries stay small.
     */
    static final List<String[]> INDEXEN_POSTGRES = List.of(
            new String[] {"inb_idx_var_gemeente",
                    "ACT_RU_VARIABLE (TEXT_) INCLUDE (PROC_INST_ID_, TYPE_) WHERE NAME_ = 'gemeente' AND TASK_ID_ IS NULL"},
            new String[] {"inb_idx_var_betrokken",
                    "ACT_RU_VARIABLE (TASK_ID_) INCLUDE (TEXT_, TYPE_) WHERE NAME_ = 'betrokken'"});

    /**
     * H2 only: H2 guesses how many rows a condition keeps from a column's distinct values, not from its nulls. The
     * engine reads the variables of an execution ({@code EXECUTION_ID_ = ? AND TASK_ID_ IS NULL}) for every task and
     * job; H2 often rated the nearly always null {@code TASK_ID_} as the more selective index and walked every process
     * variable to find the two dozen of one execution (JFR of a replay child's first year: 41 % of its samples, 11 %
     * with this index, docs/performance.md). An index on both columns is the cheaper one in H2's own sums. The same
     * misjudgement of {@code PARENT_ID_ IS NULL} in the engine's process instance query was not cured by an index
     * (H2 kept its plan); the term watchers are looked up in SQL of our own instead ({@code termijnen.LopendeBewakers}).
     * PostgreSQL counts the nulls and needs neither.
     */
    // The type spelled out: List.of with one array would take the array as its varargs (a List<String>)
    static final List<String[]> INDEXEN_H2 = List.<String[]>of(
            new String[] {"inb_idx_var_exec_task", "ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)"});

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
        boolean postgres = DatabaseSoort.isPostgres(jdbc);
        List<String[]> indexen = voor(postgres);
        for (String[] index : indexen) {
            jdbc.execute("CREATE INDEX IF NOT EXISTS " + index[0] + " ON " + index[1]);
        }
        for (String oud : VERVANGEN) {
            jdbc.execute("DROP INDEX IF EXISTS " + oud);
        }
        LOG.info("Indexen op de engine-tabellen aanwezig: {}", indexen.stream().map(i -> i[0]).toList());
        if (postgres) {
            maakStatistieken();
        }
    }

    /** The indexes of {@link #INDEXEN}, and those of {@link #INDEXEN_POSTGRES} or {@link #INDEXEN_H2}. */
    static List<String[]> voor(boolean postgres) {
        return Stream.concat(INDEXEN.stream(), (postgres ? INDEXEN_POSTGRES : INDEXEN_H2).stream()).toList();
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
