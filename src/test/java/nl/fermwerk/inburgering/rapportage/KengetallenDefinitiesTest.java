package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Feit;
import org.junit.jupiter.api.Test;

/**
 * The KPI definitions of docs/rapportages.md on constructed caseloads whose answers are known by hand: overdue
 * dossiers without a PIP count, the PIP term runs from the BRP inschrijving for asielstatushouders, a withdrawn term
 * drops out, a PVT that was not fulfilled is not on time, the intake counts from its start, work only with a date.
 */
class KengetallenDefinitiesTest {

    private final RapportageTermijnen termijnen = RapportageTermijnen.standaard();

    /** One dossier folded from facts, each registered on its own day. */
    private final class Dossier {
        private final String id;
        private Dossierverloop verloop;
        private int volgnummer;

        Dossier(String id, Doelgroep doelgroep, String koppeling) {
            this.id = id;
            feit(koppeling, new Feit.DossierAangemaakt("123456782", "Test " + id, d("1990-01-01"), doelgroep,
                    Gemeente.WOERDEN, Inkoopregio.U16, true, d(koppeling)));
        }

        Dossier feit(String dag, Feit feit) {
            verloop = Dossierverloop.volg(verloop, id, ++volgnummer, Instant.parse(dag + "T10:00:00Z"), feit);
            return this;
        }

        Dossier inschrijving(String dag) {
            return feit(dag, new Feit.IngeschrevenInGemeente("inschrijvingGemeente", "t", "HUISVESTING", d(dag)));
        }

        Dossier pip(String dag) {
            return feit(dag, new Feit.PipVastgesteld("pipOpstellen", "t", "PIP", Leerroute.B1, d(dag)));
        }

        Dossier pvt(String dag, String resultaat) {
            return feit(dag, new Feit.PvtAfgerond("pvt", "t", "PVT", d(dag), resultaat, null));
        }

        DossierRegel regel() {
            return DossierRegel.van(verloop, termijnen);
        }
    }

    private static LocalDate d(String dag) {
        return LocalDate.parse(dag);
    }

    private Kengetallen bereken(String peildatum, Dossier... dossiers) {
        List<DossierRegel> regels = new ArrayList<>();
        for (Dossier dossier : dossiers) {
            regels.add(dossier.regel());
        }
        return Kengetallen.bereken(regels, d(peildatum), termijnen);
    }

    @Test
    void pipBinnenDeTermijnTeltElkDossierWaarvanDeTermijnVoorbijIs() {
        Kengetallen k = bereken("2025-06-30",
                // Overdue without a PIP: in the noemer (the old definition let it drop out)
                new Dossier("te-laat-zonder-pip", Doelgroep.GEZINSMIGRANT, "2025-01-06"),
                // On time: 10 weeks from the koppeling end on 2025-03-17
                new Dossier("op-tijd", Doelgroep.GEZINSMIGRANT, "2025-01-06").pip("2025-03-17"),
                new Dossier("te-laat", Doelgroep.GEZINSMIGRANT, "2025-01-06").pip("2025-03-18"),
                // Asielstatushouder: the term runs from the BRP inschrijving (ends 2025-05-12), not from the koppeling
                new Dossier("vanaf-inschrijving", Doelgroep.ASIELSTATUSHOUDER, "2025-01-06").inschrijving("2025-03-03")
                        .pip("2025-05-01"),
                // Withdrawn within the term without a PIP: no term to be late for
                new Dossier("ontheffing", Doelgroep.GEZINSMIGRANT, "2025-01-06")
                        .feit("2025-02-01", new Feit.OntheffingVerleend(d("2025-02-01"))),
                // Term not ended by the peildatum (ends 2025-08-10): not yet in the figure
                new Dossier("loopt-nog", Doelgroep.GEZINSMIGRANT, "2025-06-01"));
        assertThat(k.pipBinnenTermijn()).isEqualTo(new Kengetallen.Aandeel(2, 4, 50.0));
    }

    @Test
    void deLaatsteDagVanDeTermijnTeltAlsVoorbij() {
        Dossier zonder = new Dossier("zonder", Doelgroep.GEZINSMIGRANT, "2025-01-06");
        assertThat(bereken("2025-03-16", zonder).pipBinnenTermijn().noemer()).isZero();
        assertThat(bereken("2025-03-17", zonder).pipBinnenTermijn()).isEqualTo(new Kengetallen.Aandeel(0, 1, 0.0));
    }

    @Test
    void pvtOpTijdLaatIngetrokkenTermijnenWegEnTeltAlleenVoldaan() {
        Kengetallen k = bereken("2025-06-30",
                new Dossier("op-tijd", Doelgroep.GEZINSMIGRANT, "2023-11-01").pip("2024-01-10")
                        .pvt("2024-12-01", null),
                new Dossier("verlopen", Doelgroep.GEZINSMIGRANT, "2023-11-01").pip("2024-01-10"),
                new Dossier("verhuisd", Doelgroep.GEZINSMIGRANT, "2023-11-01").pip("2024-01-10")
                        .feit("2024-06-01", new Feit.Verhuisd(Gemeente.WOERDEN, Feit.Verhuisd.BUITEN_REGIO,
                                d("2024-06-01"))),
                new Dossier("niet-voldaan", Doelgroep.GEZINSMIGRANT, "2023-11-01").pip("2024-01-10")
                        .pvt("2024-12-01", "NIET_VOLDAAN"),
                new Dossier("afgesloten", Doelgroep.GEZINSMIGRANT, "2023-11-01").pip("2024-01-10")
                        .feit("2024-09-01", new Feit.DossierAfgesloten("afsluiting", "t", "AFSLUITING", "OVERIG")),
                new Dossier("ontheffing", Doelgroep.GEZINSMIGRANT, "2023-11-01").pip("2024-01-10")
                        .feit("2025-02-01", new Feit.OntheffingVerleend(d("2025-02-01"))));
        assertThat(k.pvtOpTijd()).isEqualTo(new Kengetallen.Aandeel(1, 3, 33.3));
    }

