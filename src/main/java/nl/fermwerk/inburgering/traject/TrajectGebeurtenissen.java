package nl.fermwerk.inburgering.traject;

import nl.fermwerk.inburgering.dossier.Dossiernummer;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Records a milestone that is not a task (for example {@code AfsluitingGestart}) from a BPMN execution listener:
 * {@code ${trajectGebeurtenissen.leg(execution, 'AfsluitingGestart')}}. The model names the event; Java writes it.
 */
@Component("trajectGebeurtenissen")
public class TrajectGebeurtenissen {

    private final Gebeurtenissen gebeurtenissen;

    public TrajectGebeurtenissen(Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    public void leg(DelegateExecution execution, String type) {
        gebeurtenissen.voegToe(Dossiernummer.van(execution), type,
                Map.of("activiteit", execution.getCurrentActivityId()), Klok.nu(), "systeem");
    }
}
