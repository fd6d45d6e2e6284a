/**
 * The inburgeringstraject as it runs on the engine: starting it for a new dossier, turning every completed task and
 * every incoming message into a dossier event, and checking the decision variables that a task hands to the flow.
 * The flow itself is {@code processes/inburgeringstraject.bpmn}; this module keeps the delegates thin.
 */
package nl.fermwerk.inburgering.traject;
