package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.toegang.EngineRest;
import nl.fermwerk.inburgering.toegang.EngineRest.Api;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue #20, finding 3: the dossier an event lands in follows from the trajectory's business key, never from a
 * variable. Two asielstatushouders in Woerden: A's events stay in A whatever {@code dossierId} says, and VSGH cannot
 * even set it.
 */
@IntegratieTest
class DossierHerkomstTest extends TrajectTestBasis {

    @LocalServerPort
    int poort;

    /** A at vrijwilligerVoorstellen (VSGH's task in Woerden), B a second dossier in the same gemeente. */
    private String[] tweeDossiers() {
        String a = open("ASIELSTATUSHOUDER", "WOERDEN", false);
        String b = open("ASIELSTATUSHOUDER", "WOERDEN", false);
        rondAf(a, "overdrachtCoa", "datumOverdracht", vandaag());
        assertThat(taak(a, "vrijwilligerVoorstellen")).isNotNull();
        return new String[] {a, b};
    }

    @Test
    void eenTaakvariabeleDossierIdVerlegtDeAfrondingNiet() {
        String[] ab = tweeDossiers();
        Task vrijwilliger = taak(ab[0], "vrijwilligerVoorstellen");
        int inB = dossiers.gebeurtenissen(ab[1]).size();
        // However the variable got there (an old client, a script): it does not decide the dossier
        taken.setVariableLocal(vrijwilliger.getId(), "dossierId", ab[1]);

        rondAf(ab[0], "vrijwilligerVoorstellen", "datumVoorstel", vandaag());

        assertThat(gebeurtenissen(ab[0], "VrijwilligerVoorgesteld")).hasSize(1);
        assertThat(dossiers.gebeurtenissen(ab[1])).hasSize(inB);
    }

    @Test
    void eenProcesvariabeleDossierIdVerlegtTermijnEnAfsluitingNiet() {
        String[] ab = tweeDossiers();
        runtime.setVariable(traject(ab[0]).getId(), "dossierId", ab[1]);
        int inB = dossiers.gebeurtenissen(ab[1]).size();

        // The woningtermijn (10 weeks after koppeling) passes with regeldag open: TermijnOverschreden
        naar(BEGIN.plusWeeks(11));
        assertThat(termijnOverschrijdingen(ab[0])).contains("WONING");
        // DUO grants an ontheffing: the Afsluiting starts and records AfsluitingGestart
        berichten.ontvang(ab[0], new Bericht(nl.fermwerk.inburgering.modellen.Berichten.ONTHEFFING_VERLEEND, null, null), "test");
        voerJobsUit(ab[0]);
        assertThat(gebeurtenissen(ab[0], "AfsluitingGestart")).hasSize(1);

        // B's own woningtermijn runs from its own koppeling and escalates once; nothing of A lands in B
        List<Gebeurtenis> vanB = dossiers.gebeurtenissen(ab[1]);
        assertThat(vanB.subList(inB, vanB.size())).singleElement()
                .satisfies(g -> assertThat(g.type()).isEqualTo("TermijnOverschreden"));
        assertThat(gebeurtenissen(ab[0], "TermijnOverschreden")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Api.class)
    void vsghKanDossierIdVanZijnTaakNietZetten(Api api) {
        String[] ab = tweeDossiers();
        Task vrijwilliger = taak(ab[0], "vrijwilligerVoorstellen");
        int inB = dossiers.gebeurtenissen(ab[1]).size();
        EngineRest vsgh = EngineRest.als(poort, "vsgh", api);
        String pad = "/task/" + vrijwilliger.getId();

        EngineRest.Antwoord zetten = vsgh.put(pad + "/localVariables/dossierId",
                "{\"value\":\"" + ab[1] + "\",\"type\":\"String\"}");
        EngineRest.Antwoord afronden = vsgh.post(pad + "/complete", "{\"variables\":{\"dossierId\":{\"value\":\""
                + ab[1] + "\"},\"datumVoorstel\":{\"value\":\"" + vandaag() + "\"}}}");

        assertThat(zetten.status()).as(zetten.body()).isEqualTo(403);
        assertThat(zetten.body()).contains("AuthorizationException");
        assertThat(afronden.status()).as(afronden.body()).isEqualTo(403);
        assertThat(afronden.body()).contains("AuthorizationException");
        assertThat(taken.getVariable(vrijwilliger.getId(), "dossierId")).isEqualTo(ab[0]);
        assertThat(taak(ab[0], "vrijwilligerVoorstellen")).as("de taak staat nog open").isNotNull();
        assertThat(dossiers.gebeurtenissen(ab[1])).hasSize(inB);
    }
}
