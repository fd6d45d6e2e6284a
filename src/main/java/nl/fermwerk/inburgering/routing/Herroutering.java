package nl.fermwerk.inburgering.routing;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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
                // Only the read grants this routing gave the previous betrokken groups; the engine keeps the
                // candidate group's own grant in step with the identity link below
                List<String> vorigeBetrokken = lijst(taken.getVariableLocal(taak.getId(), TaakRoutering.BETROKKEN));
                for (Authorization oud : autorisaties.createAuthorizationQuery().resourceType(Resources.TASK)
                        .resourceId(taak.getId()).list()) {
                    if (oud.getGroupId() != null && vorigeBetrokken.contains(oud.getGroupId())) {
                        autorisaties.deleteAuthorization(oud.getId());
                    }
                }
                for (IdentityLink link : taken.getIdentityLinksForTask(taak.getId())) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                        taken.deleteCandidateGroup(taak.getId(), link.getGroupId());
                    }
                }
                taken.addCandidateGroup(taak.getId(), toewijzing.eerstverantwoordelijke());
                for (String groep : toewijzing.betrokken()) {
                    // A group may still hold a grant on this task (say, as former candidate): extend it
                    Authorization lezen = autorisaties.createAuthorizationQuery().resourceType(Resources.TASK)
                            .resourceId(taak.getId()).groupIdIn(groep).list().stream().findFirst()
                            .orElseGet(() -> autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT));
                    lezen.setGroupId(groep);
                    lezen.setResource(Resources.TASK);
                    lezen.setResourceId(taak.getId());
                    lezen.addPermission(Permissions.READ);
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
