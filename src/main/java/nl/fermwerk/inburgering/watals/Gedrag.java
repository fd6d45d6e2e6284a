package nl.fermwerk.inburgering.watals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the inburgeraars and partners of a replayed caseload behave, the same on both sides of a replay: shares in
 * percent, delays in days. Aggregates only, so they may cross from the application to the replay's child process;
 * {@link Gedragsstatistiek} derives them from the real caseload, {@link #STANDAARD} holds where there is none.
 *
 * @param procentTeLaat      tasks done late: their delay is drawn from {@code dagenTeLaatMin..dagenTeLaatMax}
 * @param dagenOpTijdMax     every other task is done 0 to this many days after it appeared
 * @param dagenMaandenMin    a task that stands for a module or a programme of months (the model's property {@code duur}
 *                           = {@code MAANDEN}: PVT, MAP, KNM, maatschappelijke begeleiding) is done this many to
 *                           {@code dagenMaandenMax} days after it appeared, whether late or not
 * @param dagenJarenMin      likewise a task that stands for a course of years ({@code duur} = {@code JAREN}: the
 *                           B1-route up to its exam, the taalschakeltraject, the Z-route's participation), up to
 *                           {@code dagenJarenMax}
 * @param procentB1          leerroute B1 of the dossiers; {@code procentZ} the Z-route, the rest onderwijs
 * @param procentHandhaving  inburgeraars whose voortgangsgesprek may lead to handhaving (and a boete)
 * @param procentSchakelt    inburgeraars who switch leerroute at a bijstelling of the PIP
 * @param procentWerk        inburgeraars who go to work after toeleiding
 * @param procentOntheffing  inburgeraars whom DUO exempts, at a day drawn in the first two years
 */
public record Gedrag(int procentTeLaat, int dagenOpTijdMax, int dagenTeLaatMin, int dagenTeLaatMax,
                     int dagenMaandenMin, int dagenMaandenMax, int dagenJarenMin, int dagenJarenMax, int procentB1,
                     int procentZ, int procentHandhaving, int procentSchakelt, int procentWerk,
                     int procentOntheffing, String bron) {

    /** docs/watals.md, "Behaviour": the defaults when the real caseload is too small to say anything. */
    public static final Gedrag STANDAARD = new Gedrag(15, 21, 42, 140, 60, 270, 540, 1000, 60, 25, 10, 10, 40, 3,
            "standaard");

    public Gedrag {
        for (int procent : new int[] {procentTeLaat, procentB1, procentZ, procentHandhaving, procentSchakelt,
                procentWerk, procentOntheffing}) {
            if (procent < 0 || procent > 100) {
                throw new IllegalArgumentException("Percentage buiten 0..100: " + procent);
            }
        }
        if (procentB1 + procentZ > 100 || dagenOpTijdMax < 0 || dagenTeLaatMin < 0 || dagenTeLaatMax < dagenTeLaatMin
                || dagenMaandenMin < 0 || dagenMaandenMax < dagenMaandenMin || dagenJarenMin < 0
                || dagenJarenMax < dagenJarenMin) {
            throw new IllegalArgumentException("Onmogelijk gedrag");
        }
    }

    /** As arguments for the child process: {@code --gedrag.naam=waarde}. */
    List<String> alsArgumenten() {
        List<String> argumenten = new ArrayList<>();
        alsMap().forEach((naam, waarde) -> argumenten.add("--gedrag." + naam + "=" + waarde));
        return argumenten;
    }

    Map<String, Object> alsMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("procentTeLaat", procentTeLaat);
        m.put("dagenOpTijdMax", dagenOpTijdMax);
        m.put("dagenTeLaatMin", dagenTeLaatMin);
        m.put("dagenTeLaatMax", dagenTeLaatMax);
        m.put("dagenMaandenMin", dagenMaandenMin);
        m.put("dagenMaandenMax", dagenMaandenMax);
        m.put("dagenJarenMin", dagenJarenMin);
        m.put("dagenJarenMax", dagenJarenMax);
        m.put("procentB1", procentB1);
        m.put("procentZ", procentZ);
        m.put("procentHandhaving", procentHandhaving);
        m.put("procentSchakelt", procentSchakelt);
        m.put("procentWerk", procentWerk);
        m.put("procentOntheffing", procentOntheffing);
        m.put("bron", bron);
        return m;
    }

    /** The child's side of {@link #alsArgumenten()}. */
    static Gedrag uit(Map<String, String> argumenten) {
        return new Gedrag(getal(argumenten, "procentTeLaat"), getal(argumenten, "dagenOpTijdMax"),
                getal(argumenten, "dagenTeLaatMin"), getal(argumenten, "dagenTeLaatMax"),
                getal(argumenten, "dagenMaandenMin"), getal(argumenten, "dagenMaandenMax"),
                getal(argumenten, "dagenJarenMin"), getal(argumenten, "dagenJarenMax"),
                getal(argumenten, "procentB1"), getal(argumenten, "procentZ"),
                getal(argumenten, "procentHandhaving"), getal(argumenten, "procentSchakelt"),
                getal(argumenten, "procentWerk"), getal(argumenten, "procentOntheffing"),
                argumenten.getOrDefault("gedrag.bron", "standaard"));
    }

    private static int getal(Map<String, String> argumenten, String naam) {
        String waarde = argumenten.get("gedrag." + naam);
        if (waarde == null) {
            throw new IllegalArgumentException("Ontbrekend argument gedrag." + naam);
        }
        return Integer.parseInt(waarde.strip().toLowerCase(Locale.ROOT));
    }
}
