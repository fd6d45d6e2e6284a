package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.toegang.DossierToegang;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The kengetallen as a reader may see them: the one place every figure passes on its way to a reader (dashboard data,
 * kengetallen API, management JSON and CSV). Who sees dossiers anyway (casusregie, teamleider, functioneel beheer)
 * gets the exact figures for any day. Management and beleidsmedewerkers see no dossier, so for them a figure may not
 * single anyone out: small cells are suppressed ({@link Celonderdrukking}) and the peildatum is the end of a month that
 * has passed, so that two consecutive days cannot be subtracted down to the one person who changed in between.
 */
@Component
public class StatistischeBeveiliging {

    private final Rapportages rapportages;
    private final DossierToegang toegang;
    private final Celonderdrukking onderdrukking;

    public StatistischeBeveiliging(Rapportages rapportages, DossierToegang toegang,
                                   @Value("${inburgering.rapportage.minimum-celgrootte:5}") int minimumCelgrootte) {
        this.rapportages = rapportages;
        this.toegang = toegang;
        this.onderdrukking = new Celonderdrukking(minimumCelgrootte);
    }

    /** The kengetallen of all gemeenten or of one, as of the peildatum, as this reader may see them. */
    public Rapportages.KengetallenOverzicht kengetallen(Authentication lezer, LocalDate peildatum, String gemeente) {
        String code = Rapportages.gemeente(gemeente);
        if (exact(lezer)) {
            return rapportages.kengetallen(peildatum, code);
        }
        // Suppress over the whole table first: one gemeente on its own would show cells that the whole table had to
        // hide, and the two answers together would give the small cell away
        Rapportages.KengetallenOverzicht alle = rapportages.kengetallen(maandeinde(peildatum), null);
        return onderdrukking.pasToe(alle).alleen(code);
    }

    /** Sees the figures exactly: who may see the dossiers behind them. */
    public boolean exact(Authentication lezer) {
        return toegang.volledigZicht(lezer);
    }

    /**
     * The peildatum of a reader with suppressed figures: the last day of a month that has passed; without one, the
     * last day of the previous month (engine clock, as every "today").
     */
    static LocalDate maandeinde(LocalDate peildatum) {
        LocalDate eersteVanDezeMaand = Klok.vandaag().withDayOfMonth(1);
        if (peildatum == null) {
            return eersteVanDezeMaand.minusDays(1);
        }
        if (!peildatum.equals(peildatum.with(TemporalAdjusters.lastDayOfMonth()))
                || !peildatum.isBefore(eersteVanDezeMaand)) {
            throw new OngeldigeInvoerException("peildatum", "Voor managementinformatie is de peildatum de laatste dag "
                    + "van een maand die voorbij is, bijvoorbeeld " + eersteVanDezeMaand.minusDays(1)
                    + "; zonder peildatum geldt het einde van de vorige maand.");
        }
        return peildatum;
    }
}
