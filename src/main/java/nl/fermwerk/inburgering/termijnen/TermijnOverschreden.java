package nl.fermwerk.inburgering.termijnen;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Dossiernummer;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A term's deadline day ended while it was neither met nor withdrawn: records {@code TermijnOverschreden} naming the
 * term, in the timer job's transaction. The escalation task that follows is modelled in processes/termijnbewaking.bpmn.
 */
@Component("termijnOverschreden")
public class TermijnOverschreden implements JavaDelegate {

    private final Gebeurtenissen gebeurtenissen;

    public TermijnOverschreden(Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object termijn = execution.getVariable("termijn");
        Object vervaldatum = execution.getVariable("vervaldatum");
        Feit overschreden = new Feit.TermijnOverschreden(termijn == null ? null : termijn.toString(),
                vervaldatum == null ? null : LocalDate.parse(vervaldatum.toString()), execution.getCurrentActivityId());
        gebeurtenissen.voegToe(Dossiernummer.van(execution), overschreden, Klok.nu(), "systeem");
    }
}
