package nl.fermwerk.inburgering.traject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.routing.RoutingPlugin;
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

/**
 * Attaches {@link TaakAfronding} to each user task that names a {@code gebeurtenis}, so the BPMN says which event a
 * completion records and Java only writes it.
 */
@Component
@Order(2)
public class TrajectPlugin extends AbstractProcessEnginePlugin {

    private final Gebeurtenissen gebeurtenissen;
    private final Beslisvariabelen controle;
    private final Beslisregels regels;

    public TrajectPlugin(Gebeurtenissen gebeurtenissen, Beslisvariabelen controle, Beslisregels regels) {
        this.gebeurtenissen = gebeurtenissen;
        this.controle = controle;
        this.regels = regels;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomPreBPMNParseListeners() == null) {
            configuratie.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuratie.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activiteit) {
                if (RoutingPlugin.isKaleBaseline(scope)) {
                    return;
                }
                Map<String, String> eigenschappen = TaakEigenschappen.van(element);
                String gebeurtenis = eigenschappen.get(TaakEigenschappen.GEBEURTENIS);
                if (gebeurtenis == null || gebeurtenis.isBlank()) {
                    return;
                }
                ((UserTaskActivityBehavior) activiteit.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_COMPLETE, new TaakAfronding(gebeurtenissen, controle, regels,
                                gebeurtenis.strip(), eigenschappen.get(TaakEigenschappen.ONDERDEEL),
                                lijst(eigenschappen.get(TaakEigenschappen.BESLISVARIABELEN))));
            }
        });
    }

    private static List<String> lijst(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tekst.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
