package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Labels;
import org.springframework.stereotype.Service;

/**
 * The CSV exports per peildatum (columns in docs/rapportages.md): semicolon-separated (what Dutch spreadsheets
 * open), a header row, ISO dates, empty for unknown, one row per dossier in dossier id order.
 */
@Service
public class Exports {

    public static final List<String> CBS_KOLOMMEN = List.of("peildatum", "gemeentecode", "dossier_id", "bsn",
            "geboortedatum", "doelgroep", "uitkering", "datum_start_inburgeringsplicht", "datum_inschrijving_gemeente",
            "datum_brede_intake", "dagen_tot_brede_intake", "datum_pip", "leerroute", "datum_start_leerroute",
            "datum_pvt", "datum_map", "datum_einde_termijn", "uitstroom_werk", "datum_ontheffing", "datum_afsluiting",
            "reden_afsluiting");
    public static final List<String> DUO_KOLOMMEN = List.of("peildatum", "bsn", "gemeentecode", "doelgroep",
            "leerroute", "datum_pip", "datum_einde_termijn", "pvt_status", "datum_pvt", "map_status", "datum_map",
            "praktijk_uren_map", "participatie_uren_z", "datum_ontheffing", "datum_afsluiting", "resultaat");
    public static final List<String> MANAGEMENT_KOLOMMEN = List.of("peildatum", "gemeente", "gemeentecode",
            "indicator", "waarde");

    private final Rapportages rapportages;
    private final RapportageTermijnen termijnen;

    public Exports(Rapportages rapportages, RapportageTermijnen termijnen) {
        this.rapportages = rapportages;
        this.termijnen = termijnen;
    }

    public String cbs(LocalDate peildatum) {
        LocalDate peil = rapportages.peildatumOfVandaag(peildatum);
        StringBuilder csv = kop(CBS_KOLOMMEN);
        for (DossierRegel d : rapportages.regels(peil)) {
            regel(csv, peil, cbsCode(d.gemeente()), d.dossierId(), d.bsn(), d.geboortedatum(), d.doelgroep(),
                    jn(d.uitkering()), d.datumKoppeling(), d.datumInschrijving(), d.datumBredeIntake(),
                    d.datumBredeIntake() == null ? null
                            : java.time.temporal.ChronoUnit.DAYS.between(d.datumKoppeling(), d.datumBredeIntake()),
                    d.pipDatum(), d.leerroute(), d.datumStartLeerroute(), d.datumPvt(), d.datumMap(), d.eindeTermijn(),
                    d.uitstroomWerk() == null ? null : jn(d.uitstroomWerk()), d.datumOntheffing(), d.datumAfsluiting(),
                    d.resultaat());
        }
        return csv.toString();
    }

    public String duo(LocalDate peildatum) {
        LocalDate peil = rapportages.peildatumOfVandaag(peildatum);
        StringBuilder csv = kop(DUO_KOLOMMEN);
        for (DossierRegel d : rapportages.regels(peil)) {
            regel(csv, peil, d.bsn(), cbsCode(d.gemeente()), d.doelgroep(), d.leerroute(), d.pipDatum(),
                    d.eindeTermijn(), status(d.datumPvt(), termijnen.uiterlijkPvt(d), peil, true),
                    d.datumPvt(),
                    status(d.datumMap(), termijnen.uiterlijkMap(d), peil,
                            d.leerroute() == null || d.mapVanToepassing()),
                    d.datumMap(), d.praktijkUren(), d.participatieUren(), d.datumOntheffing(), d.datumAfsluiting(),
                    d.resultaat());
        }
        return csv.toString();
    }

    /** Marks a figure suppressed for the reader (StatistischeBeveiliging); empty stays "nothing to divide". */
    public static final String ONDERDRUKT = "x";

