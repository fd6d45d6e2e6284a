package nl.fermwerk.inburgering.traject;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.fermwerk.inburgering.toegang.Gebruikershandeling;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryVariableValue;
import org.camunda.bpm.engine.impl.VariableOrderProperty;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The engine's guard on what a person writes into a task and reads from it, whichever REST API (ours at
 * {@code /engine-rest} or Tasklist's) carried the request: every one ends in one of the engine's commands, and each
 * command passes here inside the engine's transaction.
 *
 * <p>Writing: a user sets only the fields of the task's own form, on that task (task-local, or with the completion),
 * never a variable the system sets (who the dossier is, where it routes) and never a process variable directly; a
 * completion supplies the task's decision variables itself, so a value another task left behind cannot pass for this
 * task's answer. BPMN errors and escalations are not thrown from a task. Refusals are {@code AuthorizationException}s
 * (403) and a missing decision variable an {@link OngeldigeBeslissingException} (400); nothing is stored.
 *
 * <p>Reading: a form opens with its own task's answers and the context its header shows, never with another task's
 * ({@code form-variables}, for everyone); a ketenpartner reads on its task the card, that context and the task's own
 * answers, never another task's notes or decisions ({@code variables}, {@code localVariables}), and searches tasks
 * only on what it may read.
 */
