package nl.fermwerk.inburgering.rapportage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

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

    /**
     * The figures of these dossiers, counted one by one against the table as deployed now. The dashboard of today
     * counts the same in SQL ({@link Rapportages#kengetallen}); this is the definition both must agree with.
     */
    public static Kengetallen bereken(List<DossierRegel> dossiers, LocalDate peildatum, RapportageTermijnen alsNu) {
        RapportageTermijnen termijnen = alsNu.vastgezet();
        KengetallenTelling telling = new KengetallenTelling();
        for (DossierRegel d : dossiers) {
            telling.tel(d, peildatum, termijnen);
        }
        return telling.kengetallen();
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
