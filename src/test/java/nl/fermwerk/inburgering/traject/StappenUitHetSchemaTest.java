package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.termijnen.Termijnen;
import org.junit.jupiter.api.Test;

/**
 * The rows of the seed's schema "Wanneer vindt wat plaats?" in the main model (docs/traject.md, section 6):
 * alfabetisering when the PIP includes it, budgetcoaching when financiele zelfredzaamheid says it is needed, and the
 * sociaal team / WMO and the casuistiekoverleg as outcomes of a voortgangsgesprek.
 */
@IntegratieTest
class StappenUitHetSchemaTest extends TrajectTestBasis {

    @Test
    void alfabetiseringAlsHetPipHaarOpneemt() {
        String id = open("ASIELSTATUSHOUDER", "WOERDEN", false);
        warmeOverdracht(id);
        rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
        rondAf(id, "pipOpstellen", "leerroute", "Z", "pipDatum", vandaag(), "taalvrijwilliger", false,
                "alfabetisering", true);
        rondAf(id, "startLeerroute", "datumStart", vandaag());
        assertThat(openTaken(id)).contains("alfabetisering", "pvt", "participatieZroute");
        rondAf(id, "alfabetisering", "datumAfronding", vandaag());
        assertThat(traject(id)).hasPassed("alfabetisering");
        assertThat(gebeurtenissen(id, "AlfabetiseringAfgerond")).hasSize(1);
        assertThat(openTaken(id)).doesNotContain("alfabetisering");
    }

    @Test
    void geenAlfabetiseringZonderPipOfBuitenDeStatushouders() {
        String statushouder = open("ASIELSTATUSHOUDER", "WOERDEN", false);
        warmeOverdracht(statushouder);
        totEnMetPip(statushouder, "B1", false);
        rondAf(statushouder, "startLeerroute", "datumStart", vandaag());
        assertThat(openTaken(statushouder)).contains("pvt").doesNotContain("alfabetisering");

        // Table onderdelen: alfabetisering is the statushouders' offer (UP, tabel Aanbod)
        String gezinsmigrant = open("GEZINSMIGRANT", "WOERDEN", false);
        rondAf(gezinsmigrant, "leerbaarheidstoets", "datumToets", vandaag());
        rondAf(gezinsmigrant, "bredeIntake", "datumBredeIntake", vandaag());
        rondAf(gezinsmigrant, "pipOpstellen", "leerroute", "B1", "pipDatum", vandaag(), "taalvrijwilliger", false,
                "alfabetisering", true);
        assertThat(openTaken(gezinsmigrant)).contains("pvt").doesNotContain("alfabetisering");
    }

    @Test
    void budgetcoachingAlsFinancieleZelfredzaamheidDatNodigVindt() {
        String nodig = open("ASIELSTATUSHOUDER", "OUDEWATER", false);
        warmeOverdracht(nodig);
        rondAf(nodig, "financieleZelfredzaamheid", "datumAfronding", vandaag(), "budgetcoachingNodig", true);
        assertThat(openTaken(nodig)).contains("budgetcoaching", "maatschappelijkeBegeleiding");
        rondAf(nodig, "budgetcoaching", "datumBudgetcoaching", vandaag());
        assertThat(gebeurtenissen(nodig, "BudgetcoachingIngezet")).hasSize(1);
        rondAf(nodig, "maatschappelijkeBegeleiding", "datumAfronding", vandaag());
        assertThat(traject(nodig)).hasPassed("budgetcoaching", "End_Begeleiding");

        // Left out means not needed, as the checkbox's default
        String nietNodig = open("NAREIZIGER", "MONTFOORT", false);
        warmeOverdracht(nietNodig);
        rondAf(nietNodig, "financieleZelfredzaamheid", "datumAfronding", vandaag());
        assertThat(openTaken(nietNodig)).doesNotContain("budgetcoaching");
        assertThat(gebeurtenissen(nietNodig, "FinancieleZelfredzaamheidAfgerond")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("budgetcoachingNodig", false));
    }

    @Test
    void sociaalTeamEnCasuistiekoverlegUitHetVoortgangsgesprek() {
        String id = open("OVERIGE_MIGRANT", "BODEGRAVEN_REEUWIJK", false);
        totEnMetPip(id, "B1", false);
        naar(BEGIN.plusMonths(6).plusDays(1));
        rondAf(id, "voortgangsgesprek", "uitkomst", "SOCIAAL_TEAM");
        assertThat(openTaken(id)).contains("inzetSociaalTeam", "pvt").doesNotContain("voortgangsgesprek");
        rondAf(id, "inzetSociaalTeam", "voorziening", "WMO", "datumInzet", vandaag());
        assertThat(gebeurtenissen(id, "SociaalTeamIngezet")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("voorziening", "WMO"));

        naar(BEGIN.plusMonths(12).plusDays(2));
        rondAf(id, "voortgangsgesprek", "uitkomst", "CASUISTIEKOVERLEG");
        rondAf(id, "casuistiekoverleg", "datumOverleg", vandaag(), "deelnemers", "Ferm Werk, Sociaal team",
                "afspraken", "Schuldhulp aanvragen");
        assertThat(gebeurtenissen(id, "CasuistiekoverlegGehouden")).hasSize(1);
        assertThat(traject(id)).hasPassed("End_SociaalTeamIngezet", "End_CasuistiekoverlegGehouden");
        assertThat(openTaken(id)).doesNotContain("inzetSociaalTeam", "casuistiekoverleg");
    }

    /**
     * "Aanwijzen / voorstellen vrijwilliger VW" stands in the first quarter of the schema: the partner's task carries
     * the end of the first three months after the koppeling as its due date, a target without a watcher (no
     * escalation), so the Werkvoorraad sorts it among the dated work and "Termijn verlopen" shows it once late.
     */
    @Test
    void deVrijwilligerIsVoorgesteldInHetEersteKwartaalNaDeKoppeling() {
        String id = open("ASIELSTATUSHOUDER", "MONTFOORT", true);
        rondAf(id, "overdrachtCoa", "datumOverdracht", vandaag());
        LocalDate koppeling = dossiers.vind(id).datumKoppeling();
        assertThat(taak(id, "vrijwilligerVoorstellen").getDueDate())
                .isEqualTo(Termijnen.eindeVanDag(koppeling.plusMonths(3)));
    }
}
