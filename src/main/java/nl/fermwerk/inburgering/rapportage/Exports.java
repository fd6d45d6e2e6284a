package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Labels;
import org.springframework.stereotype.Service;

/**
 * The CSV exports (columns in docs/rapportages.md): semicolon-separated (what Dutch spreadsheets open), a header
 * row, ISO dates, empty for unknown. The CBS file per gemeente and quarter is {@link CbsBestanden}'s.
 */
@Service
public class Exports {

    public static final List<String> MANAGEMENT_KOLOMMEN = List.of("peildatum", "gemeente", "gemeentecode",
            "indicator", "waarde");

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
        rijen.add(new Object[] {"open_escalaties", "openEscalaties", k.openEscalaties()});
        rijen.add(new Object[] {"aantal_boetes", "aantalBoetes", k.aantalBoetes()});
        rijen.add(new Object[] {"boetebedrag", "boetebedrag", k.boetebedrag()});
        aandeel(rijen, "pip_binnen_termijn", "pipBinnenTermijn", k.pipBinnenTermijn());
        aandeel(rijen, "pvt_op_tijd", "pvtOpTijd", k.pvtOpTijd());
        aandeel(rijen, "map_op_tijd", "mapOpTijd", k.mapOpTijd());
        aandeel(rijen, "brede_intake_gestart", "bredeIntakeGestart", k.bredeIntakeGestart());
        rijen.add(new Object[] {"mediaan_dagen_start_plicht_brede_intake", "mediaanDagenStartPlichtBredeIntake",
                k.mediaanDagenStartPlichtBredeIntake()});
        aandeel(rijen, "uitstroom_werk", "uitstroomWerk", k.uitstroomWerk());
        for (Object[] rij : rijen) {
            regel(csv, peil, gemeente, code, rij[0], k.onderdrukt().contains((String) rij[1]) ? ONDERDRUKT : rij[2]);
        }
    }

    /** Every share as its teller, its noemer and its percentage: each figure shows its n. */
    private static void aandeel(List<Object[]> rijen, String indicator, String veld, Kengetallen.Aandeel a) {
        rijen.add(new Object[] {indicator + "_teller", veld + ".teller", a.teller()});
        rijen.add(new Object[] {indicator + "_noemer", veld + ".noemer", a.noemer()});
        rijen.add(new Object[] {indicator + "_pct", veld + ".percentage", a.percentage()});
    }

    static String cbsCode(String gemeente) {
        try {
            return Gemeente.valueOf(gemeente).cbsCode();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    static StringBuilder kop(List<String> kolommen) {
        return new StringBuilder(String.join(";", kolommen)).append("\r\n");
    }

    static void regel(StringBuilder csv, Object... waarden) {
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
