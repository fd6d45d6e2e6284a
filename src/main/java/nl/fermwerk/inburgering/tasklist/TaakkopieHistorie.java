package nl.fermwerk.inburgering.tasklist;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.routing.TaakRoutering;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the task-local copies that only serve Tasklist (the card variables and the routing's {@code betrokken})
 * out of the engine's history. They repeat what the process variables and the identity links already record, so
 * keeping them would write three history rows per copy per task for nothing, and multiply the inburgeraar's name
 * across the history tables (AVG: no more copies of personal data than the work needs). Every other history event
 * is written as Camunda writes it.
 */
@Component
public class TaakkopieHistorie extends AbstractProcessEnginePlugin {

    static final Set<String> KOPIEEN = Stream.concat(TaakkaartPlugin.KAARTVARIABELEN.stream(),
            Stream.of(TaakRoutering.BETROKKEN)).collect(Collectors.toUnmodifiableSet());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setHistoryEventHandler(new Filter(new DbHistoryEventHandler()));
    }

    /** True for a history event about one of the task-local copies (never about a process variable of that name). */
    static boolean isKopie(HistoryEvent gebeurtenis) {
        return gebeurtenis instanceof HistoricVariableUpdateEventEntity variabele && variabele.getTaskId() != null
                && KOPIEEN.contains(variabele.getVariableName());
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
