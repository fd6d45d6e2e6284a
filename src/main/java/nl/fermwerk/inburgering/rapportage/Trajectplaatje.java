package nl.fermwerk.inburgering.rapportage;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.fermwerk.inburgering.basis.Labels;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Verloopzinnen;

/**
 * Draws a dossier's three-year trajectory as SVG, after the quarter schema of the uitvoeringsplan: one row per
 * onderdeel, one column per quarter from the koppeling, the planned window as a bar, what happened as dots, a
 * "vandaag" line, and everything overdue in red.
 */
public final class Trajectplaatje {

    static final int LABEL = 270;
    static final int KOLOM = 66;
    static final int RIJ = 28;
    static final int KOP = 46;

    /** One row: its planned window (may be empty) and the events that count as "it happened". */
    record Rij(String code, String label, List<LocalDate[]> gepland, Set<Class<? extends Feit>> gebeurtenissen) {
    }

    private final RapportageTermijnen termijnen;

    public Trajectplaatje(RapportageTermijnen termijnen) {
        this.termijnen = termijnen;
    }

    List<Rij> rijen(DossierRegel d) {
        LocalDate k = d.datumKoppeling();
        LocalDate pipUiterlijk = geplandePip(d);
        LocalDate p = d.pipDatum() != null ? d.pipDatum() : pipUiterlijk;
        LocalDate einde = d.eindeTermijn() != null ? d.eindeTermijn()
                : termijnen.vervaldatum(RapportageTermijnen.INBURGERINGSTERMIJN, d.doelgroep(), p);
        boolean coa = d.viaCoa();
        List<Rij> rijen = new ArrayList<>();
        rijen.add(new Rij("KOPPELING", "Koppeling aan gemeente", venster(k, k), Set.of(Feit.DossierAangemaakt.class)));
        if (coa) {
            rijen.add(new Rij("WARME_OVERDRACHT", "Overdracht COA → Ferm Werk", venster(k, k.plusMonths(1)),
                    Set.of(Feit.OverdrachtCoaAfgerond.class)));
            rijen.add(new Rij("HUISVESTING", "Regeldag en inschrijving gemeente", venster(k, k.plusWeeks(12)),
                    Set.of(Feit.RegeldagGehouden.class, Feit.IngeschrevenInGemeente.class)));
        }
        if (d.uitkering()) {
            rijen.add(new Rij("FINANCIELE_ONTZORGING", "Bijstand, budgetbeheer, ontzorgen", venster(k, k.plusMonths(6)),
                    Set.of(Feit.BijstandAangevraagd.class, Feit.BudgetbeheerIngesteld.class,
                            Feit.OntzorgenGeevalueerd.class)));
        }
        if (coa) {
            rijen.add(new Rij("MAATSCHAPPELIJKE_BEGELEIDING", "Maatschappelijke begeleiding", venster(k, k.plusMonths(12)),
                    Set.of(Feit.VrijwilligerVoorgesteld.class, Feit.MaatschappelijkeBegeleidingAfgerond.class,
                            Feit.FinancieleZelfredzaamheidAfgerond.class)));
        }
        rijen.add(new Rij("BREDE_INTAKE", "Leerbaarheidstoets en brede intake", venster(k, pipUiterlijk),
                Set.of(Feit.LeerbaarheidstoetsAfgenomen.class, Feit.BredeIntakeAfgerond.class)));
        rijen.add(new Rij("PIP", "Opstellen en beschikken PIP", venster(k, pipUiterlijk),
                Set.of(Feit.PipVastgesteld.class)));
        if (coa) {
            rijen.add(new Rij("LEERROUTE", "Start leerroute", venster(p, p.plusMonths(3)),
                    Set.of(Feit.LeerrouteGestart.class, Feit.TaalvrijwilligerIngezet.class)));
        }
        rijen.add(new Rij("PVT", "Participatieverklaringstraject (PVT)", venster(p, termijnen.vervaldatum(RapportageTermijnen.PVT, d.doelgroep(), p)),
                Set.of(Feit.PvtAfgerond.class)));
        if (d.leerroute() == null || d.mapVanToepassing()) {
            rijen.add(new Rij("MAP", "Module Arbeidsmarkt en Participatie", venster(p, termijnen.vervaldatum(RapportageTermijnen.MAP, d.doelgroep(), p)),
                    Set.of(Feit.MapAfgerond.class)));
        }
        rijen.add(new Rij("TOELEIDING_WERK_PARTICIPATIE", "Toeleiding werk / participatie Z-route",
                venster(k.plusMonths(12), einde),
                Set.of(Feit.ToeleidingWerkAfgerond.class, Feit.ParticipatieUrenGeregistreerd.class)));
        List<LocalDate[]> gesprekken = new ArrayList<>();
        Period interval = termijnen.voortgangsgesprek(d.doelgroep());
        for (LocalDate g = p.plus(interval); g.isBefore(einde); g = g.plus(interval)) {
            gesprekken.add(new LocalDate[] {g.minusWeeks(2), g.plusWeeks(2)});
        }
        rijen.add(new Rij("VOORTGANGSGESPREKKEN", "Voortgangsgesprekken", gesprekken,
                Set.of(Feit.VoortgangsgesprekGevoerd.class)));
        rijen.add(new Rij("BIJSTELLING_PIP", "Bijstelling PIP / handhaving", List.of(),
                Set.of(Feit.PipBijgesteld.class, Feit.BoeteOpgelegd.class)));
        rijen.add(new Rij("AFSLUITING", "Eindgesprek / afsluiting", venster(einde.minusMonths(3), einde),
                Set.of(Feit.AfsluitingGestart.class, Feit.DossierAfgesloten.class, Feit.OntheffingVerleend.class)));
        return rijen;
    }

