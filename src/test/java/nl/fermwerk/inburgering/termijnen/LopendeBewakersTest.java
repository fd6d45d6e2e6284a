package nl.fermwerk.inburgering.termijnen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.traject.TrajectTestBasis;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The watchers found by our own SQL are exactly those the engine's process instance query finds: only running
 * watchers, only of this dossier, never the trajectory that carries the same business key.
 */
@IntegratieTest
class LopendeBewakersTest extends TrajectTestBasis {

    @Autowired
    RuntimeService runtime;

    @Test
    void vindtDezelfdeBewakersAlsDeEngine() {
        String id = open("GEZINSMIGRANT", "OUDEWATER", false);
        String ander = open("GEZINSMIGRANT", "WOERDEN", false);
        totEnMetPip(id, "Z", false);

        for (String dossier : List.of(id, ander)) {
            List<String> engine = ids(runtime.createProcessInstanceQuery()
                    .processDefinitionKey(Termijnbewaking.PROCES).processInstanceBusinessKey(dossier).list());
            assertThat(ids(LopendeBewakers.van(runtime, dossier))).as(dossier).containsExactlyElementsOf(engine)
                    .doesNotContain(traject(dossier).getId());
            for (String termijn : List.of("PIP", "PVT", "MAP", "INBURGERINGSTERMIJN", "GEEN_TERMIJN")) {
                List<String> vanEngine = ids(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(Termijnbewaking.PROCES).processInstanceBusinessKey(dossier)
                        .variableValueEquals("termijn", termijn).list());
                assertThat(LopendeBewakers.van(runtime, dossier, termijn).map(ProcessInstance::getId).stream()
                        .toList()).as(dossier + " " + termijn).isEqualTo(vanEngine);
            }
        }
        // What the comparison above met: with the PIP set its term has ended and the later ones run; before it, the
        // PIP term runs, of that dossier only
        assertThat(LopendeBewakers.van(runtime, id)).hasSizeGreaterThan(1);
        assertThat(LopendeBewakers.van(runtime, id, "PIP")).isEmpty();
        assertThat(LopendeBewakers.van(runtime, id, "INBURGERINGSTERMIJN")).isPresent();
        assertThat(LopendeBewakers.van(runtime, ander, "PIP")).get().extracting(ProcessInstance::getBusinessKey)
                .isEqualTo(ander);
        assertThat(LopendeBewakers.van(runtime, "IB-BESTAAT-NIET")).isEmpty();
    }

    private static List<String> ids(List<ProcessInstance> instanties) {
        return instanties.stream().map(ProcessInstance::getId).toList();
    }
}
