package nl.fermwerk.inburgering.routing;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The one way our plugins hook into user tasks: each gets every user task's definition as it is parsed, for every
 * process, whatever its key (the benchmark measures bare Camunda on an engine of its own).
 */
public final class Taakuitbreidingen {

    /** What a plugin does with one parsed user task. */
    public interface BijTaak {
        void bij(Element element, TaskDefinition taak);
    }

    private Taakuitbreidingen() {
    }

    /** Before Camunda's own parse listeners, in the order the plugins run. */
    public static void voorCamunda(ProcessEngineConfigurationImpl configuratie, BijTaak bijTaak) {
        if (configuratie.getCustomPreBPMNParseListeners() == null) {
            configuratie.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuratie.getCustomPreBPMNParseListeners().add(listener(bijTaak));
    }

    /** After Camunda's own parse listeners and after every one added {@link #voorCamunda}. */
    public static void naCamunda(ProcessEngineConfigurationImpl configuratie, BijTaak bijTaak) {
        if (configuratie.getCustomPostBPMNParseListeners() == null) {
            configuratie.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuratie.getCustomPostBPMNParseListeners().add(listener(bijTaak));
    }

    private static BpmnParseListener listener(BijTaak bijTaak) {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activiteit) {
                bijTaak.bij(element, ((UserTaskActivityBehavior) activiteit.getActivityBehavior()).getTaskDefinition());
            }
        };
    }
}
