package nl.fermwerk.inburgering.rapportage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One dossier as the registration and the reports see it: the facts, dates and counts folded from its events. Equal
 * regels mean equal projections, which is what the check after a rebuild compares.
 */
public record DossierRegel(
        String dossierId,
        String bsn,
        String naam,
        LocalDate geboortedatum,
        String doelgroep,
        String gemeente,
        boolean uitkering,
        String fase,
        boolean actief,
        String leerroute,
        LocalDate datumKoppeling,
        LocalDate datumOverdracht,
        LocalDate datumInschrijving,
        LocalDate datumToets,
        LocalDate datumBredeIntake,
        LocalDate pipDatum,
        LocalDate datumStartLeerroute,
        LocalDate datumPvt,
        LocalDate datumMap,
        LocalDate eindeTermijn,
        BigDecimal praktijkUren,
        BigDecimal participatieUren,
        int aantalBoetes,
        BigDecimal boeteBedrag,
        List<String> openTermijnen,
        int aantalVoortgangsgesprekken,
        Boolean uitstroomWerk,
        LocalDate datumOntheffing,
        LocalDate datumAfsluiting,
        String resultaat,
        int versie) {

    public boolean heeftOpenEscalatie() {
        return !openTermijnen.isEmpty();
    }

    /** MAP applies to the B1- and Z-route only; the onderwijsroute has study-career guidance instead. */
    public boolean mapVanToepassing() {
        return "B1".equals(leerroute) || "Z".equals(leerroute);
    }
}
