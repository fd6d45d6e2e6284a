package nl.fermwerk.inburgering.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import nl.fermwerk.inburgering.basis.Labels;

/**
 * The history of a dossier as readable Dutch for the people who work it: one sentence rule per kind of fact
 * ({@link Feit.Regels}, so a new event type without a sentence does not compile), in the words of
 * {@link Labels}. "12-03-2026 – PIP vastgesteld door casusregisseur: B1-route": the day the fact is about, what
 * happened, who recorded it and the decisive detail. Never the BSN or the date of birth.
 */
public final class Verloopzinnen implements Feit.Regels<Verloopzinnen.Zin> {

    /** What happened and, when the fact carries one, its decisive detail (empty: none). */
    public record Zin(String wat, String detail) {
    }

    private static final Verloopzinnen REGELS = new Verloopzinnen();

    private Verloopzinnen() {
    }

    /** The whole sentence of one stored event. */
    public static String zin(Gebeurtenis g) {
        Zin zin = g.feit().volgens(REGELS);
        String door = g.actor() == null || g.actor().isBlank() ? "systeem" : g.actor();
        return Labels.datum(g.datum()) + " – " + zin.wat() + " door " + door
                + (zin.detail().isEmpty() ? "" : ": " + zin.detail());
    }

    /** What happened, without date and actor (for a picture's tooltip). */
    public static String wat(Feit feit) {
        return feit.volgens(REGELS).wat();
    }

    private static Zin zin(String wat) {
        return new Zin(wat, "");
    }

    private static Zin zin(String wat, String detail) {
        return new Zin(wat, detail == null ? "" : detail);
    }

    private static String uren(BigDecimal uren) {
        return uren == null ? "" : uren.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " uur";
    }

