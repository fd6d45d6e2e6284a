/**
 * Time and simulation: the one clock of the application (the engine clock, so that a simulated caseload is consistent
 * from timers to reports), the clock endpoint of profile {@code simulatie}, and the demo users and dossiers of profile
 * {@code demo}.
 */
package nl.fermwerk.inburgering.simulatie;
