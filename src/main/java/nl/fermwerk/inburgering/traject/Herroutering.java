package nl.fermwerk.inburgering.traject;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.fermwerk.inburgering.basis.Probleem;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs the create steps of the {@link Taakpijplijn} again on open tasks when what they follow from has changed: the
 * trajectory's gemeente (a verhuizing, {@link VerhuizingVerwerken}) or the taakverdeling itself (a redeployed table,
 * on the request of functioneel beheer). The very steps a task gets when it is created, so a re-routed task is
 * exactly what a task created now would be: candidate group, betrokken rights, card.
 */
@Component
public class Herroutering {

    /** Tasks per transaction when every open task is re-routed: small enough for a short lock, large enough to end. */
    private static final int PER_TRANSACTIE = 200;

    private final ProcessEngineConfigurationImpl engine;

    public Herroutering(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    /** Inside an engine command (a delegate): every open task of one trajectory. Returns how many were re-routed. */
    public static int vanTraject(String procesInstantieId) {
        int aantal = 0;
        for (TaskEntity taak : Context.getCommandContext().getTaskManager()
                .findTasksByProcessInstanceId(procesInstantieId)) {
            Optional<Taakpijplijn.Aanmaak> stappen = Taakpijplijn.aanmaak(taak);
            if (stappen.isPresent()) {
                stappen.get().voerUitOpnieuw(taak);
                aantal++;
            }
        }
        return aantal;
    }

    /**
     * Every open task of every process, after a new taakverdeling was deployed. First checks, without changing
     * anything, that the table answers for every task; if not, nothing changes and the answer names each missing
     * gemeente and onderdeel. Then re-routes {@value #PER_TRANSACTIE} tasks per transaction: a task is re-routed
     * whole or not at all. Returns how many tasks were re-routed.
     */
    public int alleOpenTaken() {
        List<String> ids = voerUit(context -> openTaken());
        Set<String> ontbrekend = new LinkedHashSet<>();
        for (List<String> deel : delen(ids)) {
            ontbrekend.addAll(voerUit(context -> ontbrekend(context, deel)));
        }
        if (!ontbrekend.isEmpty()) {
            throw new Probleem(HttpStatus.CONFLICT, "Taakverdeling onvolledig",
                    "De taakverdeling kent geen eerstverantwoordelijke voor " + String.join(", ", ontbrekend)
                            + "; er is niets opnieuw verdeeld. Vul processes/taakverdeling.dmn aan en deploy opnieuw.",
                    Map.of("ontbrekend", List.copyOf(ontbrekend)));
        }
        int aantal = 0;
        for (List<String> deel : delen(ids)) {
            aantal += voerUit(context -> {
                int herrouteerd = 0;
                for (String id : deel) {
                    TaskEntity taak = context.getTaskManager().findTaskById(id);
                    Optional<Taakpijplijn.Aanmaak> stappen = taak == null ? Optional.empty()
                            : Taakpijplijn.aanmaak(taak);
                    if (stappen.isPresent()) {
                        stappen.get().voerUitOpnieuw(taak);
                        herrouteerd++;
                    }
                }
                return herrouteerd;
            });
        }
        return aantal;
    }

    private static List<List<String>> delen(List<String> ids) {
        List<List<String>> delen = new ArrayList<>();
        for (int van = 0; van < ids.size(); van += PER_TRANSACTIE) {
            delen.add(ids.subList(van, Math.min(ids.size(), van + PER_TRANSACTIE)));
        }
        return delen;
    }

    private List<String> openTaken() {
        List<String> ids = new ArrayList<>();
        int pagina = 1000;
        for (int van = 0; ; van += pagina) {
            List<Task> deel = engine.getTaskService().createTaskQuery().orderByTaskId().asc().listPage(van, pagina);
            deel.stream().filter(t -> t.getProcessInstanceId() != null).map(Task::getId).forEach(ids::add);
            if (deel.size() < pagina) {
                return ids;
            }
        }
    }

    private static Set<String> ontbrekend(CommandContext context, List<String> ids) {
        Set<String> ontbrekend = new LinkedHashSet<>();
        for (String id : ids) {
            TaskEntity taak = context.getTaskManager().findTaskById(id);
            if (taak != null) {
                Taakpijplijn.aanmaak(taak).flatMap(stappen -> stappen.ontbrekendeToewijzing(taak))
                        .ifPresent(ontbrekend::add);
            }
        }
        return ontbrekend;
    }

    /** One engine command, one transaction, as the system: re-routing is not any user's own work. */
    private <T> T voerUit(Command<T> werk) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            return werk.execute(context);
        });
    }
}
