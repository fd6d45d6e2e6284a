/**
 * The legal terms of the trajectory. It owns the one reader of the decision table {@code termijnen}
 * (processes/termijnen.dmn: start event, duration, meeting and withdrawing events, escalation group, reminder per term;
 * {@link nl.fermwerk.inburgering.termijnen.Termijndefinities}), the watcher per term per dossier
 * (processes/termijnbewaking.bpmn, started and told by {@link nl.fermwerk.inburgering.termijnen.Termijnbewaking} from
 * the recorded dossier events, found again by {@code LopendeBewakers}), its delegates (reminder,
 * {@code TermijnOverschreden}, {@code TermijnVervallen}, priority),
 * the expression bean {@code termijnen} that gives a task its due date and the voortgangsgesprek its cycle, and the
 * dossier's terms API and recalculation endpoints ({@code web}). See {@code docs/termijnen.md}.
 */
package nl.fermwerk.inburgering.termijnen;
