package nl.fermwerk.inburgering.rapportage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Fase;

/**
 * The management figures of one group of dossiers (a gemeente or all), as of a peildatum. Aggregates only: no name,
 * no BSN, no dossier id. As computed here they are exact; {@link StatistischeBeveiliging} makes the version that
 * management and beleid see, in which a figure that would single out a few people is null and named in
 * {@code onderdrukt} (docs/rapportages.md, "Kleine aantallen"). Nulls are written out, also in the maps, so a reader
 * sees every field and every phase or route, hidden or not.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Kengetallen(
        Integer aantalDossiers,
        Integer actief,
        Integer afgesloten,
        @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, Integer> actiefPerFase,
        @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, Integer> leerroutes,
        Aandeel pipBinnenTermijn,
        Aandeel pvtOpTijd,
        Aandeel mapOpTijd,
        Integer openEscalaties,
        Integer dossiersMetOpenEscalatie,
        Integer aantalBoetes,
        BigDecimal boetebedrag,
        Aandeel bredeIntakeGestart,
        Double mediaanDagenStartPlichtBredeIntake,
        Aandeel uitstroomWerk,
        List<String> onderdrukt) {

    /**
     * A share: {@code teller} of {@code noemer}, and the percentage (null when nothing to divide). What each share
     * counts is defined once, in docs/rapportages.md ("Definities van de kengetallen"), and computed here exactly so.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Aandeel(Integer teller, Integer noemer, Double percentage) {
        static Aandeel van(int teller, int noemer) {
            return new Aandeel(teller, noemer, noemer == 0 ? null
                    : BigDecimal.valueOf(teller * 100.0 / noemer).setScale(1, RoundingMode.HALF_UP).doubleValue());
        }
    }

    /** Counts one share: a dossier in the noemer, and whether it is in the teller too. */
    private static final class Teller {
        int teller;
        int noemer;

        void tel(boolean inNoemer, boolean inTeller) {
            if (inNoemer) {
                noemer++;
                teller += inTeller ? 1 : 0;
            }
        }

        Aandeel aandeel() {
            return Aandeel.van(teller, noemer);
        }
    }

    public static Kengetallen bereken(List<DossierRegel> dossiers, LocalDate peildatum, RapportageTermijnen alsNu) {
        RapportageTermijnen termijnen = alsNu.vastgezet();
        Map<String, Integer> perFase = new LinkedHashMap<>();
        for (Fase fase : Fase.values()) {
            if (fase != Fase.AFGESLOTEN) {
                perFase.put(fase.name(), 0);
            }
        }
        Map<String, Integer> leerroutes = new LinkedHashMap<>();
        for (Leerroute route : Leerroute.values()) {
            leerroutes.put(route.name(), 0);
        }
        leerroutes.put("NOG_GEEN", 0);
        int actief = 0;
        Teller pip = new Teller();
        Teller pvt = new Teller();
        Teller map = new Teller();
        Teller intake = new Teller();
        Teller werk = new Teller();
        int escalaties = 0;
        int metEscalatie = 0;
        int boetes = 0;
        BigDecimal bedrag = BigDecimal.ZERO;
        List<Long> dagenTotIntake = new ArrayList<>();
        for (DossierRegel d : dossiers) {
            if (d.actief()) {
                actief++;
                perFase.merge(d.fase(), 1, Integer::sum);
                leerroutes.merge(d.leerroute() == null ? "NOG_GEEN" : d.leerroute(), 1, Integer::sum);
            }
            pip.tel(pipTermijnVoorbij(d, peildatum, termijnen), opTijd(d.pipDatum(), termijnen.uiterlijkPip(d)));
            if (d.pipDatum() != null) {
                LocalDate pvtUiterlijk = termijnen.uiterlijkPvt(d);
                pvt.tel(telt(d.datumPvt(), pvtUiterlijk, d, peildatum),
                        voldaan(d.resultaatPvt()) && opTijd(d.datumPvt(), pvtUiterlijk));
                if (d.mapVanToepassing()) {
                    LocalDate mapUiterlijk = termijnen.uiterlijkMap(d);
                    map.tel(telt(d.datumMap(), mapUiterlijk, d, peildatum),
                            voldaan(d.resultaatMap()) && opTijd(d.datumMap(), mapUiterlijk));
                }
            }
            LocalDate startPlicht = termijnen.startPlicht(d);
            boolean plichtGestart = !startPlicht.isAfter(peildatum);
            LocalDate startIntake = d.datumStartBredeIntake();
            boolean intakeGestart = startIntake != null && !startIntake.isAfter(peildatum);
            intake.tel(plichtGestart, intakeGestart);
            if (plichtGestart && intakeGestart) {
                dagenTotIntake.add(Math.max(0, ChronoUnit.DAYS.between(startPlicht, startIntake)));
            }
            werk.tel(plichtGestart, d.datumStartWerk() != null && !d.datumStartWerk().isAfter(peildatum));
            escalaties += d.openTermijnen().size();
            metEscalatie += d.heeftOpenEscalatie() ? 1 : 0;
            boetes += d.aantalBoetes();
            bedrag = bedrag.add(d.boeteBedrag());
        }
        return new Kengetallen(dossiers.size(), actief, dossiers.size() - actief, perFase, leerroutes, pip.aandeel(),
                pvt.aandeel(), map.aandeel(), escalaties, metEscalatie, boetes, DossierRegel.bedrag(bedrag),
                intake.aandeel(), mediaan(dagenTotIntake), werk.aandeel(), List.of());
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

    static Double mediaan(List<Long> waarden) {
        if (waarden.isEmpty()) {
            return null;
        }
        List<Long> gesorteerd = new ArrayList<>(waarden);
        Collections.sort(gesorteerd);
        int n = gesorteerd.size();
        return n % 2 == 1 ? gesorteerd.get(n / 2).doubleValue() : (gesorteerd.get(n / 2 - 1) + gesorteerd.get(n / 2)) / 2.0;
    }
}
