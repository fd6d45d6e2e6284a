package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Leerroute;

/**
 * The one place where our facts become CBS's variables and code lists for the Statistiek Wet Inburgering (the mapping
 * table in docs/rapportages.md, "CBS SWI"). Only variables CBS asks for; every name and code here is marked *verify*
 * in the docs until it is checked against CBS's own record layout (richtlijnen 2023). When CBS's layout differs,
 * this class and that table change, nothing else.
 */
final class CbsCodering {

    /** CBS variable names, in the order of the file. */
    static final List<String> VARIABELEN = List.of("gemeentecode", "verslagjaar", "verslagkwartaal", "bsn",
            "doelgroep", "datum_start_inburgeringsplicht", "datum_brede_intake", "uitkomst_leerbaarheidstoets",
            "datum_pip", "leerroute", "datum_wijziging_pip");

    /** Our doelgroep to CBS's code (verify: CBS's code list; nareizigers are a doelgroep of their own). */
    static final Map<Doelgroep, String> DOELGROEP = Map.of(
            Doelgroep.ASIELSTATUSHOUDER, "ASIELSTATUSHOUDER",
            Doelgroep.NAREIZIGER, "NAREIZIGER",
            Doelgroep.GEZINSMIGRANT, "GEZINSMIGRANT",
            Doelgroep.OVERIGE_MIGRANT, "OVERIGE_MIGRANT");

    /** Our leerroute to CBS's code (verify). */
    static final Map<Leerroute, String> LEERROUTE = Map.of(
            Leerroute.B1, "B1",
            Leerroute.ONDERWIJS, "ONDERWIJS",
            Leerroute.Z, "Z");

    private CbsCodering() {
    }

    /** One record: the dossier as known for the quarter, in the order of {@link #VARIABELEN}. */
    static List<Object> record(DossierRegel d, CbsLeveringen.Kwartaal kwartaal, RapportageTermijnen termijnen) {
        Gemeente gemeente = Gemeente.valueOf(d.gemeente());
        LocalDate bijstelling = d.datumBijstellingPip();
        return Arrays.asList(gemeente.cbsCode(), kwartaal.jaar(), kwartaal.kwartaal(), d.bsn(),
                code(DOELGROEP, Doelgroep.class, d.doelgroep()), termijnen.startPlicht(d),
                d.datumStartBredeIntake(), d.uitkomstLeerbaarheidstoets(), d.pipDatum(),
                code(LEERROUTE, Leerroute.class, d.leerroute()), bijstelling);
    }

    private static <E extends Enum<E>> String code(Map<E, String> lijst, Class<E> soort, String onze) {
        if (onze == null) {
            return null;
        }
        for (E waarde : soort.getEnumConstants()) {
            if (waarde.name().equals(onze)) {
                return lijst.get(waarde);
            }
        }
        return null;
    }
}
