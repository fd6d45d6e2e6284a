package nl.fermwerk.inburgering.routing;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * The taakverdeling has no answer. Thrown inside the job that creates the task, so the engine retries and then raises
 * an incident that names the gemeente and onderdeel; a task never lands unassigned or with a default group.
 */
public class GeenToewijzingException extends ProcessEngineException {

    public GeenToewijzingException(String gemeente, String onderdeel, String taak) {
        super("Taakverdeling kent geen eerstverantwoordelijke voor gemeente '" + gemeente + "' en onderdeel '"
                + onderdeel + "' (taak " + taak + "). Vul processes/taakverdeling.dmn aan en probeer de taak opnieuw.");
    }
}
