package nl.fermwerk.inburgering.simulatie;

import java.time.LocalDate;
import java.util.Random;
import java.util.function.IntFunction;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.dossier.NieuwDossier;

/**
 * One generated inburgeraar of the demo's caseload, the draw {@code watals.Naspeling} (demo and replay) and the scale
 * dataset share: the same stream per
 * dossier (seed and number), the same draws in the same order (doelgroep, gemeente, uitkering, koppeling, BSN,
 * geboortedatum, leerroute and profile), the instroom spread evenly over {@code instroomDagen} from {@code vanaf}. So a
 * larger caseload built elsewhere (the scale dataset) has the demo's mix of doelgroep, gemeente, leerroute and
 * uitkering. The stream is handed back, so its owner draws on from where the demo's draws end.
 *
 * @param random the dossier's stream, after the draws above
 */
public record Instroomtrekking(int volgnummer, NieuwDossier nieuw, LocalDate instroom, TaakUitvoerder.Profiel profiel,
                               Random random) {

    /** The shares of leerroute and profile, in percent (the demo's are {@code DemoCaseload.GEDRAG}'s). */
    public record Mix(int procentB1, int procentZ, int procentHandhaving, int procentSchakelt, int procentWerk) {
    }

    public static Instroomtrekking trek(long zaad, int i, int aantal, LocalDate vanaf, int instroomDagen, Mix mix,
                                        IntFunction<String> naam) {
        Random random = new Random(meng(zaad, "dossier-" + i));
        Doelgroep doelgroep = Doelgroep.values()[random.nextInt(10) < 7 ? random.nextInt(2) : 2 + random.nextInt(2)];
        Gemeente gemeente = Gemeente.values()[random.nextInt(Gemeente.values().length)];
        boolean uitkering = doelgroep.viaCoa() || (doelgroep == Doelgroep.OVERIGE_MIGRANT && random.nextBoolean());
        LocalDate instroom = vanaf.plusDays((long) i * instroomDagen / Math.max(1, aantal));
        LocalDate koppeling = instroom.minusDays(random.nextInt(14));
        NieuwDossier nieuw = new NieuwDossier(DemoBsn.volgende(random), naam.apply(i + 1),
                instroom.minusYears(18 + random.nextInt(45)).minusDays(random.nextInt(365)), doelgroep.name(),
                gemeente.name(), koppeling, uitkering);
        int route = random.nextInt(100);
        TaakUitvoerder.Profiel profiel = new TaakUitvoerder.Profiel(route < mix.procentB1() ? "B1"
                : route < mix.procentB1() + mix.procentZ() ? "Z" : "ONDERWIJS",
                random.nextInt(100) < mix.procentHandhaving(), random.nextInt(100) < mix.procentSchakelt(),
                random.nextInt(100) < mix.procentWerk());
        return new Instroomtrekking(i, nieuw, instroom, profiel, random);
    }

    /** The seed of one stream from the caseload's seed and a key: Naspeling's mix, so the streams are the demo's. */
    public static long meng(long zaad, String sleutel) {
        long h = zaad * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < sleutel.length(); i++) {
            h = (h ^ sleutel.charAt(i)) * 0x100000001B3L;
        }
        return h ^ (h >>> 31);
    }
}