final class Taakopdrachten extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> opdracht) {
        CommandContext context = Context.getCommandContext();
        Authentication gebruiker = Gebruikershandeling.gebruiker(context);
        if (gebruiker != null) {
            bewaakSchrijven(opdracht, context, gebruiker);
            if (Gebruikershandeling.isPartner(gebruiker)) {
                bewaakZoeken(opdracht, gebruiker);
            }
            if (geeftEigenTaakTerug(opdracht, context, gebruiker)) {
                return alsSysteem(opdracht, context);
            }
        }
        T resultaat = next.execute(opdracht);
        return resultaat == null ? null : beperkLezen(opdracht, context, resultaat);
    }

    /**
     * Unclaim: the engine asks TASK_ASSIGN for any change of assignee, also for giving back one's own task, while a
     * candidate group holds TASK_WORK (which rightly excludes assigning to others). Whoever has the task may give it
     * back; only that is let through, as the system would.
     */
    private static boolean geeftEigenTaakTerug(Command<?> opdracht, CommandContext context, Authentication wie) {
        if (!(opdracht instanceof AssignTaskCmd)
                || Commandovelden.lees(opdracht, AbstractAddIdentityLinkCmd.class, "userId") != null) {
            return false;
        }
        TaskEntity taak = context.getTaskManager()
                .findTaskById(Commandovelden.lees(opdracht, AbstractSetTaskPropertyCmd.class, "taskId"));
        return taak != null && wie.getUserId().equals(taak.getAssignee());
    }

    private <T> T alsSysteem(Command<T> opdracht, CommandContext context) {
        context.disableAuthorizationCheck();
        try {
            return next.execute(opdracht);
        } finally {
            context.enableAuthorizationCheck();
        }
    }

    private static void bewaakSchrijven(Command<?> opdracht, CommandContext context, Authentication wie) {
        if (opdracht instanceof HandleTaskBpmnErrorCmd || opdracht instanceof HandleTaskEscalationCmd) {
            throw Gebruikershandeling.geweigerd(wie, "een taak wordt met haar formulier afgerond; een BPMN-fout of "
                    + "-escalatie vanuit een taak is niet toegestaan.");
        }
        if (opdracht instanceof SetExecutionVariablesCmd || opdracht instanceof PatchExecutionVariablesCmd
                || opdracht instanceof RemoveExecutionVariablesCmd) {
            throw Gebruikershandeling.geweigerd(wie, "procesvariabelen zet alleen het systeem; de antwoorden van een "
                    + "taak gaan mee met die taak.");
        }
        if (opdracht instanceof CompleteTaskCmd) {
            Map<String, Object> variabelen = Commandovelden.lees(opdracht, CompleteTaskCmd.class, "variables");
            afronden(context, wie, Commandovelden.lees(opdracht, CompleteTaskCmd.class, "taskId"), variabelen,
                    !(opdracht instanceof ResolveTaskCmd));
        } else if (opdracht instanceof SubmitTaskFormCmd) {
            Map<String, Object> variabelen = Commandovelden.lees(opdracht, SubmitTaskFormCmd.class, "properties");
            afronden(context, wie, Commandovelden.lees(opdracht, SubmitTaskFormCmd.class, "taskId"), variabelen,
                    true);
        } else if (opdracht instanceof SetTaskVariablesCmd) {
            Map<String, Object> variabelen = Commandovelden.lees(opdracht, AbstractSetVariableCmd.class, "variables");
            taakvariabelen(context, wie, opdracht, namen(variabelen));
        } else if (opdracht instanceof RemoveTaskVariablesCmd) {
            taakvariabelen(context, wie, opdracht,
                    Commandovelden.lees(opdracht, AbstractRemoveVariableCmd.class, "variableNames"));
        } else if (opdracht instanceof PatchTaskVariablesCmd) {
            Set<String> namen = new LinkedHashSet<>(namen(
                    Commandovelden.lees(opdracht, AbstractPatchVariablesCmd.class, "variables")));
            Collection<String> weg = Commandovelden.lees(opdracht, AbstractPatchVariablesCmd.class, "deletions");
            if (weg != null) {
                namen.addAll(weg);
            }
            boolean lokaal = Commandovelden.lees(opdracht, AbstractPatchVariablesCmd.class, "isLocal");
            String taakId = Commandovelden.lees(opdracht, AbstractPatchVariablesCmd.class, "entityId");
            taakvariabelen(context, wie, taakId, lokaal, namen);
        }
    }

    private static void taakvariabelen(CommandContext context, Authentication wie, Command<?> opdracht,
                                       Collection<String> namen) {
        taakvariabelen(context, wie, Commandovelden.lees(opdracht, AbstractVariableCmd.class, "entityId"),
                Commandovelden.lees(opdracht, AbstractVariableCmd.class, "isLocal"), namen);
    }

    private static void taakvariabelen(CommandContext context, Authentication wie, String taakId, boolean lokaal,
                                       Collection<String> namen) {
        if (namen == null || namen.isEmpty()) {
            return;
        }
        if (!lokaal) {
            throw Gebruikershandeling.geweigerd(wie, "variabelen via taak " + taakId + " komen op het proces; vul "
                    + "alleen velden van de taak zelf in (localVariables) of geef ze mee bij het afronden.");
        }
        TaskEntity taak = context.getTaskManager().findTaskById(taakId);
        if (taak != null) {
            alleenEigenVelden(wie, taak, namen);
        }
    }

    private static void afronden(CommandContext context, Authentication wie, String taakId,
                                 Map<String, Object> variabelen, boolean afronding) {
        TaskEntity taak = context.getTaskManager().findTaskById(taakId);
        if (taak == null) {
            // Unknown or already completed: the engine itself answers that
            return;
        }
        Set<String> namen = namen(variabelen);
        alleenEigenVelden(wie, taak, namen);
        alleenLezenOngewijzigd(taak, variabelen);
        if (!afronding || DelegationState.PENDING.equals(taak.getDelegationState())) {
            return;
        }
        for (String beslisvariabele : Taakantwoorden.teBeantwoorden(taak)) {
            if (!namen.contains(beslisvariabele) && !taak.hasVariableLocal(beslisvariabele)) {
                throw new OngeldigeBeslissingException(beslisvariabele, "is verplicht om taak '"
                        + taak.getTaskDefinitionKey() + "' af te ronden; geef het mee met de afronding (een waarde "
                        + "die een eerdere taak achterliet telt niet).");
            }
        }
    }

    /**
     * A read-only field shows what the system set (the missed term of {@code termijnBewaking}); Tasklist sends it back
     * unchanged. Another value would overwrite the system's variable and put a wrong fact in the event.
     */
    private static void alleenLezenOngewijzigd(TaskEntity taak, Map<String, Object> variabelen) {
        if (variabelen == null || variabelen.isEmpty()) {
            return;
        }
        for (String naam : Formulieren.van(taak).map(Formulier::alleenLezen).orElse(Set.of())) {
            if (!variabelen.containsKey(naam)) {
                continue;
            }
            Object gegeven = variabelen.get(naam) instanceof TypedValue getypt ? getypt.getValue()
                    : variabelen.get(naam);
            Object huidig = taak.getVariable(naam);
            boolean leeg = gegeven == null || gegeven instanceof String tekst && tekst.isBlank();
            if (!(leeg && huidig == null) && !String.valueOf(gegeven).equals(String.valueOf(huidig))) {
                throw new OngeldigeBeslissingException(naam, "is alleen-lezen in het formulier van taak '"
                        + taak.getTaskDefinitionKey() + "': het systeem vult het in (" + huidig
                        + "); laat het ongewijzigd.");
            }
        }
    }

    private static void alleenEigenVelden(Authentication wie, TaskEntity taak, Collection<String> namen) {
        if (namen.isEmpty()) {
            return;
        }
        Set<String> velden = Taakantwoorden.velden(taak);
        List<String> vreemd = namen.stream().filter(n -> !velden.contains(n)).sorted().toList();
        if (!vreemd.isEmpty()) {
            throw Gebruikershandeling.geweigerd(wie, "taak " + taak.getId() + " vraagt niet om " + String.join(", ",
                    vreemd) + "; u vult alleen de velden van haar formulier in.");
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T beperkLezen(Command<T> opdracht, CommandContext context, T resultaat) {
        if (!context.isAuthorizationCheckEnabled() || context.getAuthentication() == null
                || context.getAuthentication().getUserId() == null) {
            return resultaat;
        }
        if (opdracht instanceof GetTaskFormVariablesCmd formulier) {
            TaskEntity taak = context.getTaskManager().findTaskById(formulier.resourceId);
            return taak == null ? resultaat : (T) alleen((VariableMap) resultaat, formulierwaarden(taak));
        }
        if (!Gebruikershandeling.isPartner(context.getAuthentication())) {
            return resultaat;
        }
        if (opdracht instanceof GetTaskVariablesCmd) {
            TaskEntity taak = context.getTaskManager()
                    .findTaskById(Commandovelden.lees(opdracht, GetTaskVariablesCmd.class, "taskId"));
            return taak == null ? resultaat : (T) alleen((VariableMap) resultaat, partnerzicht(taak));
        }
        if (opdracht instanceof GetTaskVariableCmd || opdracht instanceof GetTaskVariableCmdTyped) {
            Class<?> klasse = opdracht.getClass();
            TaskEntity taak = context.getTaskManager().findTaskById(Commandovelden.lees(opdracht, klasse, "taskId"));
            String naam = Commandovelden.lees(opdracht, klasse, "variableName");
            return taak == null || partnerzicht(taak).contains(naam) ? resultaat : null;
        }
        return resultaat;
    }

    /**
     * A task query that filters or sorts on a variable answers, task by task, whether that variable has that value: a
     * read by another name. A partner searches only on what its task cards and form headers show it anyway.
     */
    private static void bewaakZoeken(Command<?> opdracht, Authentication wie) {
        if (opdracht instanceof TaskQueryImpl zoekvraag) {
            alleenZichtbareVariabelen(zoekvraag, wie);
        } else if (opdracht instanceof AbstractExecuteFilterCmd) {
            Object uitbreiding = Commandovelden.lees(opdracht, AbstractExecuteFilterCmd.class, "extendingQuery");
            if (uitbreiding instanceof TaskQueryImpl zoekvraag) {
                alleenZichtbareVariabelen(zoekvraag, wie);
            }
        }
    }

    private static void alleenZichtbareVariabelen(TaskQueryImpl zoekvraag, Authentication wie) {
        List<TaskQueryImpl> delen = new ArrayList<>(List.of(zoekvraag));
        if (zoekvraag.getQueries() != null) {
            delen.addAll(zoekvraag.getQueries());
        }
        for (TaskQueryImpl deel : delen) {
            for (TaskQueryVariableValue voorwaarde : deel.getVariables()) {
                if (!Procesvariabelen.KAART.contains(voorwaarde.getName())
                        && !Procesvariabelen.CONTEXT.contains(voorwaarde.getName())) {
                    throw Gebruikershandeling.geweigerd(wie, "zoeken op " + voorwaarde.getName()
                            + " is niet toegestaan; zoek op wat de taakkaart toont (dossier, naam, gemeente).");
                }
            }
            if (deel.getOrderingProperties() != null
                    && deel.getOrderingProperties().stream().anyMatch(VariableOrderProperty.class::isInstance)) {
                throw Gebruikershandeling.geweigerd(wie, "sorteren op een variabele is niet toegestaan.");
            }
        }
    }

    /** What a form opens with: the context its header shows and the answers given on this task so far. */
    private static Set<String> formulierwaarden(TaskEntity taak) {
        Set<String> namen = new LinkedHashSet<>(Taakantwoorden.context(taak));
        namen.addAll(eigenAntwoorden(taak));
        return namen;
    }

    /** What a ketenpartner reads on a task it may see: the card, the form's context and the task's own answers. */
    private static Set<String> partnerzicht(TaskEntity taak) {
        Set<String> namen = new LinkedHashSet<>(Procesvariabelen.KAART);
        namen.addAll(formulierwaarden(taak));
        return namen;
    }

    private static List<String> eigenAntwoorden(TaskEntity taak) {
        List<String> eigen = new ArrayList<>();
        for (String veld : Taakantwoorden.velden(taak)) {
            if (taak.hasVariableLocal(veld)) {
                eigen.add(veld);
            }
        }
        return eigen;
    }

    private static VariableMap alleen(VariableMap variabelen, Set<String> namen) {
        VariableMap gefilterd = Variables.createVariables();
        for (String naam : variabelen.keySet()) {
            if (namen.contains(naam)) {
                gefilterd.putValueTyped(naam, variabelen.getValueTyped(naam));
            }
        }
        return gefilterd;
    }

    private static Set<String> namen(Map<String, ?> variabelen) {
        return variabelen == null ? Set.of() : variabelen.keySet();
    }
}
