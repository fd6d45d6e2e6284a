package nl.fermwerk.inburgering.termijnen;

import java.util.Date;
import java.util.List;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Dossiernummer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The reminder lead time of a term has come: the open task(s) of the dossier that can meet it get a higher priority
 * (Tasklist's priority sort puts them on top) and today as follow-up date. A term without such a task has no one to
 * remind; its escalation still comes at the deadline.
 */
@Component("termijnHerinnering")
public class TermijnHerinnering implements JavaDelegate {

    /** Above the engine's default of 50, below an escalation that lay untouched ({@link PrioriteitVerhogen}). */
    public static final int PRIORITEIT = 75;

    private final TaskService taken;
    private final Termijndefinities definities;

    public TermijnHerinnering(TaskService taken, Termijndefinities definities) {
        this.taken = taken;
        this.definities = definities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> sleutels = Termijndefinities.lijst(new Bewakingsrij(execution::getVariable, definities).taak());
        if (sleutels.isEmpty()) {
            return;
        }
        for (Task open : taken.createTaskQuery().processInstanceBusinessKey(Dossiernummer.van(execution))
                .taskDefinitionKeyIn(sleutels.toArray(String[]::new)).active().list()) {
            open.setPriority(Math.max(open.getPriority(), PRIORITEIT));
            open.setFollowUpDate(Date.from(Klok.nu()));
            taken.saveTask(open);
        }
    }
}
