/**
 * The inburgeringstraject as it runs on the engine: starting it for a new dossier, the one pipeline every user task
 * goes through ({@link nl.fermwerk.inburgering.traject.Taakpijplijn}: routing and rights, card, the completion's
 * event) and its re-run when a task's routing changes ({@link nl.fermwerk.inburgering.traject.Herroutering}), turning
 * every incoming message into a dossier event, and checking the decision variables that a task hands to the flow.
 * The flow itself is {@code processes/inburgeringstraject.bpmn}; this module keeps the delegates thin.
 */
package nl.fermwerk.inburgering.traject;
