package nl.fermwerk.inburgering.routing;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Routes one user task when it is created: the eerstverantwoordelijke group becomes its candidate group, and each
 * betrokken group may read it (and finds it in its "Betrokken" filter through the task variable {@code betrokken}).
 */
public class TaakRoutering implements TaskListener {

    /** Task-local variable with the betrokken groups, comma separated, for Tasklist filters. */
    public static final String BETROKKEN = "betrokken";

    private final String onderdeel;

    TaakRoutering(String onderdeel) {
        this.onderdeel = onderdeel;
    }

    @Override
    public void notify(DelegateTask taak) {
        if (onderdeel == null && !taak.getCandidates().isEmpty()) {
            // A task without onderdeel whose group the BPMN fixes (termijnBewaking: always fermwerk-teamleider)
            return;
        }
        String gemeente = (String) taak.getVariable("gemeente");
        CommandContext context = Context.getCommandContext();
        // The routing is the system's decision, not the user's: whoever completed the previous task need not be
        // allowed to evaluate decisions or grant authorizations
        boolean controle = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            Toewijzing toewijzing = Taakverdeling.zoek(taak.getProcessEngineServices(), gemeente,
                            onderdeel)
                    .orElseThrow(() -> new GeenToewijzingException(gemeente, onderdeel, taak.getTaskDefinitionKey()));
            taak.addCandidateGroup(toewijzing.eerstverantwoordelijke());
            AuthorizationService autorisaties = taak.getProcessEngineServices().getAuthorizationService();
            for (String groep : toewijzing.betrokken()) {
                Authorization lezen = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                lezen.setGroupId(groep);
                lezen.setResource(Resources.TASK);
                lezen.setResourceId(taak.getId());
                lezen.addPermission(Permissions.READ);
                autorisaties.saveAuthorization(lezen);
            }
            taak.setVariableLocal(BETROKKEN, String.join(",", toewijzing.betrokken()));
        } finally {
            if (controle) {
                context.enableAuthorizationCheck();
            }
        }
    }
}
