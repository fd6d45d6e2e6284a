package nl.fermwerk.inburgering.modellen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every model a beleidsmedewerker can change, as it lies in the repository (processes/ and forms/, including files
 * added later), passes the structural checks. A failure lists each file and element to fix.
 */
@IntegratieTest
class ModellenStructuurTest {

    static final Path PROCESSEN = Path.of("processes");
    static final Path FORMULIEREN = Path.of("forms");

    @Autowired
    ModelControle controle;

    @Test
    void elkModelInProcessesEnFormsIsStructureelInOrde() throws Exception {
        assertThat(aantal(PROCESSEN, ".bpmn")).as("BPMN-bestanden in processes/").isPositive();
        assertThat(aantal(PROCESSEN, ".dmn")).as("DMN-bestanden in processes/").isPositive();
        assertThat(aantal(FORMULIEREN, ".form")).as("formulieren in forms/").isPositive();

        List<Bevinding> bevindingen = controle.controleer(PROCESSEN, FORMULIEREN);

        assertThat(bevindingen).as(() -> "Structurele fouten in de modellen:\n  " + bevindingen.stream()
                .map(Bevinding::toString).collect(Collectors.joining("\n  "))).isEmpty();
    }

    private static long aantal(Path map, String extensie) throws Exception {
        try (Stream<Path> alle = Files.walk(map)) {
            return alle.filter(p -> p.toString().endsWith(extensie)).count();
        }
    }
}
