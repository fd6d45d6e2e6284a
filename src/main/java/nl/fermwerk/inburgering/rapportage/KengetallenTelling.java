package nl.fermwerk.inburgering.rapportage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Fase;

/**
 * The counts behind {@link Kengetallen}, for one group of dossiers as of a peildatum. Two sources fill it and may be
 * added up: a dossier row counted here in Java ({@link #tel}), or the sums that the database counted for many rows at
 * once ({@link RapportageDossiers#tel}). Both follow docs/rapportages.md ("Definities van de kengetallen"); the
 * definitions in Java are the ones in {@link #tel}, the SQL mirrors them. The days to the brede intake are kept as a
 * histogram (days: number of dossiers), enough for an exact median and as small as the number of distinct values.
 */
final class KengetallenTelling {

    /** Counts one share: a dossier in the noemer, and whether it is in the teller too. */
    static final class Teller {
        int teller;
        int noemer;

        void tel(boolean inNoemer, boolean inTeller) {
            if (inNoemer) {
                noemer++;
                teller += inTeller ? 1 : 0;
            }
        }

        void voegToe(int teller, int noemer) {
            this.teller += teller;
            this.noemer += noemer;
        }

        Kengetallen.Aandeel aandeel() {
            return Kengetallen.Aandeel.van(teller, noemer);
        }
    }

    int aantal;
    int actief;
    final Map<String, Integer> perFase = new LinkedHashMap<>();
    final Map<String, Integer> leerroutes = new LinkedHashMap<>();
    final Teller pip = new Teller();
    final Teller pvt = new Teller();
    final Teller map = new Teller();
    final Teller intake = new Teller();
    final Teller werk = new Teller();
    int escalaties;
    int metEscalatie;
    int boetes;
    BigDecimal bedrag = BigDecimal.ZERO;
    final TreeMap<Long, Integer> dagenTotIntake = new TreeMap<>();

    KengetallenTelling() {
        for (Fase fase : Fase.values()) {
            if (fase != Fase.AFGESLOTEN) {
                perFase.put(fase.name(), 0);
            }
        }
        for (Leerroute route : Leerroute.values()) {
            leerroutes.put(route.name(), 0);
        }
        leerroutes.put("NOG_GEEN", 0);
    }

    /** Counts one dossier against the table {@code termijnen} as fixed in {@code vast}. */
    void tel(DossierRegel d, LocalDate peildatum, RapportageTermijnen vast) {
        aantal++;
        if (d.actief()) {
            telActief(d.fase(), d.leerroute(), 1);
        }
        pip.tel(pipTermijnVoorbij(d, peildatum, vast), opTijd(d.pipDatum(), vast.uiterlijkPip(d)));
        if (d.pipDatum() != null) {
            LocalDate pvtUiterlijk = vast.uiterlijkPvt(d);
            pvt.tel(telt(d.datumPvt(), pvtUiterlijk, d, peildatum),
                    voldaan(d.resultaatPvt()) && opTijd(d.datumPvt(), pvtUiterlijk));
            if (d.mapVanToepassing()) {
                LocalDate mapUiterlijk = vast.uiterlijkMap(d);
                map.tel(telt(d.datumMap(), mapUiterlijk, d, peildatum),
                        voldaan(d.resultaatMap()) && opTijd(d.datumMap(), mapUiterlijk));
            }
        }
        LocalDate startPlicht = vast.startPlicht(d);
        boolean plichtGestart = !startPlicht.isAfter(peildatum);
        LocalDate startIntake = d.datumStartBredeIntake();
        boolean intakeGestart = startIntake != null && !startIntake.isAfter(peildatum);
        intake.tel(plichtGestart, intakeGestart);
        if (plichtGestart && intakeGestart) {
            telDagen(Math.max(0, ChronoUnit.DAYS.between(startPlicht, startIntake)), 1);
        }
        werk.tel(plichtGestart, d.datumStartWerk() != null && !d.datumStartWerk().isAfter(peildatum));
        escalaties += d.openTermijnen().size();
        metEscalatie += d.heeftOpenEscalatie() ? 1 : 0;
        boetes += d.aantalBoetes();
        bedrag = bedrag.add(d.boeteBedrag());
    }

    /** Active dossiers of one fase and leerroute (null: no leerroute yet). */
    void telActief(String fase, String leerroute, int aantalDossiers) {
        actief += aantalDossiers;
        perFase.merge(fase, aantalDossiers, Integer::sum);
        leerroutes.merge(leerroute == null ? "NOG_GEEN" : leerroute, aantalDossiers, Integer::sum);
    }

