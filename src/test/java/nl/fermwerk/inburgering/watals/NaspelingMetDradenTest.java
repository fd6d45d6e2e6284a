package nl.fermwerk.inburgering.watals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver completes a round's tasks and jobs with several threads, dossier by dossier (watals.Naspeling): the
 * caseload must come out exactly as with one thread, or the demo caseload and a replay would depend on the machine's
 * cores. Two replay children of the same caseload, one thread and two, write the same figures.
 */
class NaspelingMetDradenTest {

    @TempDir
    Path map;

    @Test
    void tweeDradenGevenDezelfdeCijfersAlsEen() throws Exception {
        Path modellen = Files.createDirectories(map.resolve("modellen"));
        try (Stream<Path> bestanden = Stream.concat(Files.list(Path.of("processes")), Files.list(Path.of("forms")))) {
            for (Path bestand : bestanden.toList()) {
                Files.copy(bestand, modellen.resolve(bestand.getFileName()));
            }
        }
        LocalDate vanaf = LocalDate.of(2027, 1, 1);
        LocalDate tot = vanaf.plusYears(1).minusDays(1);
        List<String> jvm = List.of(Watals.STANDAARD_JVM_OPTIES.split(","));
        try (Kindproces een = Kindproces.start(modellen, map.resolve("een.json"), 20, 2021, vanaf, tot,
                Gedrag.STANDAARD, "448m", jvm, k -> { }, 1);
             Kindproces twee = Kindproces.start(modellen, map.resolve("twee.json"), 20, 2021, vanaf, tot,
                     Gedrag.STANDAARD, "448m", jvm, k -> { }, 2)) {
            long deadline = System.currentTimeMillis() + 5 * 60_000;
            assertThat(een.wacht(deadline)).as(een.laatsteUitvoer()).isTrue();
            assertThat(twee.wacht(deadline)).as(twee.laatsteUitvoer()).isTrue();
        }
        ObjectMapper json = new ObjectMapper();
        Figuren metEen = json.readValue(map.resolve("een.json").toFile(), Figuren.class);
        Figuren metTwee = json.readValue(map.resolve("twee.json").toFile(), Figuren.class);

        // Not an empty year: tasks were done and terms escalated, so equal figures say something
        assertThat(metEen.figuren().get("taken.fermwerk-casusregie").values().stream()
                .mapToDouble(perGemeente -> perGemeente.getOrDefault(Figuren.TOTAAL, 0.0)).sum()).isGreaterThan(100);
        assertThat(metEen.figuren().keySet()).anyMatch(f -> f.startsWith("escalaties."));
        assertThat(metTwee).isEqualTo(metEen);
        assertThat(Vergelijking.van(metEen, metTwee).heeftVerschil()).isFalse();
    }
}
