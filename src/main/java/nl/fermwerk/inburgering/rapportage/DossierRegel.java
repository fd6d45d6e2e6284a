package nl.fermwerk.inburgering.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.dossier.Dossierverloop;

/**
 * One dossier as the registration and the reports see it: the row of {@code rapportage_dossier}, codes as text. A view
 * of the dossier's {@link Dossierverloop}, the fold the dossier's own state also comes from. Equal regels mean equal
 * projections, which is what the check after a rebuild compares.
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
        LocalDate datumStartBredeIntake,
        String uitkomstLeerbaarheidstoets,
        LocalDate datumBijstellingPip,
        List<LocalDate> bijstellingenPip,
        String resultaatPvt,
        Boolean pvtVerwijtbaar,
        String resultaatMap,
        Boolean mapVerwijtbaar,
        LocalDate datumTaalschakeltraject,
        LocalDate datumStartWerk,
        LocalDate datumVertrek,
        Map<String, LocalDate> duoGeregistreerd,
        int versie) {

    public DossierRegel {
        duoGeregistreerd = Collections.unmodifiableMap(new TreeMap<>(duoGeregistreerd));
        bijstellingenPip = List.copyOf(bijstellingenPip);
    }

    /**
     * The report's row of a dossier's verloop. The end of the inburgeringstermijn is the one figure the events do not
     * carry yet: it comes from the table termijnen, here and nowhere else in the fold.
     */
    public static DossierRegel van(Dossierverloop v, RapportageTermijnen termijnen) {
        List<String> open = new ArrayList<>(v.openTermijnen());
        open.sort(null);
        return new DossierRegel(v.dossierId(), v.bsn() == null ? "" : v.bsn(), v.naam() == null ? "" : v.naam(),
                v.geboortedatum(), v.doelgroep() == null ? "ONBEKEND" : v.doelgroep().name(),
                v.gemeente() == null ? "" : v.gemeente().name(), v.uitkering(), v.fase().name(), v.open(),
                v.leerroute() == null ? null : v.leerroute().name(), v.datumKoppeling(), v.datumOverdracht(),
                v.datumInschrijving(), v.datumToets(), v.datumBredeIntake(), v.pipDatum(), v.datumStartLeerroute(),
                v.datumPvt(), v.datumMap(), v.eindeTermijnVerlegd() != null ? v.eindeTermijnVerlegd()
                        : v.pipDatum() == null || v.doelgroep() == null ? null
                        : termijnen.eindeTermijn(v.doelgroep(), v.pipDatum()),
                bedrag(v.praktijkUren()), bedrag(v.participatieUren()), v.aantalBoetes(), bedrag(v.boeteBedrag()),
                List.copyOf(open), v.aantalVoortgangsgesprekken(), v.uitstroomWerk(), v.datumOntheffing(),
                v.datumAfsluiting(), v.resultaat(), v.datumStartBredeIntake(), v.uitkomstLeerbaarheidstoets(),
                v.datumBijstellingPip(), v.bijstellingenPip(), v.resultaatPvt(), v.pvtVerwijtbaar(), v.resultaatMap(), v.mapVerwijtbaar(),
                v.datumTaalschakeltraject(), v.datumStartWerk(), v.datumVertrek(), v.duoGeregistreerd(), v.versie());
    }

    /** Amounts and hours as stored: two decimals. */
    static BigDecimal bedrag(BigDecimal waarde) {
        return waarde.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The day the terms of PVT and MAP stopped applying without them being done: ontheffing, a move out of the
     * region or the afsluiting, whichever came first; null while none of these happened (docs/rapportages.md).
     */
    public LocalDate ingetrokkenOp() {
        LocalDate eerste = null;
        for (LocalDate dag : new LocalDate[] {datumOntheffing, datumVertrek, datumAfsluiting}) {
            if (dag != null && (eerste == null || dag.isBefore(eerste))) {
                eerste = dag;
            }
        }
        return eerste;
    }

    public boolean heeftOpenEscalatie() {
        return !openTermijnen.isEmpty();
    }

    /** MAP applies to the B1- and Z-route only; the onderwijsroute has study-career guidance instead. */
    public boolean mapVanToepassing() {
        return "B1".equals(leerroute) || "Z".equals(leerroute);
    }

    /** Asielstatushouders and nareizigers come through COA; an unknown code is treated as not. */
    public boolean viaCoa() {
        for (Doelgroep groep : Doelgroep.values()) {
            if (groep.name().equals(doelgroep)) {
                return groep.viaCoa();
            }
        }
        return false;
    }
}