    @Test
    void intakeTeltVanafDeStartVanDePlichtTotDeStartVanDeIntakeEnUitstroomAlleenMetDatum() {
        Kengetallen k = bereken("2025-03-31",
                new Dossier("gezin", Doelgroep.GEZINSMIGRANT, "2025-01-06")
                        .feit("2025-03-01", new Feit.BredeIntakeAfgerond("bredeIntake", "t", "BREDE_INTAKE",
                                d("2025-02-05"), d("2025-03-01")))
                        .feit("2025-03-02", new Feit.ToeleidingWerkAfgerond("toeleidingWerk", "t", "TOELEIDING",
                                true, d("2025-03-01"))),
                new Dossier("asiel", Doelgroep.ASIELSTATUSHOUDER, "2025-01-06").inschrijving("2025-02-01")
                        .feit("2025-03-20", new Feit.BredeIntakeAfgerond("bredeIntake", "t", "BREDE_INTAKE",
                                d("2025-02-11"), d("2025-03-20")))
                        .feit("2025-03-21", new Feit.ToeleidingWerkAfgerond("toeleidingWerk", "t", "TOELEIDING",
                                true, null)),
                new Dossier("geen-intake", Doelgroep.GEZINSMIGRANT, "2025-01-06"),
                new Dossier("intake-later", Doelgroep.GEZINSMIGRANT, "2025-01-06")
                        .feit("2025-03-30", new Feit.BredeIntakeAfgerond("bredeIntake", "t", "BREDE_INTAKE",
                                d("2025-04-10"), d("2025-04-20"))),
                // The plicht starts after the peildatum: in no noemer
                new Dossier("nog-niet", Doelgroep.GEZINSMIGRANT, "2025-04-02"));
        assertThat(k.bredeIntakeGestart()).isEqualTo(new Kengetallen.Aandeel(2, 4, 50.0));
        // Days from the start of the plicht: 30 (koppeling 01-06 -> 02-05) and 10 (inschrijving 02-01 -> 02-11)
        assertThat(k.mediaanDagenStartPlichtBredeIntake()).isEqualTo(20.0);
        // Work counts with a date only: the undated yes does not
        assertThat(k.uitstroomWerk()).isEqualTo(new Kengetallen.Aandeel(1, 4, 25.0));
        assertThat(k.boetebedrag()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void eenCohortIsHetKwartaalVanDeStartVanDePlichtPerDoelgroep() {
        Dossier asiel = new Dossier("asiel", Doelgroep.ASIELSTATUSHOUDER, "2024-12-20").inschrijving("2025-01-15")
                .feit("2025-02-01", new Feit.BredeIntakeAfgerond("bredeIntake", "t", "BREDE_INTAKE", d("2025-01-25"),
                        d("2025-02-01")));
        Dossier gezin = new Dossier("gezin", Doelgroep.GEZINSMIGRANT, "2025-02-03");
        Dossier later = new Dossier("later", Doelgroep.GEZINSMIGRANT, "2025-04-07")
                .feit("2025-04-30", new Feit.ToeleidingWerkAfgerond("toeleidingWerk", "t", "TOELEIDING", true,
                        d("2025-04-28")));
        Cohorten c = Cohorten.bereken(List.of(asiel.regel(), gezin.regel(), later.regel()), d("2025-06-30"), null,
                termijnen);
        // The asielstatushouder's koppeling lies in 2024-Q4 but the plicht starts at the inschrijving: 2025-Q1
        assertThat(c.cohorten()).extracting(Cohorten.Cohort::kwartaal).containsOnly("2025-Q1", "2025-Q2")
                .hasSize(8);
        Cohorten.Cohort q1Asiel = cohort(c, "2025-Q1", "ASIELSTATUSHOUDER");
        assertThat(q1Asiel.bredeIntakeGestart()).isEqualTo(new Kengetallen.Aandeel(1, 1, 100.0));
        assertThat(q1Asiel.mediaanDagenStartPlichtBredeIntake()).isEqualTo(10.0);
        assertThat(cohort(c, "2025-Q1", "GEZINSMIGRANT").bredeIntakeGestart())
                .isEqualTo(new Kengetallen.Aandeel(0, 1, 0.0));
        assertThat(cohort(c, "2025-Q2", "GEZINSMIGRANT").uitstroomWerk()).isEqualTo(new Kengetallen.Aandeel(1, 1, 100.0));
        assertThat(cohort(c, "2025-Q2", "NAREIZIGER").aantal()).isZero();
    }

    private static Cohorten.Cohort cohort(Cohorten c, String kwartaal, String doelgroep) {
        return c.cohorten().stream().filter(x -> x.kwartaal().equals(kwartaal) && x.doelgroep().equals(doelgroep))
                .findFirst().orElseThrow();
    }
}
