package nl.fermwerk.inburgering.tasklist;

import java.util.List;
import nl.fermwerk.inburgering.routing.Taakuitbreidingen;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Copies the dossier's display name, number and gemeente onto every new user task as task-local variables. A
 * ketenpartner may read the task (candidate or betrokken) but not the process instance, and Tasklist's task cards only
 * show process variables to whoever may read the instance: without the copy a partner's card shows a bare task name.
 */
@Component
public class TaakkaartPlugin extends AbstractProcessEnginePlugin {

    /** The variables each task card shows (filter property {@code variables}). */
    static final List<String> KAARTVARIABELEN = List.of("weergavenaam", "dossierId", "gemeente");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        Taakuitbreidingen.naCamunda(configuratie, (element, definitie) -> definitie.addTaskListener(
                TaskListener.EVENTNAME_CREATE, taak -> {
                    for (String naam : KAARTVARIABELEN) {
                        Object waarde = taak.getVariable(naam);
                        if (waarde != null) {
                            taak.setVariableLocal(naam, waarde);
                        }
                    }
                }));
    }
}
