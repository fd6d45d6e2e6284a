/**
 * Terms and their escalation. The values live in the BPMN timers ({@code processes/inburgeringstraject.bpmn}) as ISO-8601
 * durations a beleidsmedewerker reads and changes in Camunda Modeler; this module only turns "basis date + duration"
 * into a moment on the engine clock ({@link nl.fermwerk.inburgering.termijnen.Termijnen}) and records a missed term as
 * the event {@code TermijnOverschreden} ({@link nl.fermwerk.inburgering.termijnen.TermijnOverschreden}). See
 * {@code docs/termijnen.md}.
 */
package nl.fermwerk.inburgering.termijnen;
