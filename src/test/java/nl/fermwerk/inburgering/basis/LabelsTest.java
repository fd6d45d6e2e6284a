package nl.fermwerk.inburgering.basis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.fermwerk.inburgering.dossier.Fase;
import org.junit.jupiter.api.Test;

/** One source of labels: every code a person may meet has Dutch words, and the forms say the same words. */
class LabelsTest {

    @Test
    void elkeCodeVanDeWetEnVanHetTrajectHeeftEenLabel() {
        for (Gemeente g : Gemeente.values()) {
            assertThat(Labels.gemeente(g.name())).isEqualTo(g.naam());
        }
        assertThat(Labels.gemeente("BODEGRAVEN_REEUWIJK")).isEqualTo("Bodegraven-Reeuwijk");
        for (Doelgroep d : Doelgroep.values()) {
            assertThat(d.label()).isNotEqualTo(d.name()).doesNotContain("_");
        }
        for (Leerroute l : Leerroute.values()) {
            assertThat(l.label()).isNotEqualTo(l.name());
        }
        for (Inkoopregio r : Inkoopregio.values()) {
            assertThat(r.label()).isNotEqualTo(r.name());
        }
        for (Fase f : Fase.values()) {
            assertThat(f.label()).doesNotContain("_");
        }
        assertThat(Labels.doelgroep("ASIELSTATUSHOUDER")).isEqualTo("Asielstatushouder");
        assertThat(Labels.fase("BREDE_INTAKE")).isEqualTo("Brede intake");
    }

    @Test
    void eenOnbekendeCodeBlijftZichtbaarAlsCode() {
        assertThat(Labels.label("gemeente", "UTRECHT")).isEqualTo("UTRECHT");
        assertThat(Labels.label("iets", "X")).isEqualTo("X");
        assertThat(Labels.label("gemeente", null)).isEmpty();
    }

    @Test
    void eenDatumLeestAlsDagMaandJaar() {
        assertThat(Labels.datum(LocalDate.of(2026, 3, 12))).isEqualTo("12-03-2026");
        assertThat(Labels.datum((Object) "2026-03-12")).isEqualTo("12-03-2026");
        assertThat(Labels.datum((Object) "geen datum")).isEqualTo("geen datum");
        assertThat(Labels.datum((LocalDate) null)).isEmpty();
    }

    /** A choice in a form and the same code on the dossier page read alike: the test holds them together. */
    @Test
    void deKeuzesVanDeFormulierenHebbenDezelfdeWoordenAlsDeLabels() throws IOException {
        List<String> gecontroleerd = new ArrayList<>();
        try (Stream<Path> formulieren = Files.list(Path.of("forms"))) {
            for (Path formulier : formulieren.filter(p -> p.toString().endsWith(".form")).toList()) {
                controleer(new ObjectMapper().readTree(formulier.toFile()), gecontroleerd);
            }
        }
        assertThat(gecontroleerd).contains("resultaat", "uitkomst", "actie", "conclusieOntzorgen", "boeteArtikel",
                "leerroute");
    }

    private static void controleer(JsonNode onderdeel, List<String> gecontroleerd) {
        for (JsonNode component : onderdeel.path("components")) {
            for (JsonNode keuze : component.path("values")) {
                String soort = component.path("key").asText();
                assertThat(Labels.kent(soort)).as(soort).isTrue();
                assertThat(Labels.label(soort, keuze.path("value").asText())).as(soort)
                        .isEqualTo(keuze.path("label").asText());
                gecontroleerd.add(soort);
            }
            controleer(component, gecontroleerd);
        }
    }

    @Test
    void elkeTermijnVanDeTermijnentabelHeeftEenLabel() {
        DmnModelInstance tabel = Dmn.readModelFromFile(Path.of("processes", "termijnen.dmn").toFile());
        DecisionTable beslistabel = (DecisionTable) ((Decision) tabel.getModelElementById("termijnen")).getExpression();
        List<Output> uitvoer = List.copyOf(beslistabel.getOutputs());
        int kolom = -1;
        for (int i = 0; i < uitvoer.size(); i++) {
            kolom = "termijn".equals(uitvoer.get(i).getName()) ? i : kolom;
        }
        List<String> codes = new ArrayList<>();
        for (Rule regel : beslistabel.getRules()) {
            codes.add(List.copyOf(regel.getOutputEntries()).get(kolom).getText().getTextContent().replace("\"", "").strip());
        }
        assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(Labels.van("termijn")).containsKey(code));
    }
}
