package nl.fermwerk.inburgering.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Leerroute;

/**
 * Folds a dossier's events into its state. Pure: the same events give the same state, which is what makes a rebuild
 * and a question "as of a peildatum" possible.
 */
public final class DossierProjectie {

    private DossierProjectie() {
    }

    public static DossierStaat vanGebeurtenissen(List<Gebeurtenis> gebeurtenissen) {
        DossierStaat staat = null;
        for (Gebeurtenis g : gebeurtenissen) {
            staat = pasToe(staat, g);
        }
        return staat;
    }

    public static DossierStaat pasToe(DossierStaat staat, Gebeurtenis g) {
        Map<String, Object> d = g.data();
        DossierStaat nieuw = switch (g.type()) {
            case GebeurtenisTypen.DOSSIER_AANGEMAAKT -> aangemaakt(g.dossierId(), d);
            case GebeurtenisTypen.OVERDRACHT_COA_AFGEROND -> staat.met(Fase.BREDE_INTAKE);
            case GebeurtenisTypen.BREDE_INTAKE_AFGEROND -> staat.met(Fase.PIP);
            case GebeurtenisTypen.PIP_VASTGESTELD, GebeurtenisTypen.PIP_BIJGESTELD -> staat.metPip(
                    d.containsKey("leerroute") ? Leerroute.valueOf((String) d.get("leerroute")) : staat.leerroute(),
                    d.containsKey("pipDatum") && g.type().equals(GebeurtenisTypen.PIP_VASTGESTELD)
                            ? LocalDate.parse((String) d.get("pipDatum")) : staat.pipDatum());
            case GebeurtenisTypen.LEERBAARHEIDSTOETS_AFGENOMEN -> staat.fase() == Fase.WARME_OVERDRACHT
                    ? staat.met(Fase.BREDE_INTAKE) : staat;
            // DUO's ontheffing ends the duty; a move out of the region hands the file over: both lead to afsluiting
            case GebeurtenisTypen.AFSLUITING_GESTART, GebeurtenisTypen.ONTHEFFING_VERLEEND,
                 GebeurtenisTypen.DOSSIER_OVERGEDRAGEN -> staat.met(Fase.AFSLUITING);
            case GebeurtenisTypen.VERHUISD -> d.containsKey("naarGemeente") && isGemeente(d.get("naarGemeente"))
                    ? staat.verhuisd(Gemeente.valueOf((String) d.get("naarGemeente"))) : staat;
            case GebeurtenisTypen.DOSSIER_AFGESLOTEN -> staat.gesloten();
            default -> staat;
        };
        return nieuw == null ? null : nieuw.versie(g.volgnummer());
    }

    private static boolean isGemeente(Object code) {
        for (Gemeente gemeente : Gemeente.values()) {
            if (gemeente.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static DossierStaat aangemaakt(String dossierId, Map<String, Object> d) {
        Doelgroep doelgroep = Doelgroep.valueOf((String) d.get("doelgroep"));
        Gemeente gemeente = Gemeente.valueOf((String) d.get("gemeente"));
        return new DossierStaat(dossierId, (String) d.get("bsn"), (String) d.get("naam"),
                LocalDate.parse((String) d.get("geboortedatum")), doelgroep, gemeente, gemeente.inkoopregio(),
                Boolean.TRUE.equals(d.get("uitkering")), LocalDate.parse((String) d.get("datumKoppeling")),
                doelgroep.viaCoa() ? Fase.WARME_OVERDRACHT : Fase.BREDE_INTAKE, true, null, null, 1);
    }
}
