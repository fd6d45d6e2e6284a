package nl.fermwerk.inburgering.toegang;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a person may do with a task in the engine, whichever REST API they use (docs/privacy.md):
 * <ul>
 *   <li>a task's candidate group gets TASK_WORK, not UPDATE: claim, unclaim and complete, never assign, delegate or
 *       change candidates (the engine's own check; {@link BewaakteTaakrechten} judges the rest);</li>
 *   <li>reading a task, an instance or history never implies reading its variables
 *       ({@code enforceSpecificVariablePermission}): the taakverdeling grants READ_VARIABLE per task
 *       ({@code traject.Taakpijplijn}), Ferm Werk and functioneel beheer hold it globally ({@link Basisautorisaties});
 *       </li>
 *   <li>{@code traject.Taakopdrachten} keeps a user's writes to the fields of the task's own form and a form's and a
 *       partner's reads to the task's own answers and its context (it knows the forms, so it lives with them).</li>
 * </ul>
 */
@Component
@Order(3)
public class Taakbewaking extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        // In application.yaml too; set here as well so a missing line of configuration cannot hand partners UPDATE
        configuratie.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
        // Likewise: without it READ on a task (a betrokken partner's) would include every variable the task sees
        configuratie.setEnforceSpecificVariablePermission(true);
    }
}
