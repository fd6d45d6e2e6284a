package nl.fermwerk.inburgering.dossier;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The dossier a trajectory belongs to: the business key of its process instance, which the trajectory module sets when
 * the dossier is opened and nothing can change afterwards. Never a process or task variable: a variable can be
 * set through an API, and an event written with a forged one would land, hash-chained, in someone else's dossier.
 */
public final class Dossiernummer {

    private Dossiernummer() {
    }

    public static String van(DelegateExecution execution) {
        String dossierId = execution.getProcessBusinessKey();
        if (dossierId == null || dossierId.isBlank()) {
            throw new IllegalStateException("Procesinstantie " + execution.getProcessInstanceId()
                    + " heeft geen dossiernummer (business key); er wordt geen gebeurtenis vastgelegd.");
        }
        return dossierId;
    }
}
