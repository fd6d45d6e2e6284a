package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four ends other than VOLDAAN (which {@link TrajectPadenTest} runs for every doelgroep x leerroute), each reached
 * from the uitvoering by every doelgroep x leerroute: the afsluiting opens, accepts that end and the dossier closes.
 */
@IntegratieTest
class TrajecteindenTest extends TrajectTestBasis {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "ASIELSTATUSHOUDER, B1,        ONTHEFFING",
            "ASIELSTATUSHOUDER, Z,         VRIJSTELLING",
            "ASIELSTATUSHOUDER, ONDERWIJS, VERHUISD",
            "ASIELSTATUSHOUDER, B1,        TERMIJN_VERSTREKEN",
            "NAREIZIGER,        Z,         ONTHEFFING",
            "NAREIZIGER,        ONDERWIJS, VRIJSTELLING",
            "NAREIZIGER,        B1,        VERHUISD",
            "NAREIZIGER,        Z,         TERMIJN_VERSTREKEN",
            "GEZINSMIGRANT,     ONDERWIJS, ONTHEFFING",
            "GEZINSMIGRANT,     B1,        VRIJSTELLING",
            "GEZINSMIGRANT,     Z,         VERHUISD",
            "GEZINSMIGRANT,     ONDERWIJS, TERMIJN_VERSTREKEN",
            "OVERIGE_MIGRANT,   B1,        ONTHEFFING",
            "OVERIGE_MIGRANT,   Z,         VRIJSTELLING",
            "OVERIGE_MIGRANT,   ONDERWIJS, VERHUISD",
            "OVERIGE_MIGRANT,   B1,        TERMIJN_VERSTREKEN"})
    void vanuitDeUitvoering(String doelgroep, String leerroute, String einde) {
        boolean asiel = doelgroep.equals("ASIELSTATUSHOUDER") || doelgroep.equals("NAREIZIGER");
        String id = open(doelgroep, "WOERDEN", false);
        if (asiel) {
            warmeOverdracht(id);
        }
        totEnMetPip(id, leerroute, false);
        LocalDate pip = Klok.vandaag();
        switch (einde) {
            case "ONTHEFFING" -> berichten.ontvang(id, new Bericht("OntheffingVerleend", null, null), "duo");
            case "VRIJSTELLING" -> berichten.ontvang(id, new Bericht("VrijstellingVerleend", null, null), "duo");
            case "VERHUISD" -> {
                berichten.ontvang(id, new Bericht("Verhuisd", "BUITEN_REGIO", null), "test");
                voerJobsUit(id);
                assertThat(openTaken(id)).contains("overdrachtNieuweGemeente").doesNotContain("afsluiting");
                rondAf(id, "overdrachtNieuweGemeente", "datumOverdrachtNieuweGemeente", vandaag());
            }
            default -> {
                naar(pip.plusYears(3).plusDays(2).atTime(9, 0).atZone(Klok.ZONE));
                // The uitvoering goes on while DUO may still extend the term
                assertThat(openTaken(id)).containsAnyOf("pvt", "startLeerroute").doesNotContain("afsluiting");
                naar(pip.plusYears(3).plusWeeks(9).atTime(9, 0).atZone(Klok.ZONE));
            }
        }
        voerJobsUit(id);
        assertThat(openTaken(id)).contains("afsluiting").doesNotContain("pvt");
        rondAf(id, "afsluiting", "resultaat", einde);
        assertGesloten(id);
        assertThat(gebeurtenissen(id, "DossierAfgesloten")).singleElement()
                .satisfies(g -> assertThat(g.data()).containsEntry("resultaat", einde));
    }
}
