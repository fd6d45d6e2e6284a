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
 * For the inburgeringstermijn it also tells the dossier's trajectory (message {@code InburgeringstermijnVerstreken}).
 */
@Component("termijnOverschreden")
public class TermijnOverschreden implements JavaDelegate {

    /** The term whose passing the trajectory itself must hear of (end (e) of docs/traject.md). */
    static final String INBURGERINGSTERMIJN = "INBURGERINGSTERMIJN";
    /** The message the trajectory waits for; listed in {@code modellen.Berichten.INTERN}. */
    static final String INBURGERINGSTERMIJN_VERSTREKEN = "InburgeringstermijnVerstreken";

    /** Read by the escalation task's {@code camunda:candidateGroups} in processes/termijnbewaking.bpmn. */
    static final String ESCALATIEGROEP = "escalatieGroep";

    private final Gebeurtenissen gebeurtenissen;
    private final Termijndefinities definities;

    public TermijnOverschreden(Gebeurtenissen gebeurtenissen, Termijndefinities definities) {
        this.gebeurtenissen = gebeurtenissen;
        this.definities = definities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object termijn = execution.getVariable("termijn");
        Object vervaldatum = execution.getVariable("vervaldatum");
        Feit overschreden = new Feit.TermijnOverschreden(termijn == null ? null : termijn.toString(),
                vervaldatum == null ? null : LocalDate.parse(vervaldatum.toString()), execution.getCurrentActivityId());
        String dossierId = Dossiernummer.van(execution);
        gebeurtenissen.voegToe(dossierId, overschreden, Klok.nu(), "systeem");
        if (execution.hasVariable(Bewakingsrij.VERSIE) && !execution.hasVariable(ESCALATIEGROEP)) {
            // Only a watcher that escalates needs these, as variables: the escalation task's candidate group (an
            // expression in the model) and the task its form names. A watcher started before it kept its version
            // of the table has them already; a model other than the watcher has no escalation task.
            Bewakingsrij rij = new Bewakingsrij(execution::getVariable, definities);
            execution.setVariable(ESCALATIEGROEP, rij.escalatieGroep());
            execution.setVariable("taak", rij.taak());
        }
        if (INBURGERINGSTERMIJN.equals(termijn)) {
            // The trajectory decides what follows (wait for DUO's extension, else end with TERMIJN_VERSTREKEN); a
            // trajectory that no longer waits for it (already closing) is simply not addressed
            execution.getProcessEngineServices().getRuntimeService()
                    .createMessageCorrelation(INBURGERINGSTERMIJN_VERSTREKEN).processInstanceBusinessKey(dossierId)
                    .correlateAllWithResult();
        }
    }
}
