package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Flow-node coverage of every deployed process of ours: the flow nodes that any trajectory in this test run passed,
 * divided by all flow nodes of the process (history, the engine's own record). Runs three trajectories that between
 * them take every branch, then writes {@code target/dekking/<proces>.txt} and requires at least 90%.
 */
@IntegratieTest
class DekkingTest extends TrajectTestBasis {

    @Autowired
    RepositoryService repository;

    @Test
    void elkProcesIsVoorTenMinsteNegentigProcentGedekt() throws IOException {
        volledigAsieltrajectMetAlleTermijnen();
        gezinsmigrantMetOntheffing();
        overigeMigrantVerhuistBuitenDeRegio();
        gezinsmigrantZonderVerlengingNaDeTermijn();
        nareizigerMetVrijstelling();

        for (ProcessDefinition definitie : repository.createProcessDefinitionQuery().latestVersion().list()) {
            if (definitie.getResourceName().contains("testprocessen")) {
                continue;
            }
            Set<String> knopen = repository.getBpmnModelInstance(definitie.getId())
                    .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> gepasseerd = historie.createHistoricActivityInstanceQuery()
                    .processDefinitionId(definitie.getId()).list().stream()
                    .map(HistoricActivityInstance::getActivityId).filter(knopen::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> gemist = new TreeSet<>(knopen);
            gemist.removeAll(gepasseerd);
            double dekking = (double) gepasseerd.size() / knopen.size();
            Path rapport = Path.of("target", "dekking", definitie.getKey() + ".txt");
            Files.createDirectories(rapport.getParent());
            Files.writeString(rapport, String.format("proces: %s (versie %d)%nstroomknopen: %d%ngepasseerd: %d%n"
                            + "dekking: %.1f%%%nniet gepasseerd: %s%n", definitie.getKey(), definitie.getVersion(),
                    knopen.size(), gepasseerd.size(), dekking * 100, gemist));
            assertThat(dekking).as("dekking van %s, niet gepasseerd: %s", definitie.getKey(), gemist)
                    .isGreaterThanOrEqualTo(0.9);
        }
    }

    private void volledigAsieltrajectMetAlleTermijnen() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        LocalDate koppeling = dossiers.vind(id).datumKoppeling();
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        naar(dag(koppeling.plusWeeks(10).plusDays(1)));
        berichten.ontvang(id, new Bericht("Verhuisd", "MONTFOORT", null), "test");
        rondAf(id, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        rondAf(id, "regeldag", "datumRegeldag", vandaag());
        LocalDate inschrijving = Klok.vandaag();
        rondAf(id, "inschrijvingGemeente", "datumInschrijving", vandaag());
        rondAf(id, "aanvraagBijstand", "datumAanvraag", vandaag());
        rondAf(id, "instellenBudgetbeheer", "datumBudgetbeheer", vandaag());
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
        naar(dag(inschrijving.plusWeeks(10).plusDays(1)));
        LocalDate pip = Klok.vandaag();
        rondAf(id, "pipOpstellen", "leerroute", "B1", "pipDatum", vandaag(), "taalvrijwilliger", true);
        rondAf(id, "startLeerroute", "datumStart", vandaag());
        naar(dag(inschrijving.plusMonths(6).plusDays(1)));
        rondAf(id, "evaluatieOntzorgen", "conclusieOntzorgen", "AFBOUWEN");
        rondAf(id, "maatschappelijkeBegeleiding", "datumAfronding", vandaag());
        rondAf(id, "financieleZelfredzaamheid", "datumAfronding", vandaag());
        naar(dag(pip.plusMonths(6).plusDays(1)));
        rondAf(id, "voortgangsgesprek", "uitkomst", "HANDHAVING");
        rondAf(id, "voornemenHandhaving", "boeteArtikel", "ART_22", "handhavingsstap", "EERSTE_BOETE",
                "datumVoornemen", vandaag(), "zienswijzeTot", Klok.vandaag().plusWeeks(2).toString());
        rondAf(id, "zienswijze", "zienswijzeGegeven", false, "datumZienswijze", vandaag());
        rondAf(id, "handhaving", "besluit", "BOETE", "boeteArtikel", "ART_22", "handhavingsstap", "EERSTE_BOETE",
                "boeteBedrag", 250, "dagtekening", vandaag(), "motivering", "Niet meegewerkt");
        naar(dag(pip.plusMonths(12).plusDays(1)));
        rondAf(id, "voortgangsgesprek", "uitkomst", "BIJSTELLING_PIP");
        rondAf(id, "bijstellingPip", "leerroute", "B1", "datumBijstelling", vandaag());
        rondAf(id, "pvt", "datumPvt", vandaag());
        naar(dag(pip.plusMonths(18).plusDays(1)));
        rondAf(id, "voortgangsgesprek", "uitkomst", "GEEN_ACTIE");
        rondAf(id, "map", "praktijkUren", 20, "datumMap", vandaag(), "mapAfgerond", false);
        rondAf(id, "map", "praktijkUren", 20, "datumMap", vandaag(), "mapAfgerond", true);
        rondAf(id, "taalvrijwilliger", "datumInzet", vandaag());
        rondAf(id, "examenuitslag", "examenniveau", "B1", "examenBehaald", false, "knmBehaald", true,
                "datumExamen", vandaag());
        naar(dag(pip.plusYears(3).plusDays(2)));
        assertThat(termijnOverschrijdingen(id)).containsExactlyInAnyOrder("WONING", "PIP", "ONTZORGEN", "PVT",
                "MAP", "INBURGERINGSTERMIJN");
        for (Task bewaking : taken.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("termijnBewaking")
                .list()) {
            taken.complete(bewaking.getId(), vars("actie", "CONTACT_OPGENOMEN"));
        }
        // DUO extends the passed inburgeringstermijn: the trajectory goes on with the uitvoering
        berichten.ontvang(id, new Bericht("TermijnVerlengd", null, null, null, null,
                Klok.vandaag().plusMonths(6), "Verlenging door DUO"), "duo");
        voerJobsUit(id);
        assertThat(openTaken(id)).doesNotContain("afsluiting");
        rondAf(id, "toeleidingWerk", "uitstroomWerk", true);
        rondAf(id, "examenuitslag", "examenniveau", "B1", "examenBehaald", true, "knmBehaald", true,
                "datumExamen", vandaag());
        rondAf(id, "afsluiting", "resultaat", "VOLDAAN");
        assertGesloten(id);
    }

    private void gezinsmigrantMetOntheffing() {
        String id = open("GEZINSMIGRANT", "BODEGRAVEN_REEUWIJK", false);
        totEnMetPip(id, "Z", false);
        rondAf(id, "participatieZroute", "participatieUren", 800, "participatieAfgerond", true);
        rondAf(id, "knm", "datumKnm", vandaag());
        berichten.ontvang(id, new Bericht("OntheffingVerleend", null, null), "duo");
        voerJobsUit(id);
        // The main model's afsluiting runs the check: an end the dossier does not show is refused, the task stays
        for (String nietGebleken : new String[] {"VOLDAAN", "VRIJSTELLING", "VERHUISD", "TERMIJN_VERSTREKEN"}) {
            assertThatThrownBy(() -> rondAf(id, "afsluiting", "resultaat", nietGebleken))
                    .hasRootCauseInstanceOf(OngeldigeBeslissingException.class).hasMessageContaining("resultaat");
            assertThat(openTaken(id)).containsExactly("afsluiting");
        }
        rondAf(id, "afsluiting", "resultaat", "ONTHEFFING");
        assertGesloten(id);
    }

    private void overigeMigrantVerhuistBuitenDeRegio() {
        String id = open("OVERIGE_MIGRANT", "OUDEWATER", false);
        totEnMetPip(id, "ONDERWIJS", false);
        rondAf(id, "pvt", "datumPvt", vandaag());
        berichten.ontvang(id, new Bericht("Verhuisd", "BUITEN_REGIO", null), "test");
        voerJobsUit(id);
        rondAf(id, "overdrachtNieuweGemeente", "datumOverdrachtNieuweGemeente", vandaag());
        rondAf(id, "afsluiting", "resultaat", "VERHUISD");
        assertGesloten(id);
    }

    private void gezinsmigrantZonderVerlengingNaDeTermijn() {
        String id = open("GEZINSMIGRANT", "WOERDEN", false);
        totEnMetPip(id, "B1", false);
        LocalDate pip = Klok.vandaag();
        naar(dag(pip.plusYears(3).plusDays(2)));
        assertThat(termijnOverschrijdingen(id)).contains("INBURGERINGSTERMIJN");
        assertThat(openTaken(id)).doesNotContain("afsluiting");
        // No extension by DUO within the wait: the trajectory ends, the afsluiting records the passed term
        naar(dag(pip.plusYears(3).plusWeeks(9)));
        assertThat(openTaken(id)).contains("afsluiting");
        rondAf(id, "afsluiting", "resultaat", "TERMIJN_VERSTREKEN");
        assertGesloten(id);
    }

    private void nareizigerMetVrijstelling() {
        String id = open("NAREIZIGER", "MONTFOORT", false);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        berichten.ontvang(id, new Bericht("VrijstellingVerleend", null, null), "duo");
        voerJobsUit(id);
        assertThat(openTaken(id)).containsExactly("afsluiting");
        rondAf(id, "afsluiting", "resultaat", "VRIJSTELLING");
        assertGesloten(id);
    }

    private static ZonedDateTime dag(LocalDate datum) {
        return datum.atTime(9, 0).atZone(Klok.ZONE);
    }
}
