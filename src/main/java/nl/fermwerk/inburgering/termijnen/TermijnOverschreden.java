package nl.fermwerk.inburgering.termijnen;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.GebeurtenisTypen;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.dossier.NieuweGebeurtenis;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.traject.Dossiernummer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A term's timer fired while its task was still open: records {@code TermijnOverschreden} naming the term, in the
 * timer job's transaction. The escalation to the teamleider that follows is modelled in BPMN.
 */
@Component("termijnOverschreden")
public class TermijnOverschreden implements JavaDelegate {

    private final Gebeurtenissen gebeurtenissen;

    public TermijnOverschreden(Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("termijn", execution.getVariable("termijn"));
        data.put("vervaldatum", execution.getVariable("vervaldatum"));
        data.put("activiteit", execution.getCurrentActivityId());
        gebeurtenissen.voegToe(Dossiernummer.van(execution),
                new NieuweGebeurtenis(GebeurtenisTypen.TERMIJN_OVERSCHREDEN, data, Klok.nu(), "systeem"));
    }
}
