package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each doelgroep x leerroute from koppeling to afsluiting, with the clock moving through the three years. */
@IntegratieTest
class TrajectPadenTest extends TrajectTestBasis {

    @ParameterizedTest(name = "{0} {1} uitkering={2} {3}")
    @CsvSource({
            "ASIELSTATUSHOUDER, WOERDEN,             true,  B1",
            "ASIELSTATUSHOUDER, OUDEWATER,           true,  Z",
            "ASIELSTATUSHOUDER, MONTFOORT,           false, ONDERWIJS",
            "NAREIZIGER,        BODEGRAVEN_REEUWIJK, true,  B1",
            "NAREIZIGER,        WOERDEN,             false, Z",
            "NAREIZIGER,        OUDEWATER,           true,  ONDERWIJS",
            "GEZINSMIGRANT,     MONTFOORT,           false, B1",
            "GEZINSMIGRANT,     BODEGRAVEN_REEUWIJK, false, Z",
            "GEZINSMIGRANT,     WOERDEN,             false, ONDERWIJS",
            "OVERIGE_MIGRANT,   OUDEWATER,           true,  B1",
            "OVERIGE_MIGRANT,   MONTFOORT,           false, Z",
            "OVERIGE_MIGRANT,   BODEGRAVEN_REEUWIJK, true,  ONDERWIJS"})
    void vanKoppelingTotAfsluiting(String doelgroep, String gemeente, boolean uitkering, String leerroute) {
        boolean asiel = doelgroep.equals("ASIELSTATUSHOUDER") || doelgroep.equals("NAREIZIGER");
        String id = open(doelgroep, gemeente, uitkering);
        assertThat(traject(id)).isNotNull();
        assertThat(traject(id)).hasPassed("verplichtingenBepalen");

        if (asiel) {
            assertThat(openTaken(id)).containsExactly("overdrachtCoa");
            warmeOverdracht(id);
        }
        // Brede intake, maatschappelijke begeleiding and financieel ontzorgen run side by side
        assertThat(openTaken(id)).contains("leerbaarheidstoets");
        assertThat(openTaken(id).contains("maatschappelijkeBegeleiding")).isEqualTo(asiel);
        assertThat(openTaken(id).contains("aanvraagBijstand")).isEqualTo(uitkering);
        naar(BEGIN.plusWeeks(4));
        totEnMetPip(id, leerroute, asiel);
        assertThat(openTaken(id).contains("startLeerroute")).isEqualTo(asiel);
        if (asiel) {
            rondAf(id, "startLeerroute", "datumStart", vandaag());
            rondAf(id, "maatschappelijkeBegeleiding", "datumAfronding", vandaag());
            rondAf(id, "financieleZelfredzaamheid", "datumAfronding", vandaag());
        }
        if (uitkering) {
            rondAf(id, "aanvraagBijstand", "datumAanvraag", vandaag());
            if (asiel) {
                rondAf(id, "instellenBudgetbeheer", "datumBudgetbeheer", vandaag());
                naar(BEGIN.plusWeeks(4).plusMonths(5));
                rondAf(id, "evaluatieOntzorgen", "conclusieOntzorgen", "AFBOUWEN");
            }
        }
        assertThat(openTaken(id)).doesNotContain("instellenBudgetbeheer", "evaluatieOntzorgen");

        // Uitvoering: first voortgangsgesprek after 6 months
        naar(BEGIN.plusWeeks(4).plusMonths(6).plusDays(1));
        assertThat(openTaken(id)).contains("voortgangsgesprek", "pvt");
        rondAf(id, "voortgangsgesprek", "uitkomst", "GEEN_ACTIE");
        if (asiel) {
            rondAf(id, "taalvrijwilliger", "datumInzet", vandaag());
        }
        rondAf(id, "pvt", "datumPvt", vandaag());
        if (leerroute.equals("ONDERWIJS")) {
            assertThat(openTaken(id)).doesNotContain("map");
        } else {
            naar(BEGIN.plusWeeks(4).plusMonths(10));
            rondAf(id, "map", "praktijkUren", 48, "datumMap", vandaag());
        }
        naar(BEGIN.plusWeeks(4).plusMonths(12).plusDays(1));
        rondAf(id, "voortgangsgesprek", "uitkomst", "GEEN_ACTIE");
        switch (leerroute) {
            case "B1" -> {
                rondAf(id, "toeleidingWerk", "uitstroomWerk", true);
                // A failed exam loops back for the herexamen; the uitvoering waits for exams and KNM
                rondAf(id, "examenuitslag", "examenniveau", "B1", "examenBehaald", false, "knmBehaald", true,
                        "datumExamen", vandaag());
                assertThat(openTaken(id)).contains("examenuitslag");
                rondAf(id, "examenuitslag", "examenniveau", "B1", "examenBehaald", true, "knmBehaald", true,
                        "datumExamen", vandaag());
            }
            case "Z" -> {
                // Hours add up over registrations; the eindgesprek follows the closing registration
                rondAf(id, "participatieZroute", "participatieUren", 500, "participatieAfgerond", false);
                assertThat(openTaken(id)).contains("participatieZroute").doesNotContain("eindgesprek");
                rondAf(id, "participatieZroute", "participatieUren", 300, "participatieAfgerond", true);
                rondAf(id, "knm", "datumKnm", vandaag());
                rondAf(id, "eindgesprek", "datumEindgesprek", vandaag());
            }
            default -> {
                assertThat(openTaken(id)).doesNotContain("toeleidingWerk", "participatieZroute", "examenuitslag");
                rondAf(id, "knm", "datumKnm", vandaag());
                rondAf(id, "taalschakeltraject", "datumAfronding", vandaag());
            }
        }
        naar(BEGIN.plusWeeks(4).plusMonths(14));
        assertThat(openTaken(id)).containsExactly("afsluiting");
        assertThat(gebeurtenissen(id, "AfsluitingGestart")).hasSize(1);
        rondAf(id, "afsluiting", "resultaat", "VOLDAAN");

        assertGesloten(id);
        assertThat(termijnOverschrijdingen(id)).isEmpty();
        assertThat(historie.createHistoricTaskInstanceQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("voortgangsgesprek").count()).isEqualTo(2);
        // Nothing after afsluiting: no timer left, no new task three years later
        naar(BEGIN.plusYears(4));
        // the trajectory and every term watcher of the dossier (terms met or withdrawn at afsluiting)
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).list())
                .allSatisfy(p -> assertThat(beheer.createJobQuery().processInstanceId(p.getId()).count()).isZero());
        assertThat(historie.createHistoricTaskInstanceQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("voortgangsgesprek").count()).isEqualTo(2);
    }
}
