package nl.fermwerk.inburgering.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Every term twice: it escalates to the teamleider when missed, and stays quiet when met in time. */
@IntegratieTest
class TermijnenTest extends TrajectTestBasis {

    // ---- woning: 10 weeks after koppeling ----

    @Test
    void woningtermijnGemistEscaleert() {
        String id = asielNaOverdracht();
        LocalDate koppeling = dossiers.vind(id).datumKoppeling();
        assertThat(taak(id, "regeldag").getDueDate()).isEqualTo(new Termijnen().uiterlijk(koppeling, "P10W"));
        naar(dag(koppeling.plusWeeks(10)));
        assertThat(termijnOverschrijdingen(id)).isEmpty();
        naar(dag(koppeling.plusWeeks(10).plusDays(1)));
        assertEscalatie(id, "WONING_10_WEKEN", koppeling.plusWeeks(10));
        assertThat(openTaken(id)).contains("regeldag");
    }

    @Test
    void woningtermijnGehaaldBlijftStil() {
        String id = asielNaOverdracht();
        LocalDate koppeling = dossiers.vind(id).datumKoppeling();
        naar(dag(koppeling.plusWeeks(9)));
        rondAf(id, "regeldag", "datumRegeldag", vandaag());
        naar(dag(koppeling.plusWeeks(11)));
        assertStil(id);
    }

    // ---- PIP: 10 weeks (from the DUO melding for a gezinsmigrant) ----

    @Test
    void pipTermijnGemistEscaleert() {
        String id = gezinsmigrantVoorPip();
        LocalDate melding = dossiers.vind(id).datumKoppeling();
        assertThat(taak(id, "pipOpstellen").getDueDate()).isEqualTo(new Termijnen().uiterlijk(melding, "P10W"));
        naar(dag(melding.plusWeeks(10).plusDays(1)));
        assertEscalatie(id, "PIP_10_WEKEN", melding.plusWeeks(10));
    }

    @Test
    void pipTermijnGehaaldBlijftStil() {
        String id = gezinsmigrantVoorPip();
        rondAf(id, "pipOpstellen", "leerroute", "B1", "pipDatum", vandaag(), "taalvrijwilliger", false);
        naar(dag(dossiers.vind(id).datumKoppeling().plusWeeks(11)));
        assertStil(id);
    }

