package nl.fermwerk.inburgering.watals;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter within a replay's period; the first and last may be cut by the period. */
public record Kwartaal(String naam, LocalDate begin, LocalDate eind) {

    public static List<Kwartaal> tussen(LocalDate vanaf, LocalDate tot) {
        List<Kwartaal> kwartalen = new ArrayList<>();
        LocalDate begin = vanaf;
        while (!begin.isAfter(tot)) {
            LocalDate eersteVanKwartaal = begin.withMonth((begin.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1)
                    .withDayOfMonth(1);
            LocalDate eind = eersteVanKwartaal.plusMonths(3).minusDays(1);
            if (eind.isAfter(tot)) {
                eind = tot;
            }
            kwartalen.add(new Kwartaal(begin.getYear() + "-K" + begin.get(IsoFields.QUARTER_OF_YEAR), begin, eind));
            begin = eind.plusDays(1);
        }
        return kwartalen;
    }

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(begin) && !dag.isAfter(eind);
    }
}
