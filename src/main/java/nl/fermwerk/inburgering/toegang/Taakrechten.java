package nl.fermwerk.inburgering.toegang;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine grants a task's candidate group its own authorization row on that task. For a group that already holds
 * the same rights on every task (Ferm Werk casusregie, see {@link Basisautorisaties}) that row repeats a
 * global grant: at 100,000 dossiers it was 100,000 rows that every casusregie Tasklist page joined (290 of its 350 ms
 * in EXPLAIN). Such a group gets no per-task row; every other group, a ketenpartner among them, gets it as before.
 * Who may change a task's candidates and assignee at all is {@link BewaakteTaakrechten}'s to decide, before this.
 * {@code TaakrechtenTest} fails when the global grant and this check drift apart.
 */
@Component
public class Taakrechten extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setResourceAuthorizationProvider(new ZonderDubbeleTaakrechten());
    }

    static final class ZonderDubbeleTaakrechten extends BewaakteTaakrechten {

        @Override
        protected AuthorizationEntity[] rechtenVoorGroep(Task taak, String groep, String soort) {
            if (groep != null && heeftAlleTakenAl(groep)) {
                return null;
            }
            return super.rechtenVoorGroep(taak, groep, soort);
        }

        private boolean heeftAlleTakenAl(String groep) {
            AuthorizationEntity globaal = Context.getCommandContext().getAuthorizationManager()
                    .findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, groep, Resources.TASK,
                            Authorization.ANY);
            return globaal != null && globaal.isPermissionGranted(Permissions.READ)
                    && globaal.isPermissionGranted(getDefaultUserPermissionForTask())
                    && globaal.isPermissionGranted(TaskPermissions.READ_VARIABLE);
        }
    }
}
