package nl.fermwerk.inburgering.routing;

import java.util.ArrayList;
import nl.fermwerk.inburgering.traject.TaakEigenschappen;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Attaches {@link TaakRoutering} to every user task of every deployed process, whatever its author remembered. */
@Component
@Order(1)
public class RoutingPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomPreBPMNParseListeners() == null) {
            configuratie.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuratie.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activiteit) {
                String onderdeel = TaakEigenschappen.van(element).get(TaakEigenschappen.ONDERDEEL);
                ((UserTaskActivityBehavior) activiteit.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, new TaakRoutering(onderdeel));
            }
        });
    }
}
