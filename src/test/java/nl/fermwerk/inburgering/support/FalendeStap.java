package nl.fermwerk.inburgering.support;

import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A delegate that records an event and then fails: proves that event and engine state share one transaction. */
@Component("falendeStap")
public class FalendeStap implements JavaDelegate {

    private final Gebeurtenissen gebeurtenissen;

    public FalendeStap(Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        gebeurtenissen.voegToe(execution.getBusinessKey(), new Feit.AfsluitingGestart(execution.getCurrentActivityId()),
                Klok.nu(), "test");
        throw new IllegalStateException("bewust mislukt na het schrijven van de gebeurtenis");
    }
}
