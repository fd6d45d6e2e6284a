package nl.fermwerk.inburgering.termijnen;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The running term watchers ({@value Termijnbewaking#PROCES}) of a dossier, found by its business key. Asked for
 * every event that starts, meets or withdraws a term and for the due date of every task that can meet one.
 *
 * <p>In SQL of our own because of H2's planner: the engine's process instance query asks for {@code PARENT_ID_ IS
 * NULL}, and H2 rates that condition by the column's distinct values, not by its nulls. Depending on the statistics
 * of the moment a plan was made, it walked every process instance of the database instead of the few of one business
 * key (a quarter of a what-if replay's CPU, docs/performance.md). A process instance here is the execution that is
 * its own process instance, which no index offers, so every database looks the rows up by business key; PostgreSQL
 * did so already.
 */
final class LopendeBewakers {

    private static final String LOPEND = "SELECT RES.* FROM ACT_RU_EXECUTION RES"
            + " WHERE RES.BUSINESS_KEY_ = #{dossierId} AND RES.PROC_DEF_KEY_ = #{proces}"
            + " AND RES.ID_ = RES.PROC_INST_ID_";

    private static final String VAN_DOSSIER = LOPEND + " ORDER BY RES.ID_";

    private static final String VAN_TERMIJN = LOPEND
            + " AND EXISTS (SELECT 1 FROM ACT_RU_VARIABLE V WHERE V.EXECUTION_ID_ = RES.ID_ AND V.TASK_ID_ IS NULL"
            + " AND V.NAME_ = 'termijn' AND V.TEXT_ = #{termijn}) ORDER BY RES.ID_";

    private LopendeBewakers() {
    }

    /** The running watchers of a dossier, in the order of their ids (as the engine's own query gave them). */
    static List<ProcessInstance> van(RuntimeService runtime, String dossierId) {
        return runtime.createNativeProcessInstanceQuery().sql(VAN_DOSSIER)
                .parameter("dossierId", dossierId).parameter("proces", Termijnbewaking.PROCES).list();
    }

    /** The running watcher of one term of a dossier, if any. */
    static Optional<ProcessInstance> van(RuntimeService runtime, String dossierId, String termijn) {
        return runtime.createNativeProcessInstanceQuery().sql(VAN_TERMIJN)
                .parameter("dossierId", dossierId).parameter("proces", Termijnbewaking.PROCES)
                .parameter("termijn", termijn).list().stream().findFirst();
    }
}
