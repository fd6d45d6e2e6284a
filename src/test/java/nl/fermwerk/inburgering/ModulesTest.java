package nl.fermwerk.inburgering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: no cycle between modules, and no module uses another's internals (anything below a
 * module's top package). The generated documentation in docs/modules/ is written by the same run, so it never lags.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(RegieInburgeringApplication.class);

    @Test
    void grenzenHouden() {
        MODULES.verify();
    }

    @Test
    void documentatieIsActueel() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(MAP.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> bestanden = Files.list(MAP)) {
            for (Path puml : bestanden.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.writeString(puml, relatiesGesorteerd(Files.readString(puml, StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8);
            }
        }
    }

    private static final Path MAP = Path.of("docs", "modules");

    /**
     * The Documenter writes a diagram's relations in an order that changes from run to run; their order means nothing
     * to PlantUML, so sorting them keeps the committed diagrams unchanged until the modules really change.
     */
    static String relatiesGesorteerd(String puml) {
        List<String> uit = new ArrayList<>();
        List<String> relaties = new ArrayList<>();
        for (String regel : puml.split("\n", -1)) {
            if (regel.startsWith("Rel(")) {
                relaties.add(regel);
                continue;
            }
            relaties.sort(null);
            uit.addAll(relaties);
            relaties.clear();
            uit.add(regel);
        }
        relaties.sort(null);
        uit.addAll(relaties);
        return String.join("\n", uit);
    }
}
