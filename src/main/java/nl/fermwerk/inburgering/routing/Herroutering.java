package nl.fermwerk.inburgering.routing;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Re-evaluates the taakverdeling for the open tasks of one trajectory after the inburgeraar moved to another of the
 * four gemeenten: the new eerstverantwoordelijke replaces the candidate group, the new betrokken groups replace the
 * read authorizations. Tasks without onderdeel (a group fixed in the BPMN) keep their group.
 */
public final class Herroutering {

    private Herroutering() {
    }

    /** Must run inside an engine command (a delegate); returns how many tasks were re-routed. */
    public static int herrouteer(ProcessEngineServices engine, String processInstanceId, String gemeente) {
        CommandContext context = Context.getCommandContext();
        boolean controle = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            TaskService taken = engine.getTaskService();
            int aantal = 0;
            for (Task taak : taken.createTaskQuery().processInstanceId(processInstanceId).list()) {
                String onderdeel = onderdeel(engine, taak);
                if (onderdeel == null) {
                    continue;
                }
                String taakKey = taak.getTaskDefinitionKey();
                Toewijzing toewijzing = Taakverdeling.zoek(engine, gemeente, onderdeel)
                        .orElseThrow(() -> new GeenToewijzingException(gemeente, onderdeel, taakKey));
                AuthorizationService autorisaties = engine.getAuthorizationService();
                List<String> vorigeKandidaten = taken.getIdentityLinksForTask(taak.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                        .map(IdentityLink::getGroupId).toList();
                List<String> vorigeBetrokken = lijst(taken.getVariableLocal(taak.getId(), TaakRoutering.BETROKKEN));
                String nieuweKandidaat = toewijzing.eerstverantwoordelijke();
                // The engine grants a candidate group its rights on the task but never takes them back when the link
                // goes: a group this routing no longer names loses its row here, or the old gemeente's partner would
                // keep reading (and working) the task after the move
                for (Authorization oud : autorisaties.createAuthorizationQuery().resourceType(Resources.TASK)
                        .resourceId(taak.getId()).list()) {
                    String groep = oud.getGroupId();
                    if (groep != null && (vorigeBetrokken.contains(groep) || vorigeKandidaten.contains(groep))
                            && !groep.equals(nieuweKandidaat) && !toewijzing.betrokken().contains(groep)) {
                        autorisaties.deleteAuthorization(oud.getId());
                    }
                }
                for (String groep : vorigeKandidaten) {
                    if (!groep.equals(nieuweKandidaat)) {
                        taken.deleteCandidateGroup(taak.getId(), groep);
                    }
                }
                if (!vorigeKandidaten.contains(nieuweKandidaat)) {
                    taken.addCandidateGroup(taak.getId(), nieuweKandidaat);
                }
                for (String groep : toewijzing.betrokken()) {
                    // A group may still hold a grant on this task (say, as former candidate): extend it. READ_VARIABLE
                    // as at creation (toegang.BetrokkenVariabelen): a betrokken group reads the task's card
                    Authorization lezen = autorisaties.createAuthorizationQuery().resourceType(Resources.TASK)
                            .resourceId(taak.getId()).groupIdIn(groep).list().stream().findFirst()
                            .orElseGet(() -> autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT));
                    lezen.setGroupId(groep);
                    lezen.setResource(Resources.TASK);
                    lezen.setResourceId(taak.getId());
                    lezen.addPermission(Permissions.READ);
                    lezen.addPermission(TaskPermissions.READ_VARIABLE);
                    autorisaties.saveAuthorization(lezen);
                }
                taken.setVariableLocal(taak.getId(), TaakRoutering.BETROKKEN, String.join(",", toewijzing.betrokken()));
                aantal++;
            }
            return aantal;
        } finally {
            if (controle) {
                context.enableAuthorizationCheck();
            }
        }
    }

    private static List<String> lijst(Object waarde) {
        if (!(waarde instanceof String tekst) || tekst.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(tekst.split(",")).map(String::strip).toList();
    }

    private static String onderdeel(ProcessEngineServices engine, Task taak) {
        UserTask element = engine.getRepositoryService().getBpmnModelInstance(taak.getProcessDefinitionId())
                .getModelElementById(taak.getTaskDefinitionKey());
        if (element == null || element.getExtensionElements() == null) {
            return null;
        }
        List<CamundaProperties> lijsten = element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list();
        for (CamundaProperties lijst : lijsten) {
            for (CamundaProperty eigenschap : lijst.getCamundaProperties()) {
                if (TaakEigenschappen.ONDERDEEL.equals(eigenschap.getCamundaName())) {
                    return eigenschap.getCamundaValue();
                }
            }
        }
        return null;
    }
}