    /**
     * The PIP deadline as the table counts it for this doelgroep; before its start is known (an asielstatushouder not
     * yet ingeschreven) the picture plans it from the koppeling, the earliest it can start.
     */
    private LocalDate geplandePip(DossierRegel d) {
        LocalDate uiterlijk = termijnen.uiterlijkPip(d);
        return uiterlijk != null ? uiterlijk
                : termijnen.vervaldatum(RapportageTermijnen.PIP, d.doelgroep(), d.datumKoppeling());
    }

    private static List<LocalDate[]> venster(LocalDate van, LocalDate tot) {
        List<LocalDate[]> lijst = new ArrayList<>();
        lijst.add(new LocalDate[] {van, tot});
        return lijst;
    }

    public String svg(DossierRegel d, List<Gebeurtenis> gebeurtenissen, LocalDate vandaag) {
        LocalDate k = d.datumKoppeling();
        List<Rij> rijen = rijen(d);
        LocalDate einde = d.eindeTermijn() != null ? d.eindeTermijn()
                : termijnen.vervaldatum(RapportageTermijnen.INBURGERINGSTERMIJN, d.doelgroep(), geplandePip(d));
        int n = 12;
        while (!k.plusMonths(3L * n).isAfter(einde)) {
            n++;
        }
        final int kwartalen = n;
        LocalDate eindeAs = k.plusMonths(3L * kwartalen);
        double dagen = ChronoUnit.DAYS.between(k, eindeAs);
        int breedte = LABEL + KOLOM * kwartalen + 10;
        int hoogte = KOP + RIJ * rijen.size() + 30;
        Schaal x = datum -> LABEL + KOLOM * kwartalen * Math.max(0, Math.min(1, ChronoUnit.DAYS.between(k, datum) / dagen));
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"traject\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" "
                + "aria-label=\"Trajectschema in kwartalen\">", breedte, hoogte, breedte, hoogte));
        for (int q = 0; q < kwartalen; q++) {
            int x0 = LABEL + q * KOLOM;
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                    x0, KOP - 20, KOLOM, RIJ * rijen.size() + 20, (q / 4) % 2 == 0 ? "#f5f7fa" : "#eaeef3"));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" class=\"kwartaal\">"
                    + "J%d K%d</text>", x0 + KOLOM / 2, KOP - 6, q / 4 + 1, q % 4 + 1));
            if (q % 4 == 0) {
                s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" font-weight=\"bold\">Jaar %d</text>",
                        x0 + 4, q / 4 + 1));
            }
        }
        for (int i = 0; i < rijen.size(); i++) {
            Rij rij = rijen.get(i);
            int y = KOP + i * RIJ;
            List<Gebeurtenis> gebeurd = gebeurtenissen.stream()
                    .filter(g -> rij.gebeurtenissen().contains(g.feit().getClass())).toList();
            s.append(String.format(Locale.ROOT, "<g class=\"onderdeel\" data-onderdeel=\"%s\">", rij.code()));
            s.append(String.format(Locale.ROOT, "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#d0d5dc\"/>",
                    y + RIJ, breedte, y + RIJ));
            s.append(String.format(Locale.ROOT, "<text x=\"6\" y=\"%d\">%s</text>", y + 18, Html.escape(rij.label())));
            for (LocalDate[] venster : rij.gepland()) {
                // Overdue: the window has passed in an open dossier and nothing happened (near it, for repeated ones)
                boolean verlopen = d.actief() && venster[1].isBefore(vandaag) && (rij.gepland().size() == 1
                        ? gebeurd.isEmpty()
                        : gebeurd.stream().map(Gebeurtenis::datum).noneMatch(
                                dag -> !dag.isBefore(venster[0].minusMonths(2)) && !dag.isAfter(venster[1].plusMonths(2))));
                double x1 = x.van(venster[0]);
                double x2 = Math.max(x.van(venster[1]), x1 + 4);
                s.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"12\" "
                                + "rx=\"3\" fill=\"%s\"><title>Gepland %s t/m %s%s</title></rect>",
                        verlopen ? "gepland verlopen" : "gepland", x1, y + 8, x2 - x1, verlopen ? "#e53935" : "#90caf9",
                        Labels.datum(venster[0]), Labels.datum(venster[1]), verlopen ? " (termijn verstreken)" : ""));
            }
            for (Gebeurtenis g : gebeurd) {
                LocalDate dag = g.datum();
                boolean teLaat = rij.gepland().size() == 1 && dag.isAfter(rij.gepland().get(0)[1]);
                s.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"%s\" "
                                + "stroke=\"#fff\"><title>%s op %s</title></circle>", teLaat ? "gebeurd te-laat" : "gebeurd",
                        x.van(dag), y + 14, teLaat ? "#c62828" : "#2e7d32", Html.escape(Verloopzinnen.wat(g.feit())), Labels.datum(dag)));
            }
            s.append("</g>");
        }
        int yOnder = KOP + RIJ * rijen.size();
        for (Gebeurtenis g : gebeurtenissen) {
            if (g.feit() instanceof Feit.TermijnOverschreden overschreden) {
                LocalDate dag = g.datum();
                double xm = x.van(dag);
                s.append(String.format(Locale.ROOT, "<path class=\"termijn-overschreden\" d=\"M%.1f %d l6 10 l-12 0 z\" "
                                + "fill=\"#e53935\"><title>Termijn %s overschreden op %s</title></path>", xm, yOnder + 2,
                        Html.escape(Labels.termijn(overschreden.termijn())), Labels.datum(dag)));
            }
        }
        if (!vandaag.isBefore(k) && vandaag.isBefore(eindeAs)) {
            double xv = x.van(vandaag);
            s.append(String.format(Locale.ROOT, "<line id=\"vandaag\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                    + "stroke=\"#6a1b9a\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>", xv, KOP - 24, xv, yOnder + 14));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#6a1b9a\" text-anchor=\"middle\">"
                    + "vandaag %s</text>", xv, yOnder + 26, Labels.datum(vandaag)));
        }
        s.append("</svg>");
        return s.toString();
    }

    private interface Schaal {
        double van(LocalDate datum);
    }
}
