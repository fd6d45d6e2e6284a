package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.Test;

/**
 * A route switch in the main model (docs/traject.md, section 4): the bijstelling of the PIP changes the leerroute or
 * afschaalt to A2, the uitvoering stops and starts again with the onderdelen of table {@code onderdelen} the dossier
 * has not met; lapsed onderdelen get {@code OnderdeelVervallen}; met ones stay met and their task does not reopen.
 */
@IntegratieTest
class RoutewisselInHetTrajectTest extends TrajectTestBasis {

    /** The moment of the first voortgangsgesprek: six months after the uitvoering started (BEGIN). */
    private static final ZonedDateTime EERSTE_GESPREK = BEGIN.plusMonths(6).plusDays(1);

    @Test
    void vanB1NaarZ() {
        String id = metPip("GEZINSMIGRANT", "B1");
        assertThat(openTaken(id)).contains("pvt", "examenuitslag", "toeleidingWerk")
                .doesNotContain("participatieZroute", "knm", "map");
        assertThat(traject(id)).hasPassed("onderdelenPlannen");
        rondAf(id, "pvt", "datumPvt", vandaag());
        taken.claim(taak(id, "map").getId(), "medewerker");

        schakel(id, "leerroute", "Z");

        assertThat(traject(id)).hasPassed("onderdelenHerplannen", "End_LeerrouteGewijzigd",
                "Escalatie_LeerrouteGewijzigd");
        assertThat(openTaken(id)).contains("participatieZroute", "knm", "map")
                .doesNotContain("examenuitslag", "toeleidingWerk", "pvt", "eindgesprek");
        assertThat(vervallen(id)).containsExactly("EXAMEN_B1", "TOELEIDING_WERK");
        assertThat(gebeurtenissen(id, "OnderdeelVervallen")).allSatisfy(g -> assertThat(g.data())
                .containsEntry("reden", "Leerroute gewijzigd van B1 naar Z").containsEntry("vorigeLeerroute", "B1")
                .containsEntry("leerroute", "Z"));
        // The PVT was met: it stays met and its task does not reopen. The MAP stays open, as a new task: its claim is
        // lost (docs/traject.md, section 4)
        assertThat(aantalKeer(id, "pvt")).isEqualTo(1);
        assertThat(taak(id, "map").getAssignee()).isNull();

        // The voortgangsgesprekken go on, their cycle counted again from the switch
        ZonedDateTime wissel = EERSTE_GESPREK;
        naar(wissel.plusMonths(5));
        assertThat(openTaken(id)).doesNotContain("voortgangsgesprek");
        naar(wissel.plusMonths(6).plusDays(1));
        assertThat(openTaken(id)).contains("voortgangsgesprek");
        rondAf(id, "voortgangsgesprek", "uitkomst", "GEEN_ACTIE");

        // The Z-route to its end
        rondAf(id, "map", "praktijkUren", 40, "datumMap", vandaag());
        rondAf(id, "participatieZroute", "participatieUren", 800, "participatieAfgerond", true);
        rondAf(id, "knm", "datumKnm", vandaag());
        rondAf(id, "eindgesprek", "datumEindgesprek", vandaag());
        assertThat(openTaken(id)).containsExactly("afsluiting");
        rondAf(id, "afsluiting", "resultaat", "VOLDAAN");
        assertGesloten(id);
    }

    @Test
    void vanZNaarB1() {
        String id = metPip("OVERIGE_MIGRANT", "Z");
        rondAf(id, "pvt", "datumPvt", vandaag());
        rondAf(id, "map", "praktijkUren", 48, "datumMap", vandaag());
        rondAf(id, "participatieZroute", "participatieUren", 300, "participatieAfgerond", false);
        assertThat(openTaken(id)).contains("participatieZroute", "knm");

        schakel(id, "leerroute", "B1");

        assertThat(openTaken(id)).contains("examenuitslag", "toeleidingWerk")
                .doesNotContain("participatieZroute", "knm", "eindgesprek", "pvt", "map");
        assertThat(vervallen(id)).containsExactly("PARTICIPATIE", "EINDGESPREK", "KNM");
        assertThat(aantalKeer(id, "map")).isEqualTo(1);

        voldoetMetExamen(id, "NEE", "B1");
    }

    @Test
    void vanOnderwijsrouteNaarB1() {
        String id = metPip("GEZINSMIGRANT", "ONDERWIJS");
        assertThat(openTaken(id)).contains("pvt", "knm", "taalschakeltraject").doesNotContain("map");
        rondAf(id, "pvt", "datumPvt", vandaag());

        schakel(id, "leerroute", "B1");

        // The PVT was met, so the MAP opens straight away
        assertThat(openTaken(id)).contains("examenuitslag", "map", "toeleidingWerk")
                .doesNotContain("taalschakeltraject", "knm", "pvt");
        assertThat(traject(id)).hasPassed("Gateway_MapHerhaal");
        assertThat(vervallen(id)).containsExactly("TAALSCHAKELTRAJECT", "KNM");
        assertThat(gebeurtenissen(id, "OnderdeelVervallen")).allSatisfy(g -> assertThat(g.data())
                .containsEntry("reden", "Leerroute gewijzigd van ONDERWIJS naar B1"));
    }

