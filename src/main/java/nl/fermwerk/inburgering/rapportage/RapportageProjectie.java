package nl.fermwerk.inburgering.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Fase;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;

/**
 * Folds a dossier's events (the vocabulary of docs/gebeurtenissen.md) into a {@link DossierRegel}. Pure: the same
 * events give the same regel, so the stored projection, a rebuild and a replay "as of" a peildatum always agree.
 * A date that an event does not carry falls back to the event's business time (its day in Europe/Amsterdam).
 */
public final class RapportageProjectie {

    private final RapportageTermijnen termijnen;
    private Opbouw o;

    public RapportageProjectie(RapportageTermijnen termijnen) {
        this.termijnen = termijnen;
    }

    /** Folds one dossier's events in order; null when the stream is not a dossier (e.g. a CBS delivery stream). */
    public static DossierRegel vouw(List<Gebeurtenis> gebeurtenissen, RapportageTermijnen termijnen) {
        RapportageProjectie p = new RapportageProjectie(termijnen);
        gebeurtenissen.forEach(p::pasToe);
        return p.regel();
    }

    public void begin() {
        o = null;
    }

    public DossierRegel regel() {
        return o == null ? null : o.regel();
    }

    public void pasToe(Gebeurtenis g) {
        Map<String, Object> d = g.data();
        if (o == null) {
            if ("DossierAangemaakt".equals(g.type())) {
                o = aangemaakt(g, d);
            }
            return;
        }
        o.versie = g.volgnummer();
        switch (g.type()) {
            case "OverdrachtCoaAfgerond" -> {
                o.datumOverdracht = datum(g, "datumOverdracht");
                naarFase(Fase.BREDE_INTAKE);
            }
            case "IngeschrevenInGemeente" -> o.datumInschrijving = datum(g, "datumInschrijving");
            case "LeerbaarheidstoetsAfgenomen" -> o.datumToets = datum(g, "datumToets");
            case "BredeIntakeAfgerond" -> {
                o.datumBredeIntake = datum(g, "datumBredeIntake");
                naarFase(Fase.PIP);
            }
            case "PipVastgesteld" -> {
                o.leerroute = tekst(d, "leerroute", o.leerroute);
                // Later PIP changes never restart the inburgeringstermijn
                if (o.pipDatum == null) {
                    o.pipDatum = datum(g, "pipDatum");
                    o.eindeTermijn = termijnen.eindeTermijn(o.pipDatum);
                }
                naarFase(Fase.UITVOERING);
            }
            case "PipBijgesteld" -> o.leerroute = tekst(d, "leerroute", o.leerroute);
            case "LeerrouteGestart" -> o.datumStartLeerroute = datum(g, "datumStart");
            case "PvtAfgerond" -> o.datumPvt = datum(g, "datumPvt");
            case "MapAfgerond" -> {
                o.datumMap = datum(g, "datumMap");
                o.praktijkUren = o.praktijkUren.add(getal(d, "praktijkUren"));
            }
            case "ToeleidingWerkAfgerond" -> o.uitstroomWerk = Boolean.TRUE.equals(d.get("uitstroomWerk"))
                    || "true".equals(d.get("uitstroomWerk"));
            case "ParticipatieUrenGeregistreerd" ->
                    o.participatieUren = o.participatieUren.add(getal(d, "participatieUren"));
            case "VoortgangsgesprekGevoerd" -> o.aantalVoortgangsgesprekken++;
            case "BoeteOpgelegd" -> {
                if (!"GEEN".equals(d.get("boeteArtikel"))) {
                    o.aantalBoetes++;
                    o.boeteBedrag = o.boeteBedrag.add(getal(d, "boeteBedrag"));
                }
            }
            case "TermijnOverschreden" -> o.openTermijnen.add(tekst(d, "termijn", "ONBEKEND"));
            case "TermijnBewakingAfgehandeld" -> {
                String termijn = tekst(d, "termijn", null);
                if (termijn == null || !o.openTermijnen.remove(termijn)) {
                    // An escalation without a named term closes the oldest one
                    if (!o.openTermijnen.isEmpty() && termijn == null) {
                        o.openTermijnen.remove(0);
                    }
                }
            }
            case "OntheffingVerleend" -> o.datumOntheffing = datum(g, "datumOntheffing");
            case "Verhuisd" -> {
                String naar = tekst(d, "naarGemeente", null);
                if (isGemeente(naar)) {
                    o.gemeente = naar;
                }
            }
            case "AfsluitingGestart" -> naarFase(Fase.AFSLUITING);
            case "DossierAfgesloten" -> {
                o.fase = Fase.AFGESLOTEN;
                o.actief = false;
                o.resultaat = tekst(d, "resultaat", null);
                o.datumAfsluiting = dag(g);
            }
            default -> {
                // Events without reporting value (VrijwilligerVoorgesteld, ...) only move the version
            }
        }
    }

