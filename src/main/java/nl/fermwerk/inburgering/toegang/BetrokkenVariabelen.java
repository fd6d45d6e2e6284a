package nl.fermwerk.inburgering.toegang;



import nl.fermwerk.inburgering.routing.TaakRoutering;
import nl.fermwerk.inburgering.routing.Taakuitbreidingen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code enforceSpecificVariablePermission} on, reading a task no longer implies reading its variables. The
 * candidate group gets READ_VARIABLE from the engine's own task authorizations; the betrokken groups, which the routing
 * grants READ on the task, get READ_VARIABLE here, so they see the same routing data (name, gemeente, doelgroep; never
 * a BSN) on the task they are involved in, and nothing of any other task.
 */
@Component
@Order(2)
public class BetrokkenVariabelen extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        // Generic property in application.yaml too; set here as well so this class's reason to exist cannot be
        // switched off by a missing line of configuration
        configuratie.setEnforceSpecificVariablePermission(true);
        // After Camunda's parse listeners: its task listener runs after the routing's, which set 'betrokken'
        Taakuitbreidingen.naCamunda(configuratie, (element, taak) -> taak.addTaskListener(
                TaskListener.EVENTNAME_CREATE, BetrokkenVariabelen::verleen));
    }

    static void verleen(DelegateTask taak) {
        Object betrokken = taak.getVariableLocal(TaakRoutering.BETROKKEN);
        if (!(betrokken instanceof String groepen) || groepen.isBlank()) {
            return;
        }
        CommandContext context = Context.getCommandContext();
        boolean controle = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            AuthorizationService autorisaties = taak.getProcessEngineServices().getAuthorizationService();
            for (String groep : groepen.split(",")) {
                String id = groep.strip();
                if (id.isEmpty()) {
                    continue;
                }
                // The routing's READ grant is still in this command's cache, not yet in the database
                Authorization bestaand = context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)
                        .stream().filter(a -> id.equals(a.getGroupId()) && taak.getId().equals(a.getResourceId())
                                && a.getResourceType() == Resources.TASK.resourceType()
                                && a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                        .findFirst().map(Authorization.class::cast).orElse(null);
                if (bestaand != null) {
                    bestaand.addPermission(TaskPermissions.READ_VARIABLE);
                    continue;
                }
                bestaand = autorisaties.createAuthorizationQuery().groupIdIn(id)
                        .resourceType(Resources.TASK).resourceId(taak.getId()).singleResult();
                Authorization lezen = bestaand != null ? bestaand
                        : autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                lezen.setGroupId(id);
                lezen.setResource(Resources.TASK);
                lezen.setResourceId(taak.getId());
                lezen.addPermission(TaskPermissions.READ);
                lezen.addPermission(TaskPermissions.READ_VARIABLE);
                autorisaties.saveAuthorization(lezen);
            }
        } finally {
            if (controle) {
                context.enableAuthorizationCheck();
            }
        }
    }
}
