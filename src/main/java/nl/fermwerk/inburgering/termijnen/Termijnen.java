package nl.fermwerk.inburgering.termijnen;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.toegang.AlsSysteem;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Term arithmetic for BPMN expressions. The legal terms themselves are in the table {@code termijnen}
 * (processes/termijnen.dmn): a model asks for a term's deadline ({@code ${termijnen.vervalmoment(execution, 'PIP')}})
 * or a term's interval ({@code ${termijnen.cyclus(execution, 'VOORTGANGSGESPREK')}}) and never states a duration of
 * its own. Dates arrive as the "jjjj-mm-dd" strings of forms and events, as {@link Date} or as {@link LocalDate}. A
 * term is met while its vervaldatum lasts: it is missed at the end of that day (Europe/Amsterdam).
 *
 * <p>The bean holds no state and reaches the engine only through the execution it is handed, so the benchmark's bare
 * engine can use it as it is.
 */
@Component("termijnen")
public class Termijnen {

    /**
     * The end of the deadline day of the dossier's running term with this code, as its watcher
     * ({@code termijnbewaking}) holds it: the due date of the task that can meet the term. Null when the term does not
     * run for this dossier.
     */
    public Date vervalmoment(DelegateExecution execution, String termijn) {
        String dossierId = execution.getProcessBusinessKey();
        if (dossierId == null) {
            return null;
        }
        return AlsSysteem.voer(null, () -> {
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            return LopendeBewakers.van(runtime, dossierId, termijn)
                    .map(watcher -> (Date) runtime.getVariable(watcher.getId(), "vervalmoment")).orElse(null);
        });
    }

    /** The ISO-8601 repeating interval of an INTERVAL term for the trajectory's doelgroep: {@code R/} and the table's duration. */
    public String cyclus(DelegateExecution execution, String termijn) {
        Doelgroep doelgroep = Doelgroep.valueOf(String.valueOf(execution.getVariable("doelgroep")));
        Termijndefinitie definitie = AlsSysteem.voer(null, () -> Termijndefinities.lees(
                execution.getProcessEngineServices(), doelgroep, null)).stream()
                .filter(d -> d.termijn().equals(termijn)).findFirst()
                .orElseThrow(() -> new IllegalStateException("De tabel termijnen heeft geen termijn " + termijn
                        + " voor doelgroep " + doelgroep));
        return "R/" + definitie.duur();
    }

    /** The last moment of a deadline day: a term is missed at the end of its vervaldatum. */
    public static Date eindeVanDag(LocalDate dag) {
        return Date.from(dag.atTime(LocalTime.of(23, 59, 59)).atZone(Klok.ZONE).toInstant());
    }

    /** The first moment of a day, in Europe/Amsterdam. */
    public static Date beginVanDag(LocalDate dag) {
        return Date.from(dag.atStartOfDay(Klok.ZONE).toInstant());
    }

    /** The last moment of the term: the end of the vervaldatum; used for timers and task due dates alike. */
    public Date uiterlijk(Object basisdatum, String duur) {
        return eindeVanDag(vervaldag(basisdatum, duur));
    }

    /** The vervaldatum as the event records it: jjjj-mm-dd. */
    public String vervaldatum(Object basisdatum, String duur) {
        return vervaldag(basisdatum, duur).toString();
    }

    /** The day after a date: the inburgeringstermijn runs from the day after the dagtekening of the PIP. */
    public String dagNa(Object datum) {
        return datum(datum).plusDays(1).toString();
    }

    /** A moment counted from today, for due and follow-up dates of recurring tasks. */
    public Date vanafVandaag(String duur) {
        return uiterlijk(Klok.vandaag(), duur);
    }

    static LocalDate vervaldag(Object basisdatum, String duur) {
        return datum(basisdatum).plus(periode(duur));
    }

    static Period periode(String duur) {
        try {
            return Period.parse(duur);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("Termijn '" + duur + "' is geen ISO-8601-duur in dagen, weken, maanden"
                    + " of jaren (bijvoorbeeld P2W, P1M, P1Y)", e);
        }
    }

    static LocalDate datum(Object waarde) {
        if (waarde instanceof LocalDate datum) {
            return datum;
        }
        if (waarde instanceof Date date) {
            return date.toInstant().atZone(Klok.ZONE).toLocalDate();
        }
        if (waarde == null) {
            throw new IllegalArgumentException("Basisdatum van een termijn ontbreekt");
        }
        String tekst = String.valueOf(waarde).strip();
        return LocalDate.parse(tekst.length() > 10 ? tekst.substring(0, 10) : tekst);
    }
}
