package nl.fermwerk.inburgering.traject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.routing.TaakEigenschappen;
import nl.fermwerk.inburgering.toegang.AlsSysteem;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * One ordered list of steps for every user task of every deployed process, whatever its key or its author
 * remembered, attached as the model is parsed:
 * <ol>
 *   <li>on create: (a) {@link Taaktoewijzing}: the candidate group and the betrokken groups' rights; (b)
 *       {@link Taakkaart}: the card and the form header's context, copied from the dossier;</li>
 *   <li>on complete: {@link TaakAfronding}: the dossier event; then {@link Taakkaart} once more for the trajectory's
 *       other open tasks, because that event may have changed what their copies show.</li>
 * </ol>
 * A re-routing ({@link Herroutering}) runs the create steps again, whole: there is no second version of them. The
 * steps are the engine's built-in listeners, so an instance started or modified with {@code skipCustomListeners}
 * still gets its tasks routed.
 */
@Component
public class Taakpijplijn extends AbstractProcessEnginePlugin {

    private final Gebeurtenissen gebeurtenissen;
    private final Beslisvariabelen controle;
    private final Beslisregels regels;
    private final Taakkaart kaart;

    public Taakpijplijn(Gebeurtenissen gebeurtenissen, Beslisvariabelen controle, Beslisregels regels,
                        Dossiers dossiers) {
        this.gebeurtenissen = gebeurtenissen;
        this.controle = controle;
        this.regels = regels;
        this.kaart = new Taakkaart(dossiers);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        if (configuratie.getCustomPreBPMNParseListeners() == null) {
            configuratie.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuratie.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activiteit) {
                koppel(TaakEigenschappen.van(element),
                        ((UserTaskActivityBehavior) activiteit.getActivityBehavior()).getTaskDefinition());
            }
        });
    }

    private void koppel(Map<String, String> eigenschappen, TaskDefinition definitie) {
        String onderdeel = eigenschappen.get(TaakEigenschappen.ONDERDEEL);
        String gebeurtenis = eigenschappen.get(TaakEigenschappen.GEBEURTENIS);
        TaakAfronding afronding = gebeurtenis == null || gebeurtenis.isBlank() ? null
                : new TaakAfronding(gebeurtenissen, controle, regels, gebeurtenis.strip(), onderdeel,
                        lijst(eigenschappen.get(TaakEigenschappen.BESLISVARIABELEN)),
                        eigenschappen.get(TaakEigenschappen.CONTROLE));
        definitie.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, new Aanmaak(onderdeel));
        definitie.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new Afronding(afronding));
    }

    /** The create steps of one user task of the model, in their order. */
    final class Aanmaak implements TaskListener {

        private final String onderdeel;

        private Aanmaak(String onderdeel) {
            this.onderdeel = onderdeel;
        }

        @Override
        public void notify(DelegateTask taak) {
            voerUit((TaskEntity) taak, true);
        }

        /** Again, on an open task: a re-routing. */
        void voerUitOpnieuw(TaskEntity taak) {
            voerUit(taak, false);
        }

        private void voerUit(TaskEntity taak, boolean nieuw) {
            // The routing and the copies are the system's decision: whoever completed the previous task (a partner,
            // say) need not be allowed to evaluate the taakverdeling, change candidates or grant rights
            AlsSysteem.voer(null, () -> {
                Taaktoewijzing.wijsToe(taak, onderdeel, nieuw);
                kaart.schrijf(taak);
            });
        }

        /** What the taakverdeling lacks to route this task as it stands now, if anything. */
        Optional<String> ontbrekendeToewijzing(TaskEntity taak) {
            return Taaktoewijzing.ontbrekend(taak, onderdeel);
        }
    }

    /** The complete steps of one user task of the model, in their order. */
    final class Afronding implements TaskListener {

        /** Null when the model names no event for this task. */
        private final TaakAfronding afronding;

        private Afronding(TaakAfronding afronding) {
            this.afronding = afronding;
        }

        @Override
        public void notify(DelegateTask taak) {
            if (afronding != null) {
                // As whoever completes: the event records that person, and the decision rules judge their answers
                afronding.notify(taak);
            }
            AlsSysteem.voer(null, () -> kaart.ververs((TaskEntity) taak));
        }
    }

    /** The create steps attached to this task's model, if the task comes from a model at all. */
    static Optional<Aanmaak> aanmaak(TaskEntity taak) {
        return stap(taak, TaskListener.EVENTNAME_CREATE, Aanmaak.class);
    }

    /** The event step of this task's completion, if its model names an event. */
    static Optional<TaakAfronding> afronding(TaskEntity taak) {
        return stap(taak, TaskListener.EVENTNAME_COMPLETE, Afronding.class).map(a -> a.afronding);
    }

    private static <T> Optional<T> stap(TaskEntity taak, String gebeurtenis, Class<T> soort) {
        TaskDefinition definitie = taak.getTaskDefinition();
        if (definitie == null || definitie.getBuiltinTaskListenersForEvent(gebeurtenis) == null) {
            return Optional.empty();
        }
        return definitie.getBuiltinTaskListenersForEvent(gebeurtenis).stream().filter(soort::isInstance)
                .map(soort::cast).findFirst();
    }

    private static List<String> lijst(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tekst.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
