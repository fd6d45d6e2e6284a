package nl.fermwerk.inburgering.traject;

import java.util.List;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Keeps the task-local copies of the {@link Taakpijplijn} (the card and header copies of {@link Taakkaart}, the
 * routing's {@code betrokken}) out of the engine's history. They repeat what the dossier, the process variables and
 * the identity links already record, so keeping them would write three history rows per copy per task for nothing,
 * and multiply the inburgeraar's name across the history tables (AVG: no more copies of personal data than the work
 * needs). Which variables are copies is {@link Taakkaart#isKopie}'s to say, beside the code that writes them; every
 * other history event, a worker's own answer among them, is written as Camunda writes it.
 * <p>
 * A term watcher ({@code termijnbewaking}) keeps its variables in history (their last values: the dossier page's terms
 * and a renewed watch read them) but not the log of each change ({@code ACT_HI_DETAIL}): it starts with nine values
 * and each later change (an extension, a recalculation, a withdrawal, the teamleider's handling of an escalation) is
 * an event of the dossier already, with its date and actor. Nothing read that log, and it was 6.2 of the 117.8 rows
 * per completed task in bench/run.sh on PostgreSQL.
 */
@Component
public class TaakkopieHistorie extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setHistoryEventHandler(new Filter(new ZonderBewakerslog()));
    }

    /** True for a history event about one of the task-local copies (never about a process variable of that name). */
    static boolean isKopie(HistoryEvent gebeurtenis) {
        if (!(gebeurtenis instanceof HistoricVariableUpdateEventEntity variabele) || variabele.getTaskId() == null
                || !Taakkaart.KOPIEEN.contains(variabele.getVariableName())) {
            return false;
        }
        CommandContext context = Context.getCommandContext();
        TaskEntity taak = context == null ? null : context.getTaskManager().findTaskById(variabele.getTaskId());
        return Taakkaart.isKopie(taak, variabele.getVariableName());
    }

    /** Camunda's own handler, without the detail rows of a term watcher's variables. */
    private static final class ZonderBewakerslog extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity variabele) {
            return !Termijnbewaking.PROCES.equals(variabele.getProcessDefinitionKey())
                    && super.shouldWriteHistoricDetail(variabele);
        }
    }

    private record Filter(HistoryEventHandler database) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent gebeurtenis) {
            if (!isKopie(gebeurtenis)) {
                database.handleEvent(gebeurtenis);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> gebeurtenissen) {
            for (HistoryEvent gebeurtenis : gebeurtenissen) {
                handleEvent(gebeurtenis);
            }
        }
    }
}