    @Test
    void afschalenVanB1NaarA2() {
        String id = metPip("GEZINSMIGRANT", "B1");
        rondAf(id, "pvt", "datumPvt", vandaag());
        rondAf(id, "map", "praktijkUren", 40, "datumMap", vandaag());
        String examenVoor = taak(id, "examenuitslag").getId();

        schakel(id, "leerroute", "B1", "examenniveau", "A2", "lesuren", 600, "aanzienlijkeInspanningen", true);

        assertThat(vervallen(id)).containsExactly("EXAMEN_B1");
        assertThat(gebeurtenissen(id, "OnderdeelVervallen")).singleElement().satisfies(g -> assertThat(g.data())
                .containsEntry("reden", "Afgeschaald van B1 naar A2 binnen de B1-route"));
        // The exam at A2 is a new onderdeel on the same task
        assertThat(taak(id, "examenuitslag").getId()).isNotEqualTo(examenVoor);
        assertThat(openTaken(id)).contains("examenuitslag", "toeleidingWerk").doesNotContain("pvt", "map");

        voldoetMetExamen(id, "NOG_NIET", "A2");
    }

    @Test
    void eenBijstellingZonderWisselLaatDeUitvoeringStaan() {
        String id = metPip("GEZINSMIGRANT", "B1");
        rondAf(id, "pvt", "datumPvt", vandaag());
        String map = taak(id, "map").getId();

        schakel(id, "leerroute", "B1");

        assertThat(traject(id)).hasPassed("onderdelenHerplannen", "End_Bijgesteld")
                .hasNotPassed("Escalatie_LeerrouteGewijzigd");
        assertThat(taak(id, "map").getId()).isEqualTo(map);
        assertThat(gebeurtenissen(id, "OnderdeelVervallen")).isEmpty();
    }

    @Test
    void handhavingInDeUitvoeringLooptDoorNaEenRoutewissel() {
        String id = metPip("GEZINSMIGRANT", "B1");
        assertThat(openTaken(id)).contains("pvt");
        berichten.ontvang(id, new Bericht("HandhavingGestart", null, null, "PIP_NIET_NAGEKOMEN", null, null, null),
                "casusregisseur");
        voerJobsUit(id);
        assertThat(openTaken(id)).contains("voornemenHandhaving", "pvt");

        schakel(id, "leerroute", "Z");

        // Handhaving runs on the level of the whole trajectory: the restarted uitvoering leaves it alone
        assertThat(openTaken(id)).contains("voornemenHandhaving", "participatieZroute");
        assertThat(aantalKeer(id, "voornemenHandhaving")).isEqualTo(1);
    }

    /** Gezinsmigrant or overige migrant in Woerden without uitkering: the uitvoering starts right after the PIP. */
    private String metPip(String doelgroep, String leerroute) {
        String id = open(doelgroep, "WOERDEN", false);
        totEnMetPip(id, leerroute, false);
        return id;
    }

    /** At the first voortgangsgesprek, a bijstelling of the PIP with these answers. */
    private void schakel(String id, Object... bijstelling) {
        naar(EERSTE_GESPREK);
        rondAf(id, "voortgangsgesprek", "uitkomst", "BIJSTELLING_PIP");
        Object[] antwoorden = new Object[bijstelling.length + 2];
        System.arraycopy(bijstelling, 0, antwoorden, 0, bijstelling.length);
        antwoorden[bijstelling.length] = "datumBijstelling";
        antwoorden[bijstelling.length + 1] = vandaag();
        rondAf(id, "bijstellingPip", antwoorden);
    }

    private List<Object> vervallen(String id) {
        return gebeurtenissen(id, "OnderdeelVervallen").stream().map(g -> g.data().get("onderdeelcode")).toList();
    }

    private long aantalKeer(String id, String taak) {
        return historie.createHistoricTaskInstanceQuery().processInstanceBusinessKey(id).taskDefinitionKey(taak)
                .count();
    }

    /** The B1-route's last onderdelen: toeleiding (not to work) and the exam passed, then the plicht is met. */
    private void voldoetMetExamen(String id, String toeleidingStatus, String examenniveau) {
        rondAf(id, "toeleidingWerk", "toeleidingStatus", toeleidingStatus, "uitstroomWerk", false);
        rondAf(id, "examenuitslag", "examenniveau", examenniveau, "examenBehaald", true, "knmBehaald", true,
                "datumExamen", vandaag());
        assertThat(openTaken(id)).containsExactly("afsluiting");
        rondAf(id, "afsluiting", "resultaat", "VOLDAAN");
        assertGesloten(id);
    }
}