    private static String bedrag(BigDecimal bedrag) {
        return bedrag == null ? "" : "€ " + bedrag.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    @Override
    public Zin dossierAangemaakt(Feit.DossierAangemaakt f) {
        return zin("Dossier geopend (koppeling)", Labels.label("doelgroep", f.doelgroep()) + ", "
                + Labels.label("gemeente", f.gemeente()) + (f.uitkering() ? ", met uitkering" : ""));
    }

    @Override
    public Zin overdrachtCoaAfgerond(Feit.OverdrachtCoaAfgerond f) {
        return zin("Warme overdracht COA afgerond");
    }

    @Override
    public Zin vrijwilligerVoorgesteld(Feit.VrijwilligerVoorgesteld f) {
        return zin("Vrijwilliger voorgesteld");
    }

    @Override
    public Zin regeldagGehouden(Feit.RegeldagGehouden f) {
        return zin("Regeldag gehouden");
    }

    @Override
    public Zin ingeschrevenInGemeente(Feit.IngeschrevenInGemeente f) {
        return zin("Ingeschreven in de gemeente");
    }

    @Override
    public Zin bijstandAangevraagd(Feit.BijstandAangevraagd f) {
        return zin("Bijstand aangevraagd");
    }

    @Override
    public Zin budgetbeheerIngesteld(Feit.BudgetbeheerIngesteld f) {
        return zin("Budgetbeheer ingesteld");
    }

    @Override
    public Zin ontzorgenGeevalueerd(Feit.OntzorgenGeevalueerd f) {
        return zin("Ontzorgen geëvalueerd", Labels.label("conclusieOntzorgen", f.conclusieOntzorgen()));
    }

    @Override
    public Zin maatschappelijkeBegeleidingAfgerond(Feit.MaatschappelijkeBegeleidingAfgerond f) {
        return zin("Maatschappelijke begeleiding afgerond");
    }

    @Override
    public Zin financieleZelfredzaamheidAfgerond(Feit.FinancieleZelfredzaamheidAfgerond f) {
        return zin("Financiële zelfredzaamheid afgerond");
    }

    @Override
    public Zin leerbaarheidstoetsAfgenomen(Feit.LeerbaarheidstoetsAfgenomen f) {
        return zin("Leerbaarheidstoets afgenomen");
    }

    @Override
    public Zin bredeIntakeAfgerond(Feit.BredeIntakeAfgerond f) {
        return zin("Brede intake afgerond");
    }

    @Override
    public Zin pipVastgesteld(Feit.PipVastgesteld f) {
        return zin("PIP vastgesteld", Labels.label("leerroute", f.leerroute()));
    }

    @Override
    public Zin leerrouteGestart(Feit.LeerrouteGestart f) {
        return zin("Leerroute gestart");
    }

    @Override
    public Zin taalvrijwilligerIngezet(Feit.TaalvrijwilligerIngezet f) {
        return zin("Taalvrijwilliger ingezet");
    }

    @Override
    public Zin pvtAfgerond(Feit.PvtAfgerond f) {
        return zin("Participatieverklaringstraject (PVT) afgerond");
    }

    @Override
    public Zin mapAfgerond(Feit.MapAfgerond f) {
        return zin("Module Arbeidsmarkt en Participatie (MAP) afgerond", uren(f.praktijkUren()) + " praktijk");
    }

    @Override
    public Zin toeleidingWerkAfgerond(Feit.ToeleidingWerkAfgerond f) {
        return zin("Toeleiding naar werk afgerond", f.uitstroomWerk() ? "uitgestroomd naar werk" : "geen werk");
    }

    @Override
    public Zin participatieUrenGeregistreerd(Feit.ParticipatieUrenGeregistreerd f) {
        return zin("Participatie-uren Z-route geregistreerd", uren(f.participatieUren()));
    }

    @Override
    public Zin taalschakeltrajectAfgerond(Feit.TaalschakeltrajectAfgerond f) {
        return zin("Taalschakeltraject afgerond");
    }

    @Override
    public Zin voortgangsgesprekGevoerd(Feit.VoortgangsgesprekGevoerd f) {
        return zin("Voortgangsgesprek gevoerd", Labels.label("uitkomst", f.uitkomst()));
    }

    @Override
    public Zin pipBijgesteld(Feit.PipBijgesteld f) {
        return zin("PIP bijgesteld", Labels.label("leerroute", f.leerroute()));
    }

    @Override
    public Zin boeteOpgelegd(Feit.BoeteOpgelegd f) {
        return f.isBoete() ? zin("Boete opgelegd", Labels.label("boeteArtikel", f.boeteArtikel()) + ", "
                + bedrag(f.boeteBedrag())) : zin("Besloten geen boete op te leggen");
    }

    @Override
    public Zin termijnOverschreden(Feit.TermijnOverschreden f) {
        return zin("Termijn overschreden", Labels.termijn(f.termijn()));
    }

    @Override
    public Zin termijnBewakingAfgehandeld(Feit.TermijnBewakingAfgehandeld f) {
        return zin("Overschreden termijn afgehandeld", Labels.termijn(f.termijn()) + " – "
                + Labels.label("actie", f.actie()));
    }

    @Override
    public Zin ontheffingVerleend(Feit.OntheffingVerleend f) {
        return zin("Ontheffing verleend (DUO)");
    }

    @Override
    public Zin verhuisd(Feit.Verhuisd f) {
        return zin("Verhuisd", "van " + Labels.label("gemeente", f.vanGemeente()) + " naar "
                + Labels.label("naarGemeente", f.naarGemeente()));
    }

    @Override
    public Zin dossierOvergedragen(Feit.DossierOvergedragen f) {
        return zin("Dossier overgedragen aan de nieuwe gemeente");
    }

    @Override
    public Zin afsluitingGestart(Feit.AfsluitingGestart f) {
        return zin("Afsluiting gestart");
    }

    @Override
    public Zin dossierAfgesloten(Feit.DossierAfgesloten f) {
        return zin("Dossier afgesloten", Labels.resultaat(f.resultaat()));
    }

    @Override
    public Zin cbsLeveringGeregistreerd(Feit.CbsLeveringGeregistreerd f) {
        return zin("CBS-levering geregistreerd", f.jaar() + " kwartaal " + f.kwartaal());
    }

    /** A type this version does not know: its name and data as stored, so nothing is hidden (never the BSN). */
    @Override
    public Zin termijnVervallen(Feit.TermijnVervallen f) {
        return zin("Termijn vervallen", Labels.termijn(f.termijn()) + " – " + Labels.label("gebeurtenis", f.reden()));
    }

    @Override
    public Zin termijnVerlengd(Feit.TermijnVerlengd f) {
        return zin("Termijn verlengd door DUO", Labels.termijn(f.termijn()) + " tot " + Labels.datum(f.tot())
                + (f.reden() == null ? "" : " (" + f.reden() + ")"));
    }

    @Override
    public Zin termijnHerberekend(Feit.TermijnHerberekend f) {
        return zin("Termijn herberekend na een nieuwe termijnentabel", Labels.termijn(f.termijn()) + ": "
                + Labels.datum(f.oud()) + " wordt " + Labels.datum(f.nieuw()));
    }

    @Override
    public Zin examenuitslagGeregistreerd(Feit.ExamenuitslagGeregistreerd f) {
        return zin("Examenuitslag geregistreerd", "niveau " + f.examenniveau() + ", examen "
                + (f.examenBehaald() ? "behaald" : "niet behaald") + ", KNM " + (f.knmBehaald() ? "behaald" : "niet behaald"));
    }

    @Override
    public Zin eindgesprekGevoerd(Feit.EindgesprekGevoerd f) {
        return zin("Eindgesprek Z-route gevoerd");
    }

    @Override
    public Zin knmAfgerond(Feit.KnmAfgerond f) {
        return zin("Kennis van de Nederlandse Maatschappij (KNM) afgerond");
    }

    @Override
    public Zin alfabetiseringAfgerond(Feit.AlfabetiseringAfgerond f) {
        return zin("Alfabetisering afgerond");
    }

    @Override
    public Zin budgetcoachingIngezet(Feit.BudgetcoachingIngezet f) {
        return zin("Budgetcoaching ingezet");
    }

    @Override
    public Zin sociaalTeamIngezet(Feit.SociaalTeamIngezet f) {
        return zin("Sociaal team / WMO ingezet", Labels.label("voorziening", f.voorziening()));
    }

    @Override
    public Zin casuistiekoverlegGehouden(Feit.CasuistiekoverlegGehouden f) {
        return zin("Casuïstiekoverleg gehouden");
    }

    @Override
    public Zin onderdeelVervallen(Feit.OnderdeelVervallen f) {
        return zin("Onderdeel vervallen", Labels.onderdeel(f.onderdeelcode()) + " – " + f.reden());
    }

    @Override
    public Zin vrijstellingVerleend(Feit.VrijstellingVerleend f) {
        return zin("Vrijstelling verleend (DUO)");
    }

    @Override
    public Zin handhavingGestart(Feit.HandhavingGestart f) {
        return zin("Handhaving gestart", Labels.label("grond", f.grond()));
    }

    @Override
    public Zin voornemenVerzonden(Feit.VoornemenVerzonden f) {
        return zin("Voornemen tot handhaving verzonden", Labels.label("boeteArtikel", f.boeteArtikel())
                + ", zienswijze tot " + Labels.datum(f.zienswijzeTot()));
    }

    @Override
    public Zin zienswijzeOntvangen(Feit.ZienswijzeOntvangen f) {
        return zin(f.zienswijzeGegeven() ? "Zienswijze ontvangen" : "Geen zienswijze gegeven");
    }

    @Override
    public Zin handhavingsbesluitGenomen(Feit.HandhavingsbesluitGenomen f) {
        return zin("Handhavingsbesluit genomen", Labels.label("besluit", f.besluit())
                + (f.boeteBedrag() == null || f.boeteBedrag().signum() == 0 ? "" : ", " + bedrag(f.boeteBedrag())));
    }

    @Override
    public Zin duoRegistratieGedaan(Feit.DuoRegistratieGedaan f) {
        return zin("Geregistreerd in DUO's Portaal Inburgering", f.item());
    }

    @Override
    public Zin onbekend(Feit.Onbekend f) {
        Map<String, Object> data = new TreeMap<>(f.data());
        data.remove("bsn");
        data.remove("geboortedatum");
        return zin("Gebeurtenis " + f.type(), data.toString());
    }
}
