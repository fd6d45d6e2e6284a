package nl.fermwerk.inburgering.traject;

import nl.fermwerk.inburgering.simulatie.Formulierinvulling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/** Two formal voortgangsgesprekken a year from the PIP: six in three years, none after afsluiting. */
@IntegratieTest
class VoortgangsgesprekTest extends TrajectTestBasis {

    @Test
    void zesGesprekkenInDrieJaarElkeZesMaanden() {
        String id = gezinsmigrantMetPip("B1");
        LocalDate pip = LocalDate.parse(vandaag());
        List<LocalDate> gesprekken = new ArrayList<>();
        // Walk month by month through three years; complete every gesprek the month it appears
        for (int maand = 1; maand <= 36; maand++) {
            naar(BEGIN.plusMonths(maand).plusHours(1));
            gesprekken.addAll(voerGesprekkenUit(id));
        }
        assertThat(gesprekken).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(gesprekken.get(i)).isEqualTo(pip.plusMonths(6L * (i + 1)));
        }
        // The trajectory has not ended (nothing completed): the cycle goes on, every half year
        naar(BEGIN.plusMonths(41));
        assertThat(voerGesprekkenUit(id)).isEmpty();
        naar(BEGIN.plusMonths(42).plusHours(1));
        assertThat(voerGesprekkenUit(id)).containsExactly(pip.plusMonths(42));
        assertThat(timers(traject(id).getId())).hasSize(1);
    }

    private List<LocalDate> voerGesprekkenUit(String id) {
        List<LocalDate> gevoerd = new ArrayList<>();
        for (var gesprek : taken.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("voortgangsgesprek")
                .list()) {
            gevoerd.add(gesprek.getCreateTime().toInstant().atZone(Klok.ZONE).toLocalDate());
            taken.complete(gesprek.getId(), Formulierinvulling.aangevuld(engine.getFormService(), gesprek.getId(),
                    vars("uitkomst", "GEEN_ACTIE", "datumGesprek", vandaag())));
        }
        voerJobsUit(id);
        return gevoerd;
    }

    @Test
    void geenGesprekMeerNaAfsluiting() {
        String id = gezinsmigrantMetPip("Z");
        String instantie = traject(id).getId();
        naar(BEGIN.plusMonths(6).plusDays(1));
        rondAf(id, "voortgangsgesprek", "uitkomst", "GEEN_ACTIE");
        rondAf(id, "pvt", "datumPvt", vandaag());
        rondAf(id, "map", "praktijkUren", 40, "datumMap", vandaag());
        naar(BEGIN.plusMonths(12).plusDays(1));
        // the second gesprek is open when the trajectory ends: afsluiting ends it too
        assertThat(openTaken(id)).contains("voortgangsgesprek");
        rondAf(id, "participatieZroute", "participatieUren", 810, "participatieAfgerond", true);
        rondAf(id, "knm", "datumKnm", vandaag());
        // The plicht is not met before the eindgesprek: the gesprekken go on
        assertThat(openTaken(id)).contains("voortgangsgesprek", "eindgesprek");
        rondAf(id, "eindgesprek", "datumEindgesprek", vandaag());
        assertThat(openTaken(id)).containsExactly("afsluiting");
        assertThat(timers(instantie)).isEmpty();
        rondAf(id, "afsluiting", "resultaat", "VOLDAAN");
        naar(BEGIN.plusYears(4));
        assertThat(historie.createHistoricTaskInstanceQuery().processInstanceBusinessKey(id)
                .taskDefinitionKey("voortgangsgesprek").count()).isEqualTo(2);
        assertGesloten(id);
    }

    @Test
    void deFollowUpEnVervaldatumStaanOpDeTaak() {
        String id = gezinsmigrantMetPip("B1");
        ZonedDateTime halfJaar = BEGIN.plusMonths(6).plusDays(1);
        naar(halfJaar);
        var gesprek = taak(id, "voortgangsgesprek");
        assertThat(gesprek.getFollowUpDate()).isEqualTo(new nl.fermwerk.inburgering.termijnen.Termijnen()
                .vanafVandaag("P2W"));
        assertThat(gesprek.getDueDate()).isEqualTo(new nl.fermwerk.inburgering.termijnen.Termijnen()
                .vanafVandaag("P4W"));
    }

    private List<Job> timers(String instantie) {
        return beheer.createJobQuery().processInstanceId(instantie).timers().activityId("Start_Voortgangsgesprek")
                .list();
    }

    private String gezinsmigrantMetPip(String leerroute) {
        String id = open("GEZINSMIGRANT", "WOERDEN", false);
        totEnMetPip(id, leerroute, false);
        return id;
    }
}
