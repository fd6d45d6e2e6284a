package nl.fermwerk.inburgering.termijnen;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One row of the decision table {@code termijnen} (processes/termijnen.dmn) as the application reads it: which event
 * starts the term and from which of its date fields, how long it runs, which events meet or withdraw it, who gets the
 * escalation and how long beforehand the task that can meet it gets a reminder.
 *
 * @param soort TERMIJN (one deadline, watched by {@code termijnbewaking}) or INTERVAL (a repeating appointment)
 */
public record Termijndefinitie(
        String termijn,
        String label,
        String soort,
        String startGebeurtenis,
        String startVeld,
        boolean vanafDagErna,
        Period duur,
        List<String> nakomGebeurtenissen,
        List<String> vervalGebeurtenissen,
        String escalatieGroep,
        Period herinnering,
        List<String> taken) {

    public static final String TERMIJN = "TERMIJN";
    public static final String INTERVAL = "INTERVAL";

    public Termijndefinitie {
        nakomGebeurtenissen = List.copyOf(nakomGebeurtenissen);
        vervalGebeurtenissen = List.copyOf(vervalGebeurtenissen);
        taken = List.copyOf(taken);
    }

    /** A deadline that a watcher guards; an interval is read by the trajectory's own cycle instead. */
    public boolean bewaakt() {
        return TERMIJN.equals(soort);
    }

    /** The last day of the term that starts on this day: it is missed at the end of that day. */
    public LocalDate vervaldatum(LocalDate start) {
        return (vanafDagErna ? start.plusDays(1) : start).plus(duur);
    }

    /** The day the task that can meet the term gets its reminder. */
    public LocalDate herinneringsdatum(LocalDate vervaldatum) {
        return vervaldatum.minus(herinnering);
    }
}
