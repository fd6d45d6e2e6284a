package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The terms that the reports measure against. docs/domein.md marks them "verify": they are settings
 * ({@code inburgering.rapportage.*}, ISO-8601 periods), not code. The BPMN timers stay the source of the escalations;
 * these only judge "on time" in the figures and draw the planned windows.
 */
@Component
public class RapportageTermijnen {

    private final Period pip;
    private final Period pvt;
    private final Period map;
    private final Period inburgering;
    private final Period voortgangsgesprek;

    public RapportageTermijnen(@Value("${inburgering.rapportage.termijn-pip:P10W}") Period pip,
                               @Value("${inburgering.rapportage.termijn-pvt:P12M}") Period pvt,
                               @Value("${inburgering.rapportage.termijn-map:P18M}") Period map,
                               @Value("${inburgering.rapportage.termijn-inburgering:P3Y}") Period inburgering,
                               @Value("${inburgering.rapportage.termijn-voortgangsgesprek:P6M}") Period voortgangsgesprek) {
        this.pip = pip;
        this.pvt = pvt;
        this.map = map;
        this.inburgering = inburgering;
        this.voortgangsgesprek = voortgangsgesprek;
    }

    /** Defaults of docs/domein.md, for pure calculations and tests. */
    public static RapportageTermijnen standaard() {
        return new RapportageTermijnen(Period.ofWeeks(10), Period.ofMonths(12), Period.ofMonths(18), Period.ofYears(3),
                Period.ofMonths(6));
    }

    public LocalDate uiterlijkPip(LocalDate koppeling) {
        return koppeling.plus(pip);
    }

    /**
     * The day the PIP term starts, as the process counts it (inburgeringstraject.bpmn, {@code startPipTermijn}): the
     * koppeling, replaced by the BRP inschrijving once that is recorded (asielstatushouders and nareizigers). The
     * reports take it as the start of the inburgeringsplicht too (docs/rapportages.md, verify).
     */
    public LocalDate startPipTermijn(DossierRegel d) {
        return d.viaCoa() && d.datumInschrijving() != null ? d.datumInschrijving() : d.datumKoppeling();
    }

    /** The last day of a dossier's PIP term, counted from {@link #startPipTermijn(DossierRegel)}. */
    public LocalDate uiterlijkPip(DossierRegel d) {
        return uiterlijkPip(startPipTermijn(d));
    }

    public LocalDate uiterlijkPvt(LocalDate pipDatum) {
        return pipDatum.plus(pvt);
    }

    public LocalDate uiterlijkMap(LocalDate pipDatum) {
        return pipDatum.plus(map);
    }

    /** The inburgeringstermijn runs from the day after the dagtekening of the first PIP. */
    public LocalDate eindeTermijn(LocalDate pipDatum) {
        return pipDatum.plusDays(1).plus(inburgering);
    }

    public Period voortgangsgesprek() {
        return voortgangsgesprek;
    }

    /**
     * A term passed on the peildatum: an escalation still open, or a deadline gone by while the onderdeel is not done.
     */
    public boolean termijnVerlopen(DossierRegel d, LocalDate peildatum) {
        if (d.heeftOpenEscalatie()) {
            return true;
        }
        if (!d.actief() || d.datumOntheffing() != null) {
            return false;
        }
        if (d.pipDatum() == null) {
            return uiterlijkPip(d).isBefore(peildatum);
        }
        return d.datumPvt() == null && uiterlijkPvt(d.pipDatum()).isBefore(peildatum)
                || d.mapVanToepassing() && d.datumMap() == null && uiterlijkMap(d.pipDatum()).isBefore(peildatum)
                || d.eindeTermijn() != null && d.eindeTermijn().isBefore(peildatum);
    }
}