    void telDagen(long dagen, int aantalDossiers) {
        dagenTotIntake.merge(dagen, aantalDossiers, Integer::sum);
    }

    /** Adds another group's counts to these (a gemeente's to the total). */
    void voegToe(KengetallenTelling ander) {
        aantal += ander.aantal;
        actief += ander.actief;
        ander.perFase.forEach((fase, n) -> perFase.merge(fase, n, Integer::sum));
        ander.leerroutes.forEach((route, n) -> leerroutes.merge(route, n, Integer::sum));
        pip.voegToe(ander.pip.teller, ander.pip.noemer);
        pvt.voegToe(ander.pvt.teller, ander.pvt.noemer);
        map.voegToe(ander.map.teller, ander.map.noemer);
        intake.voegToe(ander.intake.teller, ander.intake.noemer);
        werk.voegToe(ander.werk.teller, ander.werk.noemer);
        escalaties += ander.escalaties;
        metEscalatie += ander.metEscalatie;
        boetes += ander.boetes;
        bedrag = bedrag.add(ander.bedrag);
        ander.dagenTotIntake.forEach(this::telDagen);
    }

    Kengetallen kengetallen() {
        return new Kengetallen(aantal, actief, aantal - actief, new LinkedHashMap<>(perFase),
                new LinkedHashMap<>(leerroutes), pip.aandeel(), pvt.aandeel(), map.aandeel(), escalaties, metEscalatie,
                boetes, DossierRegel.bedrag(bedrag), intake.aandeel(), mediaan(), werk.aandeel(), List.of());
    }

    /** The median of the histogram: the same value {@link Kengetallen#mediaan} gives for the list of days. */
    Double mediaan() {
        long n = 0;
        for (int aantalDossiers : dagenTotIntake.values()) {
            n += aantalDossiers;
        }
        if (n == 0) {
            return null;
        }
        Long onder = null;
        Long boven = null;
        long gezien = 0;
        // the 0-based positions n/2 (odd n) or n/2 - 1 and n/2 (even n) of the sorted days
        long positieOnder = n % 2 == 1 ? n / 2 : n / 2 - 1;
        long positieBoven = n / 2;
        for (Map.Entry<Long, Integer> e : dagenTotIntake.entrySet()) {
            long tot = gezien + e.getValue();
            if (onder == null && positieOnder < tot) {
                onder = e.getKey();
            }
            if (positieBoven < tot) {
                boven = e.getKey();
                break;
            }
            gezien = tot;
        }
        return n % 2 == 1 ? boven.doubleValue() : (onder + boven) / 2.0;
    }

    /**
     * In the noemer of "PIP binnen de termijn": the PIP term ended by the peildatum (its last day included); not when
     * the duty ended (ontheffing, move out, afsluiting) within the term and no PIP came.
     */
    private static boolean pipTermijnVoorbij(DossierRegel d, LocalDate peildatum, RapportageTermijnen termijnen) {
        LocalDate uiterlijk = termijnen.uiterlijkPip(d);
        // An asielstatushouder's PIP term starts at the BRP inschrijving: before that no PIP term runs
        if (uiterlijk == null || uiterlijk.isAfter(peildatum)) {
            return false;
        }
        LocalDate ingetrokken = d.ingetrokkenOp();
        return d.pipDatum() != null || ingetrokken == null || ingetrokken.isAfter(uiterlijk);
    }

    /** In the noemer of PVT/MAP on time: done, or its term ended by the peildatum while it was not withdrawn. */
    private static boolean telt(LocalDate gedaan, LocalDate uiterlijk, DossierRegel d, LocalDate peildatum) {
        if (gedaan != null) {
            return true;
        }
        return !uiterlijk.isAfter(peildatum) && d.ingetrokkenOp() == null;
    }

    private static boolean opTijd(LocalDate gedaan, LocalDate uiterlijk) {
        // No deadline: the term never started, so the dossier is in no noemer and nothing is on time
        return gedaan != null && uiterlijk != null && !gedaan.isAfter(uiterlijk);
    }

    /** A PVT or MAP counts as done on time only when it was fulfilled (not: ended as NIET_VOLDAAN). */
    private static boolean voldaan(String resultaat) {
        return resultaat == null || Dossierverloop.VOLDAAN.equals(resultaat);
    }
}
