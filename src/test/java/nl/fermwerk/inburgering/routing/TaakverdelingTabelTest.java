package nl.fermwerk.inburgering.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of the seed's taakverdeling (15 onderdelen x 4 gemeenten) against processes/taakverdeling.dmn. The
 * expectation is a fixture typed from the Uitvoeringsplan, so a wrong edit of the DMN fails here.
 */
class TaakverdelingTabelTest {

    private static DmnEngine dmn;
    private static DmnDecision taakverdeling;

    @BeforeAll
    static void leesTabel() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = new FileInputStream("processes/taakverdeling.dmn")) {
            taakverdeling = dmn.parseDecision("taakverdeling", in);
        }
    }

    static Stream<Arguments> cellen() throws Exception {
        Path fixture = Path.of("src/test/resources/routing/taakverdeling-uitvoeringsplan.csv");
        return Files.readAllLines(fixture).stream()
                .filter(regel -> !regel.isBlank() && !regel.startsWith("#"))
                .map(regel -> regel.split(";", -1))
                .map(k -> Arguments.of(k[0], k[1], k[2], k[3].isEmpty() ? List.of() : List.of(k[3].split("\\|"))));
    }

    @Test
    void deFixtureDektAlle80Cellen() throws Exception {
        assertThat(cellen().count()).isEqualTo(80);
    }

    @ParameterizedTest(name = "{0} in {1} -> {2} + {3}")
    @MethodSource("cellen")
    void elkeCelRoutNaarDeGroepenVanHetUitvoeringsplan(String onderdeel, String gemeente, String eerst,
                                                        List<String> betrokken) {
        DmnDecisionResult resultaat = dmn.evaluateDecision(taakverdeling,
                Variables.createVariables().putValue("gemeente", gemeente).putValue("onderdeel", onderdeel));

        assertThat(resultaat).hasSize(1);
        assertThat((String) resultaat.getSingleResult().getEntry("eerstverantwoordelijke")).isEqualTo(eerst);
        String betrokkenTekst = resultaat.getSingleResult().getEntry("betrokken");
        List<String> werkelijk = betrokkenTekst == null || betrokkenTekst.isBlank() ? List.of()
                : Arrays.stream(betrokkenTekst.split(",")).map(String::strip).toList();
        assertThat(werkelijk).containsExactlyInAnyOrderElementsOf(betrokken);
    }

    @Test
    void eenOnbekendeGemeenteOfOnderdeelLevertNietsOp() {
        assertThat(dmn.evaluateDecision(taakverdeling, Variables.createVariables()
                .putValue("gemeente", "UTRECHT").putValue("onderdeel", "PVT"))).isEmpty();
        assertThat(dmn.evaluateDecision(taakverdeling, Variables.createVariables()
                .putValue("gemeente", "WOERDEN").putValue("onderdeel", "ONBEKEND"))).isEmpty();
    }
}
