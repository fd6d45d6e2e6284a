package nl.fermwerk.inburgering.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The benchmark's bare copy of our model: the same flow, none of our code. */
class KaalTrajectTest {

    @Test
    void deKopieHoudtHetModelMaarRoeptOnzeCodeNietAan() throws Exception {
        String origineel = Files.readString(Path.of("processes/inburgeringstraject.bpmn"));
        String kaal = KaalTraject.kaal(origineel);

        BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(kaal.getBytes()));
        BpmnModelInstance bron = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(origineel.getBytes()));
        assertThat(model.getModelElementsByType(Process.class)).singleElement()
                .satisfies(p -> assertThat(p.getId()).as("geen eigen sleutel: de kale engine heeft zijn eigen database")
                        .isEqualTo("inburgeringstraject"));
        assertThat(model.getModelElementsByType(UserTask.class)).hasSameSizeAs(
                bron.getModelElementsByType(UserTask.class));
        assertThat(kaal).doesNotContain("delegateExpression").doesNotContain("trajectGebeurtenissen");
        assertThat(kaal.length()).isCloseTo(origineel.length(), org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void eenOnbekendeAanroepVanOnzeCodeValtOp() {
        assertThatThrownBy(() -> KaalTraject.kaal("<bpmn:process id=\"inburgeringstraject\">"
                + "<camunda:taskListener delegateExpression=\"${iets}\"/>"))
                .isInstanceOf(IllegalStateException.class);
    }
}