    /** The kengetallen as the reader may see them (StatistischeBeveiliging), one row per indicator and group. */
    public String management(Rapportages.KengetallenOverzicht overzicht) {
        // For people (issue #16): the peildatum as dd-mm-jjjj and the gemeente's name; the CBS code and the indicator
        // stay codes, for whoever reads the file by machine
        StringBuilder csv = kop(MANAGEMENT_KOLOMMEN);
        String peil = Labels.datum(overzicht.peildatum());
        indicatoren(csv, peil, "Totaal", "", overzicht.totaal());
        for (Map.Entry<String, Kengetallen> e : overzicht.perGemeente().entrySet()) {
            indicatoren(csv, peil, Labels.gemeente(e.getKey()), cbsCode(e.getKey()), e.getValue());
        }
        return csv.toString();
    }

    private static void indicatoren(StringBuilder csv, String peil, String gemeente, String code, Kengetallen k) {
        List<Object[]> rijen = new ArrayList<>();
        rijen.add(new Object[] {"aantal_dossiers", "aantalDossiers", k.aantalDossiers()});
        rijen.add(new Object[] {"actief", "actief", k.actief()});
        rijen.add(new Object[] {"afgesloten", "afgesloten", k.afgesloten()});
        k.actiefPerFase().forEach((fase, n) -> rijen.add(new Object[] {"actief_fase_" + fase, "actiefPerFase." + fase, n}));
        k.leerroutes().forEach((route, n) -> rijen.add(new Object[] {"leerroute_" + route, "leerroutes." + route, n}));
        rijen.add(new Object[] {"pip_binnen_termijn_pct", "pipBinnenTermijn.percentage", k.pipBinnenTermijn().percentage()});
        rijen.add(new Object[] {"pvt_op_tijd_pct", "pvtOpTijd.percentage", k.pvtOpTijd().percentage()});
        rijen.add(new Object[] {"map_op_tijd_pct", "mapOpTijd.percentage", k.mapOpTijd().percentage()});
        rijen.add(new Object[] {"open_escalaties", "openEscalaties", k.openEscalaties()});
        rijen.add(new Object[] {"aantal_boetes", "aantalBoetes", k.aantalBoetes()});
        rijen.add(new Object[] {"boetebedrag", "boetebedrag", k.boetebedrag()});
        rijen.add(new Object[] {"mediaan_dagen_koppeling_brede_intake", "mediaanDagenKoppelingBredeIntake",
                k.mediaanDagenKoppelingBredeIntake()});
        rijen.add(new Object[] {"uitstroom_werk", "uitstroomWerk", k.uitstroomWerk()});
        for (Object[] rij : rijen) {
            regel(csv, peil, gemeente, code, rij[0], k.onderdrukt().contains((String) rij[1]) ? ONDERDRUKT : rij[2]);
        }
    }

    /** AFGEROND, OPEN (term still running), VERLOPEN (term passed, not done), NVT (does not apply). */
    static String status(LocalDate gedaan, LocalDate uiterlijk, LocalDate peil, boolean vanToepassing) {
        if (!vanToepassing) {
            return "NVT";
        }
        if (gedaan != null) {
            return "AFGEROND";
        }
        return uiterlijk != null && uiterlijk.isBefore(peil) ? "VERLOPEN" : "OPEN";
    }

    static String cbsCode(String gemeente) {
        try {
            return Gemeente.valueOf(gemeente).cbsCode();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String jn(boolean waarde) {
        return waarde ? "J" : "N";
    }

    private static StringBuilder kop(List<String> kolommen) {
        return new StringBuilder(String.join(";", kolommen)).append("\r\n");
    }

    private static void regel(StringBuilder csv, Object... waarden) {
        for (int i = 0; i < waarden.length; i++) {
            if (i > 0) {
                csv.append(';');
            }
            csv.append(veld(waarden[i]));
        }
        csv.append("\r\n");
    }

    private static String veld(Object waarde) {
        if (waarde == null) {
            return "";
        }
        String tekst = waarde.toString();
        return tekst.contains(";") || tekst.contains("\"") || tekst.contains("\n")
                ? '"' + tekst.replace("\"", "\"\"") + '"' : tekst;
    }
}