    private void naarFase(Fase fase) {
        // Phases only move forward: a late event of an earlier onderdeel does not put a dossier back
        if (o.fase != Fase.AFGESLOTEN && fase.ordinal() > o.fase.ordinal()) {
            o.fase = fase;
        }
    }

    private Opbouw aangemaakt(Gebeurtenis g, Map<String, Object> d) {
        Opbouw n = new Opbouw();
        n.dossierId = g.dossierId();
        n.bsn = tekst(d, "bsn", "");
        n.naam = tekst(d, "naam", "");
        n.geboortedatum = d.get("geboortedatum") == null ? null : datum(g, "geboortedatum");
        n.doelgroep = tekst(d, "doelgroep", "ONBEKEND");
        n.gemeente = tekst(d, "gemeente", "");
        n.uitkering = Boolean.TRUE.equals(d.get("uitkering"));
        n.datumKoppeling = datum(g, "datumKoppeling");
        n.fase = viaCoa(n.doelgroep) ? Fase.WARME_OVERDRACHT : Fase.BREDE_INTAKE;
        n.versie = g.volgnummer();
        return n;
    }

    /** Asielstatushouders and nareizigers come through COA; an unknown code is treated as not. */
    static boolean viaCoa(String doelgroep) {
        for (Doelgroep g : Doelgroep.values()) {
            if (g.name().equals(doelgroep)) {
                return g.viaCoa();
            }
        }
        return false;
    }

    private static boolean isGemeente(String code) {
        for (Gemeente gemeente : Gemeente.values()) {
            if (gemeente.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static String tekst(Map<String, Object> d, String sleutel, String standaard) {
        Object waarde = d.get(sleutel);
        return waarde == null ? standaard : waarde.toString();
    }

    static BigDecimal getal(Map<String, Object> d, String sleutel) {
        Object waarde = d.get(sleutel);
        if (waarde == null) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(waarde.toString());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    static LocalDate datum(Gebeurtenis g, String sleutel) {
        Object waarde = g.data().get(sleutel);
        if (waarde instanceof String tekst && tekst.length() >= 10) {
            LocalDate datum = isoDatum(tekst);
            return datum != null ? datum : dag(g);
        }
        return dag(g);
    }

    /** jjjj-mm-dd by hand: a rebuild parses hundreds of thousands of dates, DateTimeFormatter is the slow part. */
    static LocalDate isoDatum(String tekst) {
        if (tekst.charAt(4) != '-' || tekst.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(tekst, 0, 4, 10), Integer.parseInt(tekst, 5, 7, 10),
                    Integer.parseInt(tekst, 8, 10, 10));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    static LocalDate dag(Gebeurtenis g) {
        return LocalDate.ofInstant(g.tijdstip(), Klok.ZONE);
    }

    static BigDecimal bedrag(BigDecimal waarde) {
        return waarde.setScale(2, RoundingMode.HALF_UP);
    }

    /** The mutable state during a fold; a regel is its immutable snapshot. */
    private static final class Opbouw {
        String dossierId;
        String bsn;
        String naam;
        LocalDate geboortedatum;
        String doelgroep;
        String gemeente;
        boolean uitkering;
        Fase fase;
        boolean actief = true;
        String leerroute;
        LocalDate datumKoppeling;
        LocalDate datumOverdracht;
        LocalDate datumInschrijving;
        LocalDate datumToets;
        LocalDate datumBredeIntake;
        LocalDate pipDatum;
        LocalDate datumStartLeerroute;
        LocalDate datumPvt;
        LocalDate datumMap;
        LocalDate eindeTermijn;
        BigDecimal praktijkUren = BigDecimal.ZERO;
        BigDecimal participatieUren = BigDecimal.ZERO;
        int aantalBoetes;
        BigDecimal boeteBedrag = BigDecimal.ZERO;
        List<String> openTermijnen = new ArrayList<>();
        int aantalVoortgangsgesprekken;
        Boolean uitstroomWerk;
        LocalDate datumOntheffing;
        LocalDate datumAfsluiting;
        String resultaat;
        int versie;

        DossierRegel regel() {
            List<String> open = new ArrayList<>(openTermijnen);
            open.sort(null);
            return new DossierRegel(dossierId, bsn, naam, geboortedatum, doelgroep, gemeente, uitkering, fase.name(),
                    actief, leerroute, datumKoppeling, datumOverdracht, datumInschrijving, datumToets, datumBredeIntake,
                    pipDatum, datumStartLeerroute, datumPvt, datumMap, eindeTermijn, bedrag(praktijkUren),
                    bedrag(participatieUren), aantalBoetes, bedrag(boeteBedrag), List.copyOf(open),
                    aantalVoortgangsgesprekken, uitstroomWerk, datumOntheffing, datumAfsluiting, resultaat, versie);
        }
    }
}
