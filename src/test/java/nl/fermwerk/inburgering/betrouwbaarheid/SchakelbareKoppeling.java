package nl.fermwerk.inburgering.betrouwbaarheid;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Test-only stand-in for an external step such as a DUO export: a thin delegate that records its event, or fails as
 * long as the "external system" is down. (There is no real DUO export delegate yet; this is not one.)
 */
@Component("schakelbareKoppeling")
public class SchakelbareKoppeling implements JavaDelegate {

    static final AtomicBoolean STORING = new AtomicBoolean();
    static final AtomicInteger POGINGEN = new AtomicInteger();

    private final Gebeurtenissen gebeurtenissen;

    public SchakelbareKoppeling(Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        POGINGEN.incrementAndGet();
        if (STORING.get()) {
            throw new IllegalStateException("DUO niet bereikbaar (503)");
        }
        // The store appends facts of the vocabulary only; which one does not matter to the retries under test
        gebeurtenissen.voegToe(execution.getBusinessKey(), new Feit.AfsluitingGestart(execution.getCurrentActivityId()),
                Klok.nu(), "systeem");
    }
}
