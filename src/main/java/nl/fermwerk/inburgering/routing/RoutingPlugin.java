package nl.fermwerk.inburgering.routing;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Attaches {@link TaakRoutering} to every user task of every deployed process, whatever its author remembered. */
@Component
@Order(1)
public class RoutingPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Taakuitbreidingen.voorCamunda(configuratie, (element, taak) -> taak.addTaskListener(
                TaskListener.EVENTNAME_CREATE,
                new TaakRoutering(TaakEigenschappen.van(element).get(TaakEigenschappen.ONDERDEEL))));
    }
}
