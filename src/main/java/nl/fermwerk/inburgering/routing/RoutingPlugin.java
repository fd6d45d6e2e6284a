package nl.fermwerk.inburgering.routing;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Attaches {@link TaakRoutering} to every user task of every deployed process, whatever its author remembered. */
@Component
@Order(1)
public class RoutingPlugin extends AbstractProcessEnginePlugin {

    /**
     * Processes whose key starts with this are the benchmark's bare-engine baseline: they get no listeners, so the
     * benchmark can measure what our routing and events cost on top of Camunda itself.
     */
    public static final String KALE_BASELINE = "kaal-";

    public static boolean isKaleBaseline(ScopeImpl scope) {
        return scope.getProcessDefinition() instanceof ProcessDefinitionEntity definitie && definitie.getKey() != null
                && definitie.getKey().startsWith(KALE_BASELINE);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Taakuitbreidingen.voorCamunda(configuratie, (element, taak) -> taak.addTaskListener(
                TaskListener.EVENTNAME_CREATE,
                new TaakRoutering(TaakEigenschappen.van(element).get(TaakEigenschappen.ONDERDEEL))));
    }
}
