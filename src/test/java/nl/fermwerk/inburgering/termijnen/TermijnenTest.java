package nl.fermwerk.inburgering.termijnen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.toegang.Groepen;
import nl.fermwerk.inburgering.traject.Bericht;
import nl.fermwerk.inburgering.traject.OngeldigeBeslissingException;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Every term of processes/termijnen.dmn, watched by processes/termijnbewaking.bpmn: a dossier on which nobody acts
 * escalates exactly once, at the end of the deadline day and not before; a met term stays quiet; a withdrawn term
 * never escalates; the reminder lifts the task that can meet the term; an escalation left alone rises again.
 */
@IntegratieTest
class TermijnenTest extends TrajectTestBasis {

    // ---- woning: 10 weeks from the koppeling, whatever step the warme overdracht is in ----

    @Test
    void woningtermijnLooptOokAlsDeOverdrachtNooitIsAfgerond() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        LocalDate koppeling = dossiers.vind(id).datumKoppeling();
        assertThat(openTaken(id)).contains("overdrachtCoa").doesNotContain("regeldag");
        assertEscalatieAanHetEindVan(id, "WONING", koppeling.plusWeeks(10));
    }

    @Test
    void woningtermijnGeeftDeRegeldagZijnUitersteDatum() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        LocalDate koppeling = dossiers.vind(id).datumKoppeling();
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        assertThat(taak(id, "regeldag").getDueDate()).isEqualTo(Termijnen.eindeVanDag(koppeling.plusWeeks(10)));
    }

    @Test
    void woningtermijnGehaaldBlijftStil() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        rondAf(id, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        rondAf(id, "regeldag", "datumRegeldag", vandaag());
        naar(dag(dossiers.vind(id).datumKoppeling().plusWeeks(11)));
        assertStil(id, "WONING");
        assertThat(bewaking(id, "WONING")).isNull();
    }

    @Test
    void woningtermijnVervaltBijOntheffing() {
        String id = open("NAREIZIGER", "WOERDEN", false);
        berichten.ontvang(id, new Bericht("OntheffingVerleend", null, null), "duo");
        voerJobsUit(id);
        assertThat(gebeurtenissen(id, "TermijnVervallen")).anySatisfy(g -> assertThat(g.data())
                .containsEntry("termijn", "WONING").containsEntry("reden", "OntheffingVerleend"));
        naar(dag(dossiers.vind(id).datumKoppeling().plusWeeks(11)));
        assertStil(id, "WONING");
    }

    @Test
    void deHerinneringZetDeTaakBovenaan() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        LocalDate koppeling = dossiers.vind(id).datumKoppeling();
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        rondAf(id, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        Task voor = taak(id, "regeldag");
        assertThat(voor.getPriority()).isEqualTo(50);
        assertThat(voor.getFollowUpDate()).isNull();
        LocalDate herinnering = koppeling.plusWeeks(10).minusWeeks(2);
        naar(herinnering.minusDays(1).atTime(23, 0).atZone(Klok.ZONE));
        assertThat(taak(id, "regeldag").getPriority()).isEqualTo(50);
        naar(dag(herinnering));
        Task na = taak(id, "regeldag");
        assertThat(na.getPriority()).isEqualTo(TermijnHerinnering.PRIORITEIT);
        assertThat(na.getFollowUpDate()).isNotNull();
        assertThat(LocalDate.ofInstant(na.getFollowUpDate().toInstant(), Klok.ZONE)).isEqualTo(herinnering);
        assertThat(termijnOverschrijdingen(id)).isEmpty();
    }

    @Test
    void eenOnbehandeldeEscalatieStijgtNaTweeWeken() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", true);
        LocalDate verval = dossiers.vind(id).datumKoppeling().plusWeeks(10);
        naar(dag(verval.plusDays(1)));
        Task escalatie = escalatie(id, "WONING");
        assertThat(escalatie.getPriority()).isEqualTo(75);
        naar(dag(verval.plusDays(14)));
        assertThat(escalatie(id, "WONING").getPriority()).isEqualTo(75);
        naar(dag(verval.plusDays(16)));
        assertThat(escalatie(id, "WONING").getPriority()).isEqualTo(PrioriteitVerhogen.PRIORITEIT);
        assertThat(termijnOverschrijdingen(id)).containsOnlyOnce("WONING");
    }

    // ---- PIP: 10 weeks; from the DUO melding for a gezinsmigrant, from the BRP inschrijving for asiel ----

    @Test
    void pipTermijnGemistEscaleertVanafDeMelding() {
        String id = gezinsmigrantVoorPip();
        LocalDate melding = dossiers.vind(id).datumKoppeling();
        assertThat(taak(id, "pipOpstellen").getDueDate()).isEqualTo(Termijnen.eindeVanDag(melding.plusWeeks(10)));
        assertEscalatieAanHetEindVan(id, "PIP", melding.plusWeeks(10));
    }

    @Test
    void pipTermijnLooptOokAlsDeIntakeStilligt() {
        String id = open("GEZINSMIGRANT", "OUDEWATER", false);
        assertThat(openTaken(id)).doesNotContain("pipOpstellen");
        assertEscalatieAanHetEindVan(id, "PIP", dossiers.vind(id).datumKoppeling().plusWeeks(10));
    }

    @Test
    void pipTermijnGehaaldBlijftStil() {
        String id = gezinsmigrantVoorPip();
        rondAf(id, "pipOpstellen", "leerroute", "B1", "pipDatum", vandaag(), "taalvrijwilliger", false);
        naar(dag(dossiers.vind(id).datumKoppeling().plusWeeks(11)));
        assertStil(id, "PIP");
    }

    @Test
    void pipTermijnLooptVoorAsielVanafDeInschrijving() {
        String id = open("ASIELSTATUSHOUDER", "MONTFOORT", false);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        rondAf(id, "vrijwilligerVoorstellen", "datumVoorstel", vandaag());
        naar(BEGIN.plusWeeks(3));
        rondAf(id, "regeldag", "datumRegeldag", vandaag());
        assertThat(bewaking(id, "PIP")).isNull();
        LocalDate inschrijving = LocalDate.parse(vandaag()).minusDays(2);
        rondAf(id, "inschrijvingGemeente", "datumInschrijving", inschrijving.toString());
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
        assertThat(taak(id, "pipOpstellen").getDueDate())
                .isEqualTo(Termijnen.eindeVanDag(inschrijving.plusWeeks(10)));
        assertEscalatieAanHetEindVan(id, "PIP", inschrijving.plusWeeks(10));
    }

    @Test
    void pipTermijnVervaltBijOntheffing() {
        String id = gezinsmigrantVoorPip();
        berichten.ontvang(id, new Bericht("OntheffingVerleend", null, null), "duo");
        voerJobsUit(id);
        naar(dag(dossiers.vind(id).datumKoppeling().plusWeeks(11)));
        assertStil(id, "PIP");
        assertThat(gebeurtenissen(id, "TermijnVervallen")).anySatisfy(g -> assertThat(g.data())
                .containsEntry("termijn", "PIP"));
    }

    // ---- financieel ontzorgen: evaluation 6 months after budgetbeheer ----

    @Test
    void ontzorgtermijnGemistEscaleert() {
        String id = asielMetBudgetbeheer();
        LocalDate budgetbeheer = LocalDate.parse(vandaag());
        assertThat(taak(id, "evaluatieOntzorgen").getDueDate())
                .isEqualTo(Termijnen.eindeVanDag(budgetbeheer.plusMonths(6)));
        assertEscalatieAanHetEindVan(id, "ONTZORGEN", budgetbeheer.plusMonths(6));
    }

    @Test
    void ontzorgtermijnGehaaldBlijftStil() {
        String id = asielMetBudgetbeheer();
        LocalDate budgetbeheer = LocalDate.parse(vandaag());
        naar(dag(budgetbeheer.plusMonths(5)));
        rondAf(id, "evaluatieOntzorgen", "conclusieOntzorgen", "VOORTZETTEN");
        naar(dag(budgetbeheer.plusMonths(7)));
        assertStil(id, "ONTZORGEN");
    }

    // ---- PVT: 12 months after the PIP ----

    @Test
    void pvtTermijnGemistEscaleert() {
        String id = gezinsmigrantMetPip("Z");
        LocalDate pip = LocalDate.parse(vandaag());
        assertThat(taak(id, "pvt").getDueDate()).isEqualTo(Termijnen.eindeVanDag(pip.plusMonths(12)));
        assertEscalatieAanHetEindVan(id, "PVT", pip.plusMonths(12));
        assertThat(termijnOverschrijdingen(id)).doesNotContain("MAP");
    }

    @Test
    void pvtTermijnGehaaldBlijftStil() {
        String id = gezinsmigrantMetPip("ONDERWIJS");
        LocalDate pip = LocalDate.parse(vandaag());
        naar(dag(pip.plusMonths(11)));
        rondAf(id, "pvt", "datumPvt", vandaag());
        naar(dag(pip.plusMonths(13)));
        assertStil(id, "PVT");
    }

    // ---- MAP: 18 months after the PIP, not for the onderwijsroute ----

    @Test
    void mapTermijnGemistEscaleert() {
        String id = gezinsmigrantMetPip("B1");
        LocalDate pip = LocalDate.parse(vandaag());
        rondAf(id, "pvt", "datumPvt", vandaag());
        assertThat(taak(id, "map").getDueDate()).isEqualTo(Termijnen.eindeVanDag(pip.plusMonths(18)));
        assertEscalatieAanHetEindVan(id, "MAP", pip.plusMonths(18));
    }

    @Test
    void mapTermijnGehaaldBlijftStil() {
        String id = gezinsmigrantMetPip("B1");
        LocalDate pip = LocalDate.parse(vandaag());
        rondAf(id, "pvt", "datumPvt", vandaag());
        naar(dag(pip.plusMonths(17)));
        rondAf(id, "map", "praktijkUren", 40, "datumMap", vandaag());
        naar(dag(pip.plusMonths(19)));
        assertStil(id, "MAP");
    }

    @Test
    void mapTermijnLooptNietVoorDeOnderwijsroute() {
        String id = gezinsmigrantMetPip("ONDERWIJS");
        assertThat(bewaking(id, "MAP")).isNull();
        assertThat(bewaking(id, "PVT")).isNotNull();
    }

    // ---- inburgeringstermijn: 3 years from the day after the first PIP ----

    @Test
    void inburgeringstermijnGemistEscaleert() {
        String id = gezinsmigrantMetPip("Z");
        LocalDate pip = LocalDate.parse(vandaag());
        rondAf(id, "pvt", "datumPvt", vandaag());
        rondAf(id, "map", "praktijkUren", 40, "datumMap", vandaag());
        assertEscalatieAanHetEindVan(id, "INBURGERINGSTERMIJN", pip.plusDays(1).plusYears(3));
    }

    @Test
    void eenVerlengingNaHetVerstrijkenWordtOpnieuwBewaakt() {
        String id = gezinsmigrantMetPip("Z");
        LocalDate pip = LocalDate.parse(vandaag());
        naar(dag(pip.plusYears(3).plusDays(3)));
        assertThat(termijnOverschrijdingen(id)).containsOnlyOnce("INBURGERINGSTERMIJN");
        escalatie(id, "INBURGERINGSTERMIJN");
        // DUO extends the passed term: the escalation is over, the new end is watched, the uitvoering goes on
        LocalDate tot = Klok.vandaag().plusMonths(6);
        berichten.ontvang(id, new Bericht("TermijnVerlengd", null, null, null, null, tot, "Verlenging door DUO"),
                "duo");
        voerJobsUit(id);
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("termijnBewaking")
                .processVariableValueEquals("termijn", "INBURGERINGSTERMIJN").count()).isZero();
        assertThat(runtime.getVariable(bewaking(id, "INBURGERINGSTERMIJN").getId(), "vervaldatum"))
                .isEqualTo(tot.toString());
        assertThat(Dossierverloop.van(dossiers.gebeurtenissen(id)).openTermijnen())
                .doesNotContain("INBURGERINGSTERMIJN");
        assertThat(openTaken(id)).doesNotContain("afsluiting");
        // The extended term passes unmet too: a second escalation, and the trajectory waits for DUO once more
        naar(dag(tot.plusDays(1)));
        assertThat(termijnOverschrijdingen(id)).filteredOn("INBURGERINGSTERMIJN"::equals).hasSize(2);
        escalatie(id, "INBURGERINGSTERMIJN");
        assertThat(openTaken(id)).doesNotContain("afsluiting");
        naar(dag(tot.plusDays(1).plusWeeks(8).plusDays(1)));
        assertThat(openTaken(id)).contains("afsluiting");
    }

    @Test
    void eenVerlengingNaEenAfgehandeldeEscalatieWordtOokBewaakt() {
        String id = gezinsmigrantMetPip("Z");
        LocalDate pip = LocalDate.parse(vandaag());
        naar(dag(pip.plusYears(3).plusDays(3)));
        taken.complete(escalatie(id, "INBURGERINGSTERMIJN").getId(),
                Map.of("actie", "CONTACT_OPGENOMEN"));
        assertThat(bewaking(id, "INBURGERINGSTERMIJN")).isNull();
        // The teamleider handled the escalation, so no watcher runs: DUO's extension starts a new one for the new end
        LocalDate tot = Klok.vandaag().plusMonths(6);
        berichten.ontvang(id, new Bericht("TermijnVerlengd", null, null, null, null, tot, "Verlenging door DUO"),
                "duo");
        voerJobsUit(id);
        assertThat(runtime.getVariable(bewaking(id, "INBURGERINGSTERMIJN").getId(), "vervaldatum"))
                .isEqualTo(tot.toString());
        // It counts from the term's own start, as the first watcher did
        assertThat(runtime.getVariable(bewaking(id, "INBURGERINGSTERMIJN").getId(), "startdatum"))
                .isEqualTo(pip.toString());
        naar(dag(tot.plusDays(1)));
        assertThat(termijnOverschrijdingen(id)).filteredOn("INBURGERINGSTERMIJN"::equals).hasSize(2);
        escalatie(id, "INBURGERINGSTERMIJN");
    }

    @Test
    void eenBijgesteldPipStartDeInburgeringstermijnNietOpnieuw() {
        String id = gezinsmigrantMetPip("B1");
        LocalDate pip = LocalDate.parse(vandaag());
        naar(dag(pip.plusMonths(6).plusDays(1)));
        rondAf(id, "voortgangsgesprek", "uitkomst", "BIJSTELLING_PIP");
        rondAf(id, "bijstellingPip", "leerroute", "Z", "datumBijstelling", vandaag());
        assertThat(gebeurtenissen(id, "PipBijgesteld")).hasSize(1);
        assertThat(runtime.getVariable(bewaking(id, "INBURGERINGSTERMIJN").getId(), "vervaldatum"))
                .isEqualTo(pip.plusDays(1).plusYears(3).toString());
    }

    @Test
    void inburgeringstermijnGehaaldBlijftStil() {
        String id = gezinsmigrantMetPip("Z");
        LocalDate pip = LocalDate.parse(vandaag());
        rondAf(id, "pvt", "datumPvt", vandaag());
        rondAf(id, "map", "praktijkUren", 40, "datumMap", vandaag());
        naar(dag(pip.plusMonths(30)));
        rondAf(id, "participatieZroute", "participatieUren", 800);
        rondAf(id, "knm", "datumKnm", vandaag());
        rondAf(id, "eindgesprek", "datumEindgesprek", vandaag());
        rondAf(id, "afsluiting", "resultaat", "VOLDAAN");
        naar(dag(pip.plusYears(4)));
        assertStil(id, "INBURGERINGSTERMIJN");
        assertGesloten(id);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Termijnbewaking.PROCES)
                .processInstanceBusinessKey(id).count()).isZero();
    }

    @Test
    void deTeamleiderHandeltEenOverschrijdingAf() {
        String id = gezinsmigrantVoorPip();
        naar(dag(dossiers.vind(id).datumKoppeling().plusWeeks(11)));
        rondAf(id, "termijnBewaking", "actie", "CONTACT_OPGENOMEN");
        assertThat(gebeurtenissen(id, "TermijnBewakingAfgehandeld")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("termijn", "PIP")
                        .containsEntry("actie", "CONTACT_OPGENOMEN"));
        assertThat(openTaken(id)).containsExactly("pipOpstellen");
    }

    @Test
    void deOverschredenTermijnIsAlleenLezenBijHetAfhandelen() {
        String id = gezinsmigrantVoorPip();
        naar(dag(dossiers.vind(id).datumKoppeling().plusWeeks(11)));
        Task bewaking = escalatie(id, "PIP");
        engine.getIdentityService().setAuthentication("teamleider", List.of(Groepen.TEAMLEIDER));
        try {
            // Another term than the one that escalated would close the wrong escalation in the dossier
            assertThatThrownBy(() -> taken.complete(bewaking.getId(),
                    Map.of("termijn", "WONING", "actie", "CONTACT_OPGENOMEN")))
                    .isInstanceOf(OngeldigeBeslissingException.class).hasMessageContaining("termijn")
                    .hasMessageContaining("alleen-lezen");
            assertThat(taken.createTaskQuery().taskId(bewaking.getId()).count()).isOne();
            // Tasklist sends the read-only field back as it showed it
            taken.complete(bewaking.getId(), Map.of("termijn", "PIP", "actie", "CONTACT_OPGENOMEN"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(gebeurtenissen(id, "TermijnBewakingAfgehandeld")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("termijn", "PIP"));
        assertThat(Dossierverloop.van(dossiers.gebeurtenissen(id)).openTermijnen()).doesNotContain("PIP");
    }

    // ---- helpers ----

    private static ZonedDateTime dag(LocalDate datum) {
        return datum.atTime(9, 0).atZone(Klok.ZONE);
    }

    /**
     * Nothing on the last minute of the deadline day, one escalation just after it, and still one a month later.
     */
    private void assertEscalatieAanHetEindVan(String id, String termijn, LocalDate vervaldatum) {
        naar(vervaldatum.atTime(LocalTime.of(23, 59)).atZone(Klok.ZONE));
        assertThat(termijnOverschrijdingen(id)).doesNotContain(termijn);
        naar(vervaldatum.plusDays(1).atTime(LocalTime.of(0, 1)).atZone(Klok.ZONE));
        assertThat(gebeurtenissen(id, "TermijnOverschreden")).filteredOn(g -> termijn.equals(g.data().get("termijn")))
                .singleElement().satisfies(g -> assertThat(g.data())
                        .containsEntry("vervaldatum", vervaldatum.toString()));
        Task bewaking = escalatie(id, termijn);
        assertThat(bewaking.getDueDate()).isEqualTo(Termijnen.eindeVanDag(vervaldatum));
        assertThat(taken.getIdentityLinksForTask(bewaking.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("fermwerk-teamleider");
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("termijnBewaking")
                .dueBefore(new Date(Klok.nu().toEpochMilli())).list()).extracting(Task::getId)
                .contains(bewaking.getId());
        naar(dag(vervaldatum.plusMonths(1)));
        assertThat(termijnOverschrijdingen(id)).containsOnlyOnce(termijn);
    }

    private Task escalatie(String id, String termijn) {
        List<Task> bewaking = taken.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("termijnBewaking")
                .processVariableValueEquals("termijn", termijn).list();
        assertThat(bewaking).hasSize(1);
        return bewaking.get(0);
    }

    private ProcessInstance bewaking(String id, String termijn) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(Termijnbewaking.PROCES)
                .processInstanceBusinessKey(id).variableValueEquals("termijn", termijn).singleResult();
    }

    private void assertStil(String id, String termijn) {
        assertThat(termijnOverschrijdingen(id)).doesNotContain(termijn);
        assertThat(taken.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("termijnBewaking")
                .processVariableValueEquals("termijn", termijn).count()).isZero();
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
