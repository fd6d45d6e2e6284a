package nl.fermwerk.inburgering.toegang;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine authorizations that follow from each role, granted to group ids at every start (idempotent), whether the
 * groups come from the demo profile or from the gemeente's own identity source. Partners get no standing rights on
 * tasks, instances, history or variables: they see a task (and its variables) because the taakverdeling made them
 * candidate or betrokken. Management and beleidsmedewerkers read no instance, task, history or variable at all. The
 * model as a table: docs/privacy.md.
 */
@Component
@Order(10)
public class Basisautorisaties implements ApplicationRunner {

    private final AuthorizationService autorisaties;

    public Basisautorisaties(AuthorizationService autorisaties) {
        this.autorisaties = autorisaties;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Camunda admins (functioneel beheer's technical role) may do everything in the engine, as the starter's
        // admin user would; the group exists in demo and in the gemeente's own identity source
        for (Resources resource : Resources.values()) {
            verleen(Groepen.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        for (String groep : Groepen.alle()) {
            verleen(groep, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        for (String groep : Groepen.FERM_WERK) {
            verleen(groep, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_TASK,
                    Permissions.UPDATE_TASK, Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
                    ProcessDefinitionPermissions.TASK_WORK);
            verleen(groep, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            // TASK_WORK as well as UPDATE: the engine gives a task's candidate group TASK_WORK (claim, complete), and
            // Taakrechten leaves out the per-task row of a group that holds READ, TASK_WORK and (below) READ_VARIABLE
            // on every task: take one away here and that group keeps its rows again (TaakrechtenTest ties the two)
            verleen(groep, Resources.TASK, ANY, Permissions.READ, Permissions.UPDATE, TaskPermissions.TASK_WORK);
            verleen(groep, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        }
        // enforceSpecificVariablePermission: reading an instance, task or history no longer implies its variables.
        // Ferm Werk and functioneel beheer read them; nobody else holds these rights
        for (String groep : List.of(Groepen.CASUSREGIE, Groepen.TEAMLEIDER, Groepen.FUNCTIONEEL_BEHEER)) {
            verleen(groep, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                    ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
            verleen(groep, Resources.TASK, ANY, TaskPermissions.READ_VARIABLE);
        }
        // Functioneel beheer reads everything (for inzage and support) but changes no work
        verleen(Groepen.FUNCTIONEEL_BEHEER, Resources.PROCESS_DEFINITION, ANY, Permissions.READ,
                Permissions.READ_TASK, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        verleen(Groepen.FUNCTIONEEL_BEHEER, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        verleen(Groepen.FUNCTIONEEL_BEHEER, Resources.TASK, ANY, Permissions.READ);
        verleen(Groepen.FUNCTIONEEL_BEHEER, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        verleen(Groepen.TEAMLEIDER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Beleidsmedewerkers change and deploy models; they read definitions, never instances or variables
        verleen(Groepen.BELEIDSMEDEWERKER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        verleen(Groepen.BELEIDSMEDEWERKER, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
        verleen(Groepen.BELEIDSMEDEWERKER, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        verleen(Groepen.BELEIDSMEDEWERKER, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        verleen(Groepen.BELEIDSMEDEWERKER, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        for (String app : List.of("cockpit", "admin")) {
            verleen(Groepen.FUNCTIONEEL_BEHEER, Resources.APPLICATION, app, Permissions.ACCESS);
        }
    }

    private void verleen(String groep, Resource resource, String resourceId, Permission... rechten) {
        Authorization bestaand = autorisaties.createAuthorizationQuery().groupIdIn(groep)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
        Authorization autorisatie = bestaand != null ? bestaand : autorisaties.createNewAuthorization(AUTH_TYPE_GRANT);
        autorisatie.setGroupId(groep);
        autorisatie.setResource(resource);
        autorisatie.setResourceId(resourceId);
        for (Permission recht : rechten) {
            autorisatie.addPermission(recht);
        }
        autorisaties.saveAuthorization(autorisatie);
    }
}
