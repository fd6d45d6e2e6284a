package nl.fermwerk.inburgering.termijnen;

import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Dossiernummer;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A running term can no longer apply (ontheffing, overdracht, afsluiting): records {@code TermijnVervallen}. */
@Component("termijnVervallen")
public class VervallenVastleggen implements JavaDelegate {

    private final Gebeurtenissen gebeurtenissen;

    public VervallenVastleggen(Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        gebeurtenissen.voegToe(Dossiernummer.van(execution), new Feit.TermijnVervallen(
                (String) execution.getVariable("termijn"), (String) execution.getVariable("reden")), Klok.nu(),
                "systeem");
    }
}
