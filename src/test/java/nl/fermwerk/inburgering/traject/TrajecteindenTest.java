package nl.fermwerk.inburgering.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The four ends other than VOLDAAN (which {@link TrajectPadenTest} runs for every doelgroep x leerroute), each reached
 * from the uitvoering by every doelgroep and every leerroute (pairwise: the four ends interrupt the trajectory whatever
 * its route), from the phases before the uitvoering, and after a route switch: the afsluiting opens, accepts that end
 * and the dossier closes.
 */
@IntegratieTest
class TrajecteindenTest extends TrajectTestBasis {

    /** Every doelgroep x leerroute to each end that interrupts the uitvoering (VOLDAAN: TrajectPadenTest). */
    static Stream<Arguments> elkeDoelgroepElkeRouteElkEinde() {
        return Stream.of("ASIELSTATUSHOUDER", "NAREIZIGER", "GEZINSMIGRANT", "OVERIGE_MIGRANT")
                .flatMap(doelgroep -> Stream.of("B1", "Z", "ONDERWIJS")
                        .flatMap(leerroute -> Stream.of("ONTHEFFING", "VRIJSTELLING", "VERHUISD", "TERMIJN_VERSTREKEN")
                                .map(einde -> Arguments.of(doelgroep, leerroute, einde))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("elkeDoelgroepElkeRouteElkEinde")
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

    /** Before the uitvoering: DUO's decisions and a verhuizing do not wait for the PIP. */
    @ParameterizedTest(name = "{0} in fase {1}")
    @CsvSource({"ONTHEFFING, BREDE_INTAKE", "VRIJSTELLING, PIP", "VERHUISD, BREDE_INTAKE"})
    void vanuitEenEerdereFase(String einde, String fase) {
        String id = open("GEZINSMIGRANT", "OUDEWATER", false);
        if (fase.equals("PIP")) {
            rondAf(id, "leerbaarheidstoets", "datumToets", vandaag());
            rondAf(id, "bredeIntake", "datumBredeIntake", vandaag());
            assertThat(openTaken(id)).contains("pipOpstellen");
        } else {
            assertThat(openTaken(id)).contains("leerbaarheidstoets");
        }
        beeindig(id, einde);
        assertThat(openTaken(id)).containsExactly("afsluiting");
        rondAf(id, "afsluiting", "resultaat", einde);
        assertGesloten(id);
    }

    /** After a switch from B1 to Z the restarted uitvoering ends the same ways. */
    @ParameterizedTest(name = "{0} na een routewissel")
    @CsvSource({"ONTHEFFING", "VERHUISD", "TERMIJN_VERSTREKEN"})
    void naEenRoutewissel(String einde) {
        String id = open("OVERIGE_MIGRANT", "WOERDEN", false);
        totEnMetPip(id, "B1", false);
        LocalDate pip = Klok.vandaag();
        naar(BEGIN.plusMonths(6).plusDays(1));
        rondAf(id, "voortgangsgesprek", "uitkomst", "BIJSTELLING_PIP");
        rondAf(id, "bijstellingPip", "leerroute", "Z", "datumBijstelling", vandaag());
        assertThat(openTaken(id)).contains("participatieZroute");
        if (einde.equals("TERMIJN_VERSTREKEN")) {
            // The term passes, then the eight weeks DUO has to extend it
            naar(pip.plusYears(3).plusDays(2).atTime(9, 0).atZone(Klok.ZONE));
            naar(pip.plusYears(3).plusWeeks(9).atTime(9, 0).atZone(Klok.ZONE));
        } else {
            beeindig(id, einde);
        }
        voerJobsUit(id);
        assertThat(openTaken(id)).contains("afsluiting").doesNotContain("participatieZroute", "pvt");
        rondAf(id, "afsluiting", "resultaat", einde);
        assertGesloten(id);
    }

    private void beeindig(String id, String einde) {
        switch (einde) {
            case "ONTHEFFING" -> berichten.ontvang(id, new Bericht("OntheffingVerleend", null, null), "duo");
            case "VRIJSTELLING" -> berichten.ontvang(id, new Bericht("VrijstellingVerleend", null, null), "duo");
            default -> {
                berichten.ontvang(id, new Bericht("Verhuisd", "BUITEN_REGIO", null), "test");
                voerJobsUit(id);
                rondAf(id, "overdrachtNieuweGemeente", "datumOverdrachtNieuweGemeente", vandaag());
            }
        }
        voerJobsUit(id);
    }
}
