package nl.fermwerk.inburgering.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.rapportage.Rapportages;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.traject.Bericht;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When the plicht ends, no term of the dossier stays behind: an escalation nobody handled (the watcher waits at its
 * {@code termijnBewaking} task) is withdrawn as well as a term still waiting for its deadline, each recorded as
 * {@code TermijnVervallen} with the reason. Before, only watchers still waiting for their deadline heard the end, and
 * most closed dossiers of the demo caseload kept an open escalation for the teamleider.
 */
@IntegratieTest
class EscalatiesBijEindeTest extends TrajectTestBasis {

    @Autowired
    Rapportages rapportages;

    @Test
    void eenAfgeslotenDossierLaatGeenEscalatieEnGeenWachtendeTermijnAchter() {
        String id = open("GEZINSMIGRANT", "WOERDEN", false);
        totEnMetPip(id, "B1", false);
        LocalDate pip = Klok.vandaag();
        // Nobody acts: PVT, MAP and the inburgeringstermijn pass and escalate, the trajectory ends in afsluiting
        naar(pip.plusYears(3).plusDays(2).atTime(9, 0).atZone(Klok.ZONE));
        naar(pip.plusYears(3).plusWeeks(9).atTime(9, 0).atZone(Klok.ZONE));
        voerJobsUit(id);
        assertThat(termijnOverschrijdingen(id)).contains("INBURGERINGSTERMIJN");
        assertThat(escalaties(id)).isPositive();
        rondAf(id, "afsluiting", "resultaat", "TERMIJN_VERSTREKEN");
        assertGesloten(id);

        assertThat(escalaties(id)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Termijnbewaking.PROCES)
                .processInstanceBusinessKey(id).count()).isZero();
        assertThat(gebeurtenissen(id, "TermijnVervallen")).extracting(g -> g.data().get("termijn"))
                .contains("INBURGERINGSTERMIJN");
        assertThat(gebeurtenissen(id, "TermijnVervallen")).allSatisfy(g -> assertThat(g.data())
                .containsEntry("reden", "DossierAfgesloten"));
        assertThat(rapportages.dossier(id, null).openTermijnen()).isEmpty();
    }

    @Test
    void eenOntheffingTrektDeEscalatieVanDeTermijnDieZeLaatVervallenIn() {
        String id = open("GEZINSMIGRANT", "OUDEWATER", false);
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        naar(Klok.vandaag().plusWeeks(11).atTime(9, 0).atZone(Klok.ZONE));
        assertThat(termijnOverschrijdingen(id)).containsExactly("PIP");
        assertThat(escalaties(id)).isEqualTo(1);

        berichten.ontvang(id, new Bericht("OntheffingVerleend", null, null), "duo");
        voerJobsUit(id);
        assertThat(escalaties(id)).isZero();
        assertThat(gebeurtenissen(id, "TermijnVervallen")).anySatisfy(g -> assertThat(g.data())
                .containsEntry("termijn", "PIP").containsEntry("reden", "OntheffingVerleend"));
        assertThat(rapportages.dossier(id, null).openTermijnen()).doesNotContain("PIP");

        rondAf(id, "afsluiting", "resultaat", "ONTHEFFING");
        assertGesloten(id);
        assertThat(escalaties(id)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Termijnbewaking.PROCES)
                .processInstanceBusinessKey(id).count()).isZero();
    }

    private long escalaties(String id) {
        return taken.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("termijnBewaking").count();
    }
}
