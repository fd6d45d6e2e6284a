package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.function.Function;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.termijnen.Termijndefinitie;
import nl.fermwerk.inburgering.termijnen.Termijndefinities;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The terms that the reports measure against, read from the table {@code termijnen} (processes/termijnen.dmn) through
 * {@link Termijndefinities}: the same duration and the same start per doelgroep as the watcher that escalates, so a
 * figure "op tijd" and the escalation can never disagree. A term starts on the date field of the dossier that the table
 * names as its start ({@code startVeld}).
 */
@Component
public class RapportageTermijnen {

    public static final String PIP = "PIP";
    public static final String PVT = "PVT";
    public static final String MAP = "MAP";
    public static final String INBURGERINGSTERMIJN = "INBURGERINGSTERMIJN";
    public static final String VOORTGANGSGESPREK = "VOORTGANGSGESPREK";

    /** The dossier's dates a term can start from, by the name the table gives them. */
    private static final Map<String, Function<DossierRegel, LocalDate>> STARTVELDEN = Map.of(
            "datumKoppeling", DossierRegel::datumKoppeling,
            "datumInschrijving", DossierRegel::datumInschrijving,
            "datumOverdracht", DossierRegel::datumOverdracht,
            "pipDatum", DossierRegel::pipDatum);

    private final Termijndefinities definities;

    @Autowired
    public RapportageTermijnen(Termijndefinities definities) {
        this.definities = definities;
    }

    /** The table as processes/termijnen.dmn states it, for pure calculations and tests. */
    public static RapportageTermijnen standaard() {
        return new RapportageTermijnen(Termijndefinities.uitBestand());
    }

    /** The same, bound to the table as deployed now: for one calculation over many dossiers. */
    public RapportageTermijnen vastgezet() {
        return new RapportageTermijnen(definities.vastgezet());
    }

    /** The id of the version of the table these terms come from (fixed when {@link #vastgezet()}). */
    public String versie() {
        return definities.versie();
    }

    /** The PIP deadline of this dossier, counted from its doelgroep's start; null while that start is unknown. */
    public LocalDate uiterlijkPip(DossierRegel d) {
        return uiterlijk(PIP, d);
    }

    public LocalDate uiterlijkPvt(DossierRegel d) {
        return uiterlijk(PVT, d);
    }

    public LocalDate uiterlijkMap(DossierRegel d) {
        return uiterlijk(MAP, d);
    }

    /** The end of the inburgeringstermijn that a first PIP of this date starts. */
    public LocalDate eindeTermijn(Doelgroep doelgroep, LocalDate pipDatum) {
        return definitie(INBURGERINGSTERMIJN, doelgroep).vervaldatum(pipDatum);
    }

    /** The deadline of a term counted from a given start: for the planned windows of the trajectory picture. */
    public LocalDate vervaldatum(String termijn, String doelgroep, LocalDate start) {
        return definitie(termijn, doelgroep(doelgroep)).vervaldatum(start);
    }

    public Period voortgangsgesprek(String doelgroep) {
        return definitie(VOORTGANGSGESPREK, doelgroep(doelgroep)).duur();
    }

    /** The deadline of a term of this dossier from the date the table names as its start; null when not started. */
    public LocalDate uiterlijk(String termijn, DossierRegel d) {
        LocalDate start = start(termijn, d);
        return start == null ? null : definitie(termijn, doelgroep(d.doelgroep())).vervaldatum(start);
    }

    /** The day a term of this dossier starts: the date field the table names for its doelgroep; null when unknown. */
    public LocalDate start(String termijn, DossierRegel d) {
        Function<DossierRegel, LocalDate> veld = STARTVELDEN.get(definitie(termijn, doelgroep(d.doelgroep())).startVeld());
        return veld == null ? null : veld.apply(d);
    }

    /**
     * The day the PIP term starts for this dossier, as its watcher counts it (BRP inschrijving for asielstatushouders
     * and nareizigers, the koppeling otherwise); the reports take it as the start of the plicht (docs/rapportages.md).
     */
    public LocalDate startPipTermijn(DossierRegel d) {
        return start(PIP, d);
    }

    /**
     * The start of the inburgeringsplicht as the reports count it (cohorts, CBS): the start of the PIP term, and while
     * an asielstatushouder's BRP inschrijving is not yet recorded, the koppeling (docs/rapportages.md, *verify*).
     */
    public LocalDate startPlicht(DossierRegel d) {
        LocalDate pipStart = startPipTermijn(d);
        return pipStart != null ? pipStart : d.datumKoppeling();
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
            return voorbij(uiterlijkPip(d), peildatum);
        }
        return d.datumPvt() == null && voorbij(uiterlijkPvt(d), peildatum)
                || d.mapVanToepassing() && d.datumMap() == null && voorbij(uiterlijkMap(d), peildatum)
                || voorbij(d.eindeTermijn(), peildatum);
    }

    private static boolean voorbij(LocalDate uiterlijk, LocalDate peildatum) {
        return uiterlijk != null && uiterlijk.isBefore(peildatum);
    }

    private Termijndefinitie definitie(String termijn, Doelgroep doelgroep) {
        return definities.verplicht(termijn, doelgroep);
    }

    /** A row of an old dossier without a doelgroep is counted as an overige migrant: no COA, no BRP start. */
    private static Doelgroep doelgroep(String doelgroep) {
        for (Doelgroep d : Doelgroep.values()) {
            if (d.name().equals(doelgroep)) {
                return d;
            }
        }
        return Doelgroep.OVERIGE_MIGRANT;
    }
}
