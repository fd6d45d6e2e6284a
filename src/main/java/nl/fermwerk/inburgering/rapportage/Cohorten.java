package nl.fermwerk.inburgering.rapportage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Doelgroep;

/**
 * The intake and uitstroom figures per cohort, as CBS defines them: a cohort is the dossiers whose inburgeringsplicht
 * started in one quarter, per doelgroep (docs/rapportages.md, "Cohorten"). Exact figures: only for readers who see
 * the dossiers anyway (a table per quarter and doelgroep together with the totals of the kengetallen would need a
 * suppression across both tables, which {@link Celonderdrukking} does not do).
 */
public record Cohorten(LocalDate peildatum, String gemeente, List<Cohort> cohorten) {

    /** One quarter of the start of the plicht and one doelgroep, as of the peildatum; nulls written out. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Cohort(String kwartaal, String doelgroep, int aantal, Kengetallen.Aandeel bredeIntakeGestart,
                         Double mediaanDagenStartPlichtBredeIntake, Kengetallen.Aandeel uitstroomWerk) {
    }

    /**
     * Every quarter from the first start of a plicht up to the peildatum's, each with every doelgroep (a zero row
     * too), for the dossiers given (one gemeente or all).
     */
    public static Cohorten bereken(List<DossierRegel> dossiers, LocalDate peildatum, String gemeente,
                                   RapportageTermijnen termijnen) {
        Map<String, List<DossierRegel>> perCohort = new LinkedHashMap<>();
        CbsLeveringen.Kwartaal eerste = null;
        for (DossierRegel d : dossiers) {
            LocalDate start = termijnen.startPlicht(d);
            if (start.isAfter(peildatum)) {
                continue;
            }
            CbsLeveringen.Kwartaal k = CbsLeveringen.Kwartaal.van(start);
            eerste = eerste == null || k.compareTo(eerste) < 0 ? k : eerste;
            perCohort.computeIfAbsent(k + "/" + d.doelgroep(), x -> new ArrayList<>()).add(d);
        }
        List<Cohort> cohorten = new ArrayList<>();
        if (eerste != null) {
            CbsLeveringen.Kwartaal laatste = CbsLeveringen.Kwartaal.van(peildatum);
            for (CbsLeveringen.Kwartaal k = eerste; k.compareTo(laatste) <= 0; k = k.volgende()) {
                for (Doelgroep groep : Doelgroep.values()) {
                    cohorten.add(cohort(k, groep.name(), perCohort.getOrDefault(k + "/" + groep.name(), List.of()),
                            peildatum, termijnen));
                }
            }
        }
        return new Cohorten(peildatum, gemeente, List.copyOf(cohorten));
    }

    private static Cohort cohort(CbsLeveringen.Kwartaal k, String doelgroep, List<DossierRegel> leden,
                                 LocalDate peildatum, RapportageTermijnen termijnen) {
        int intakes = 0;
        int werk = 0;
        List<Long> dagen = new ArrayList<>();
        for (DossierRegel d : leden) {
            LocalDate intake = d.datumStartBredeIntake();
            if (intake != null && !intake.isAfter(peildatum)) {
                intakes++;
                dagen.add(Math.max(0, ChronoUnit.DAYS.between(termijnen.startPlicht(d), intake)));
            }
            if (d.datumStartWerk() != null && !d.datumStartWerk().isAfter(peildatum)) {
                werk++;
            }
        }
        return new Cohort(k.toString(), doelgroep, leden.size(), Kengetallen.Aandeel.van(intakes, leden.size()),
                Kengetallen.mediaan(dagen), Kengetallen.Aandeel.van(werk, leden.size()));
    }
}
