package nl.fermwerk.inburgering.termijnen;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** An escalation lay untouched: its task rises to the top of the teamleider's "Termijn verlopen" list. */
@Component("termijnPrioriteit")
public class PrioriteitVerhogen implements JavaDelegate {

    public static final int PRIORITEIT = 100;

    private final TaskService taken;

    public PrioriteitVerhogen(TaskService taken) {
        this.taken = taken;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task bewaking : taken.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("termijnBewaking").list()) {
            bewaking.setPriority(Math.max(bewaking.getPriority(), PRIORITEIT));
            taken.saveTask(bewaking);
        }
    }
}
