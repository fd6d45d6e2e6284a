package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.modellen.Berichten;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary, its contract (docs/gebeurtenissen.md), the model and the message list name the same events: a type
 * the model records exists, its required fields are what the task must hand over, and every message is a fact.
 */
class WoordenlijstTest {

    private static final Set<String> TAAKVELDEN = Set.of("taak", "taakId", "onderdeel");

    @Test
    void hetContractNoemtPreciesDeSoortenVanDeWoordenlijst() throws IOException {
        String contract = Files.readString(Path.of("docs", "gebeurtenissen.md"));
        Matcher rij = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|").matcher(contract);
        Set<String> gedocumenteerd = new TreeSet<>();
        while (rij.find()) {
            gedocumenteerd.add(rij.group(1));
        }
        assertThat(gedocumenteerd).containsExactlyInAnyOrderElementsOf(Woordenlijst.SOORTEN.keySet());
    }

    @Test
    void elkeTaakInHetModelLegtEenBestaandeSoortVastMetAlZijnVerplichteVelden() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/inburgeringstraject.bpmn"));
        int taken = 0;
        for (UserTask taak : model.getModelElementsByType(UserTask.class)) {
            Map<String, String> eigenschappen = eigenschappen(taak);
            String type = eigenschappen.get("gebeurtenis");
            if (type == null) {
                continue;
            }
            taken++;
            assertThat(Feit.soort(type)).as("gebeurtenis van taak %s", taak.getId()).isPresent();
            List<String> beslisvariabelen = Arrays.stream(eigenschappen.getOrDefault("beslisvariabelen", "")
                    .split(",")).map(String::strip).toList();
            Set<String> verplicht = Arrays.stream(Feit.soort(type).orElseThrow().getRecordComponents())
                    .filter(v -> v.isAnnotationPresent(Feit.Verplicht.class)).map(RecordComponent::getName)
                    .filter(v -> !TAAKVELDEN.contains(v)).collect(Collectors.toSet());
            assertThat(beslisvariabelen).as("beslisvariabelen van taak %s (%s)", taak.getId(), type)
                    .containsAll(verplicht);
        }
        assertThat(taken).isGreaterThan(20);
    }

    @Test
    void elkeMijlpaalVanHetModelEnElkBerichtIsEenSoort() throws IOException {
        String model = Files.readString(Path.of("processes", "inburgeringstraject.bpmn"));
        Matcher mijlpaal = Pattern.compile("trajectGebeurtenissen\\.leg\\(execution, '([A-Za-z]+)'\\)").matcher(model);
        int gevonden = 0;
        while (mijlpaal.find()) {
            gevonden++;
            assertThat(Feit.soort(mijlpaal.group(1))).as("mijlpaal %s", mijlpaal.group(1)).isPresent();
        }
        assertThat(gevonden).isPositive();
        for (String bericht : Berichten.ALLE) {
            assertThat(Feit.soort(bericht)).as("bericht %s", bericht).isPresent();
        }
    }

    private static Map<String, String> eigenschappen(UserTask taak) {
        Map<String, String> eigenschappen = new HashMap<>();
        ExtensionElements uitbreidingen = taak.getExtensionElements();
        if (uitbreidingen == null) {
            return eigenschappen;
        }
        for (CamundaProperties lijst : uitbreidingen.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty eigenschap : lijst.getCamundaProperties()) {
                eigenschappen.put(eigenschap.getCamundaName(), eigenschap.getCamundaValue());
            }
        }
        return eigenschappen;
    }
}
