package nl.fermwerk.inburgering.watals;

import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_END;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_START;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.IDENTITY_LINK_ADD;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.IDENTITY_LINK_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_END;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_START;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.PROCESS_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_COMPLETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.TASK_INSTANCE_UPDATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_CREATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_DELETE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE;
import static org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE;

import java.util.ArrayList;
import java.util.Set;
import nl.fermwerk.inburgering.termijnen.Termijnbewaking;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The replay child's history level ({@value #NAAM}, chosen in application-watals.yaml; the application itself keeps
 * {@code full}): exactly the history that something in the child reads, nothing else.
 * <ul>
 *   <li>process instances: {@link Cijfers} (a task's dossier), the term watchers ({@code termijnen.Termijnbewaking}:
 *       which watcher ran, how it ended);</li>
 *   <li>activity instances of events and sub-processes: {@code simulatie.TaakUitvoerder} answers the afsluiting's
 *       {@code resultaat} from the events the trajectory passed (the boundary events of an ontheffing, a vrijstelling,
 *       a verhuizing, a missed term); the instances of its tasks (their own history is written) and gateways are
 *       read by no one;</li>
 *   <li>task instances: {@link Cijfers} (tasks completed per quarter), {@code TaakUitvoerder} (was the PIP
 *       bijgesteld before);</li>
 *   <li>variable instances (their last value, not every update) of the term watchers only
 *       ({@link Termijnbewaking#PROCES}): their {@code termijn} and {@code startdatum}; the trajectory's own
 *       variables are read only as they are now, from the runtime;</li>
 *   <li>the identity link log: {@link Cijfers} counts a task for the candidate group it had at the end.</li>
 * </ul>
 * Not written, because nothing in the child reads them: any other process's variables, the activity instances of
 * tasks and gateways, the job log, the decision instances, the variable updates (details), the user operation log,
 * incidents, batches, external task and form property history. Writing them was a quarter of a child's samples
 * (docs/watals.md, "Measured"); none of them decides what happens next, as the engine never reads its own history
 * to run a process.
 */
@Component
@Profile("watals")
public class NaspelingHistorie extends AbstractProcessEnginePlugin {

    /** The name {@code camunda.bpm.history-level} selects it by. */
    public static final String NAAM = "naspeling";

    /** Beside Camunda's own 0..3 (none, activity, audit, full). */
    static final int ID = 18;

    static final HistoryLevel NIVEAU = new Niveau();

    private static final Set<HistoryEventType> GESCHREVEN = Set.of(
            PROCESS_INSTANCE_START, PROCESS_INSTANCE_UPDATE, PROCESS_INSTANCE_END, PROCESS_INSTANCE_MIGRATE,
            TASK_INSTANCE_CREATE, TASK_INSTANCE_UPDATE, TASK_INSTANCE_COMPLETE, TASK_INSTANCE_DELETE,
            TASK_INSTANCE_MIGRATE,
            IDENTITY_LINK_ADD, IDENTITY_LINK_DELETE);

    /** Of events and sub-processes only: tasks and gateways are not what the driver asks for. */
    private static final Set<HistoryEventType> VAN_GEBEURTENISSEN = Set.of(
            ACTIVITY_INSTANCE_START, ACTIVITY_INSTANCE_UPDATE, ACTIVITY_INSTANCE_END, ACTIVITY_INSTANCE_MIGRATE);

    /** Of the term watchers only: no one in the child reads another process's variables from history. */
    private static final Set<HistoryEventType> VAN_BEWAKERS = Set.of(
            VARIABLE_INSTANCE_CREATE, VARIABLE_INSTANCE_UPDATE, VARIABLE_INSTANCE_DELETE, VARIABLE_INSTANCE_MIGRATE);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomHistoryLevels() == null) {
            configuratie.setCustomHistoryLevels(new ArrayList<>());
        }
        configuratie.getCustomHistoryLevels().add(NIVEAU);
    }

    private static final class Niveau implements HistoryLevel {

        @Override
        public int getId() {
            return ID;
        }

        @Override
        public String getName() {
            return NAAM;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType soort, Object entiteit) {
            if (VAN_BEWAKERS.contains(soort)) {
                // Without an entity the engine asks whether the kind is written at all
                return !(entiteit instanceof VariableInstanceEntity variabele) || vanBewaker(variabele);
            }
            if (VAN_GEBEURTENISSEN.contains(soort)) {
                return !(entiteit instanceof ExecutionEntity uitvoering) || uitvoering.getActivity() == null
                        || gebeurtenis(String.valueOf(uitvoering.getActivity().getProperty("type")));
            }
            return GESCHREVEN.contains(soort);
        }

        private static boolean gebeurtenis(String soort) {
            return !soort.endsWith("Task") && !soort.endsWith("task") && !soort.endsWith("Gateway");
        }

        private static boolean vanBewaker(VariableInstanceEntity variabele) {
            String definitie = variabele.getProcessDefinitionId();
            if (definitie == null) {
                return false;
            }
            ProcessDefinitionEntity proces = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(definitie);
            return proces != null && Termijnbewaking.PROCES.equals(proces.getKey());
        }
    }
}
