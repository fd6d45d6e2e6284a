package nl.fermwerk.inburgering.traject;

import nl.fermwerk.inburgering.basis.Gemeente;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The inburgeraar moved to another of the four gemeenten: the trajectory continues there. Sets the routing variables
 * and lets the taakverdeling of the new gemeente take over the open tasks ({@link Herroutering}). The event
 * {@code Verhuisd} is written by {@link Berichten} in the same transaction.
 */
@Component("verhuizingVerwerken")
public class VerhuizingVerwerken implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Gemeente naar = Gemeente.valueOf((String) execution.getVariable("naarGemeente"));
        execution.getProcessInstance().setVariable("gemeente", naar.name());
        execution.getProcessInstance().setVariable("inkoopregio", naar.inkoopregio().name());
        // The event Verhuisd is already in the dossier (Berichten writes it first), so the re-routed cards show the
        // new gemeente
        Herroutering.vanTraject(execution.getProcessInstanceId());
    }
}