    @Test
    void pipTermijnLooptVoorAsielVanafDeInschrijving() {
        String id = open("ASIELSTATUSHOUDER", "MONTFOORT", false);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        rondAf(id, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        naar(BEGIN.plusWeeks(3));
        rondAf(id, "regeldag", "datumRegeldag", vandaag());
        LocalDate inschrijving = LocalDate.parse(vandaag());
        rondAf(id, "inschrijvingGemeente", "datumInschrijving", vandaag());
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
        assertThat(taak(id, "pipOpstellen").getDueDate()).isEqualTo(new Termijnen().uiterlijk(inschrijving, "P10W"));
    }

    // ---- financieel ontzorgen: evaluation 6 months after budgetbeheer ----

    @Test
    void ontzorgtermijnGemistEscaleert() {
        String id = asielMetBudgetbeheer();
        LocalDate budgetbeheer = LocalDate.parse(vandaag());
        assertThat(taak(id, "evaluatieOntzorgen").getDueDate())
                .isEqualTo(new Termijnen().uiterlijk(budgetbeheer, "P6M"));
        naar(dag(budgetbeheer.plusMonths(6).plusDays(1)));
        assertEscalatie(id, "ONTZORGEN_6_MAANDEN", budgetbeheer.plusMonths(6));
    }

    @Test
    void ontzorgtermijnGehaaldBlijftStil() {
        String id = asielMetBudgetbeheer();
        LocalDate budgetbeheer = LocalDate.parse(vandaag());
        naar(dag(budgetbeheer.plusMonths(5)));
        rondAf(id, "evaluatieOntzorgen", "conclusieOntzorgen", "VOORTZETTEN");
        naar(dag(budgetbeheer.plusMonths(7)));
        assertStil(id);
    }

    // ---- PVT: 12 months after the PIP ----

    @Test
    void pvtTermijnGemistEscaleert() {
        String id = gezinsmigrantMetPip("Z");
        LocalDate pip = LocalDate.parse(vandaag());
        assertThat(taak(id, "pvt").getDueDate()).isEqualTo(new Termijnen().uiterlijk(pip, "P12M"));
        naar(dag(pip.plusMonths(12).plusDays(1)));
        assertEscalatie(id, "PVT_12_MAANDEN", pip.plusMonths(12));
        assertThat(termijnOverschrijdingen(id)).doesNotContain("MAP_18_MAANDEN");
    }

    @Test
    void pvtTermijnGehaaldBlijftStil() {
        String id = gezinsmigrantMetPip("ONDERWIJS");
        LocalDate pip = LocalDate.parse(vandaag());
        naar(dag(pip.plusMonths(11)));
        rondAf(id, "pvt", "datumPvt", vandaag());
        naar(dag(pip.plusMonths(13)));
        assertStil(id);
    }

    // ---- MAP: 18 months after the PIP ----

    @Test
    void mapTermijnGemistEscaleert() {
        String id = gezinsmigrantMetPip("B1");
        LocalDate pip = LocalDate.parse(vandaag());
        rondAf(id, "pvt", "datumPvt", vandaag());
        assertThat(taak(id, "map").getDueDate()).isEqualTo(new Termijnen().uiterlijk(pip, "P18M"));
        naar(dag(pip.plusMonths(18).plusDays(1)));
        assertEscalatie(id, "MAP_18_MAANDEN", pip.plusMonths(18));
    }

    @Test
    void mapTermijnGehaaldBlijftStil() {
        String id = gezinsmigrantMetPip("B1");
        LocalDate pip = LocalDate.parse(vandaag());
        rondAf(id, "pvt", "datumPvt", vandaag());
        naar(dag(pip.plusMonths(17)));
        rondAf(id, "map", "praktijkUren", 40, "datumMap", vandaag());
        naar(dag(pip.plusMonths(19)));
        assertStil(id);
    }

    // ---- inburgeringstermijn: 3 years from the day after the PIP ----

    @Test
    void inburgeringstermijnGemistEscaleert() {
        String id = gezinsmigrantMetPip("Z");
        LocalDate pip = LocalDate.parse(vandaag());
        rondAf(id, "pvt", "datumPvt", vandaag());
        rondAf(id, "map", "praktijkUren", 40, "datumMap", vandaag());
        naar(dag(pip.plusDays(1).plusYears(3)));
        assertThat(termijnOverschrijdingen(id)).doesNotContain("INBURGERINGSTERMIJN");
        naar(dag(pip.plusDays(2).plusYears(3)));
        assertEscalatie(id, "INBURGERINGSTERMIJN", pip.plusDays(1).plusYears(3));
    }

    @Test
    void inburgeringstermijnGehaaldBlijftStil() {
        String id = gezinsmigrantMetPip("Z");
        LocalDate pip = LocalDate.parse(vandaag());
        rondAf(id, "pvt", "datumPvt", vandaag());
        rondAf(id, "map", "praktijkUren", 40, "datumMap", vandaag());
        naar(dag(pip.plusMonths(30)));
        rondAf(id, "participatieZroute", "participatieUren", 800);
        rondAf(id, "afsluiting", "resultaat", "EINDGESPREK_GEVOERD");
        naar(dag(pip.plusYears(4)));
        assertStil(id);
        assertGesloten(id);
    }

    @Test
    void deTeamleiderHandeltEenOverschrijdingAf() {
        String id = gezinsmigrantVoorPip();
        naar(dag(dossiers.vind(id).datumKoppeling().plusWeeks(11)));
        rondAf(id, "termijnBewaking", "actie", "CONTACT_OPGENOMEN");
        assertThat(gebeurtenissen(id, "TermijnBewakingAfgehandeld")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("termijn", "PIP_10_WEKEN")
                        .containsEntry("actie", "CONTACT_OPGENOMEN"));
        assertThat(openTaken(id)).containsExactly("pipOpstellen");
    }

    // ---- helpers ----

    private static ZonedDateTime dag(LocalDate datum) {
        return datum.atTime(9, 0).atZone(nl.fermwerk.inburgering.basis.Klok.ZONE);
    }

    private void assertEscalatie(String id, String termijn, LocalDate vervaldatum) {
        assertThat(gebeurtenissen(id, "TermijnOverschreden")).filteredOn(g -> termijn.equals(g.data().get("termijn")))
                .singleElement().satisfies(g -> assertThat(g.data()).containsEntry("vervaldatum", vervaldatum.toString()));
        List<Task> bewaking = taken.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("termijnBewaking")
                .list();
        assertThat(bewaking).anySatisfy(t -> {
            assertThat(taken.getVariable(t.getId(), "termijn")).isEqualTo(termijn);
            assertThat(taken.getIdentityLinksForTask(t.getId())).extracting(IdentityLink::getGroupId)
                    .containsExactly("fermwerk-teamleider");
        });
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("termijnBewaking")
                .taskCandidateGroup("fermwerk-teamleider").count()).isEqualTo(bewaking.size());
    }

    private void assertStil(String id) {
        assertThat(termijnOverschrijdingen(id)).isEmpty();
        assertThat(openTaken(id)).doesNotContain("termijnBewaking");
    }

    private String asielNaOverdracht() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        return id;
    }

    private String asielMetBudgetbeheer() {
        String id = open("NAREIZIGER", "BODEGRAVEN_REEUWIJK", true);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        rondAf(id, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        rondAf(id, "regeldag", "datumRegeldag", vandaag());
        rondAf(id, "inschrijvingGemeente", "datumInschrijving", vandaag());
        rondAf(id, "aanvraagBijstand", "datumAanvraag", vandaag());
        rondAf(id, "instellenBudgetbeheer", "datumBudgetbeheer", vandaag());
        return id;
    }

    private String gezinsmigrantVoorPip() {
        String id = open("GEZINSMIGRANT", "OUDEWATER", false);
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
        return id;
    }

    private String gezinsmigrantMetPip(String leerroute) {
        String id = gezinsmigrantVoorPip();
        rondAf(id, "pipOpstellen", "leerroute", leerroute, "pipDatum", vandaag(), "taalvrijwilliger", false);
        return id;
    }
}
