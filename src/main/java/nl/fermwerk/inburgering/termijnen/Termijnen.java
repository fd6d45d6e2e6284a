package nl.fermwerk.inburgering.termijnen;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import nl.fermwerk.inburgering.basis.Klok;
import org.springframework.stereotype.Component;

/**
 * Term arithmetic for BPMN expressions ({@code ${termijnen.uiterlijk(pipDatum, 'P12M')}}): the duration stays visible in
 * the model; this bean only knows calendars. Dates arrive as the "jjjj-mm-dd" strings of forms and events, as
 * {@link Date} or as {@link LocalDate}. A term is met while its vervaldatum lasts: it is missed at the end of that day
 * (Europe/Amsterdam).
 */
@Component("termijnen")
public class Termijnen {

    /** The last moment of the term: the end of the vervaldatum; used for timers and task due dates alike. */
    public Date uiterlijk(Object basisdatum, String duur) {
        LocalDate vervaldatum = vervaldag(basisdatum, duur);
        return Date.from(vervaldatum.atTime(LocalTime.of(23, 59, 59)).atZone(Klok.ZONE).toInstant());
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
                    + " of jaren (bijvoorbeeld P10W, P6M, P3Y)", e);
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
