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
        Double mediaanDagenKoppelingBredeIntake,
        Integer bredeIntakeGestart,
        Integer toeleidingWerkAfgerond,
        Integer uitstroomWerk,
        List<String> onderdrukt) {

    /**
     * A share: {@code teller} of {@code noemer}, and the percentage (null when nothing to divide). For PIP: PIPs set
     * within the PIP term of all PIPs set. For PVT and MAP: done within the term, of those done or whose term passed.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Aandeel(Integer teller, Integer noemer, Double percentage) {
        static Aandeel van(int teller, int noemer) {
            return new Aandeel(teller, noemer, noemer == 0 ? null
                    : BigDecimal.valueOf(teller * 100.0 / noemer).setScale(1, RoundingMode.HALF_UP).doubleValue());
        }
    }

    public static Kengetallen bereken(List<DossierRegel> dossiers, LocalDate peildatum, RapportageTermijnen termijnen) {
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
        int pip = 0;
        int pipOpTijd = 0;
        int pvtNoemer = 0;
        int pvtOpTijd = 0;
        int mapNoemer = 0;
        int mapOpTijd = 0;
        int escalaties = 0;
        int metEscalatie = 0;
        int boetes = 0;
        BigDecimal bedrag = BigDecimal.ZERO;
        List<Long> dagenTotIntake = new ArrayList<>();
        int toeleiding = 0;
        int uitstroom = 0;
        for (DossierRegel d : dossiers) {
            if (d.actief()) {
                actief++;
                perFase.merge(d.fase(), 1, Integer::sum);
                leerroutes.merge(d.leerroute() == null ? "NOG_GEEN" : d.leerroute(), 1, Integer::sum);
            }
            if (d.pipDatum() != null) {
                pip++;
                LocalDate pipUiterlijk = termijnen.uiterlijkPip(d);
                if (pipUiterlijk == null || !d.pipDatum().isAfter(pipUiterlijk)) {
                    pipOpTijd++;
                }
                LocalDate pvtUiterlijk = termijnen.uiterlijkPvt(d);
                if (d.datumPvt() != null) {
                    pvtNoemer++;
                    pvtOpTijd += d.datumPvt().isAfter(pvtUiterlijk) ? 0 : 1;
                } else if (pvtUiterlijk.isBefore(peildatum)) {
                    pvtNoemer++;
                }
                if (d.mapVanToepassing()) {
                    LocalDate mapUiterlijk = termijnen.uiterlijkMap(d);
                    if (d.datumMap() != null) {
                        mapNoemer++;
                        mapOpTijd += d.datumMap().isAfter(mapUiterlijk) ? 0 : 1;
                    } else if (mapUiterlijk.isBefore(peildatum)) {
                        mapNoemer++;
                    }
                }
            }
            escalaties += d.openTermijnen().size();
            metEscalatie += d.heeftOpenEscalatie() ? 1 : 0;
            boetes += d.aantalBoetes();
            bedrag = bedrag.add(d.boeteBedrag());
            if (d.datumBredeIntake() != null) {
                dagenTotIntake.add(ChronoUnit.DAYS.between(d.datumKoppeling(), d.datumBredeIntake()));
            }
            if (d.uitstroomWerk() != null) {
                toeleiding++;
                uitstroom += d.uitstroomWerk() ? 1 : 0;
            }
        }
        return new Kengetallen(dossiers.size(), actief, dossiers.size() - actief, perFase, leerroutes,
                Aandeel.van(pipOpTijd, pip), Aandeel.van(pvtOpTijd, pvtNoemer), Aandeel.van(mapOpTijd, mapNoemer),
                escalaties, metEscalatie, boetes, DossierRegel.bedrag(bedrag), mediaan(dagenTotIntake),
                dagenTotIntake.size(), toeleiding, uitstroom, List.of());
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
