package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** An event and the engine change that caused it are committed together or not at all. */
@IntegratieTest
class TransactieTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taken;
    @Autowired
    Gebeurtenissen gebeurtenissen;
    @Autowired
    TransactionTemplate transactie;

    @BeforeEach
    void deploy() {
        testDossiers.deployEenmalig("transactieTest", "testprocessen/transactie.bpmn");
    }

    @Test
    void eenDelegateDieNaHetSchrijvenFaaltLaatGeenGebeurtenisEnGeenStatuswijzigingAchter() {
        String dossierId = "TX-" + System.nanoTime();
        ProcessInstance instantie = runtime.startProcessInstanceByKey("transactieTest", dossierId,
                java.util.Map.of("gemeente", "WOERDEN"));
        Task stap = taken.createTaskQuery().processInstanceId(instantie.getId()).singleResult();

        assertThatThrownBy(() -> taken.complete(stap.getId())).hasMessageContaining("bewust mislukt");

        assertThat(gebeurtenissen.vanDossier(dossierId)).isEmpty();
        Task nogOpen = taken.createTaskQuery().processInstanceId(instantie.getId()).singleResult();
        assertThat(nogOpen).isNotNull();
        assertThat(nogOpen.getId()).isEqualTo(stap.getId());
    }

    @Test
    void eenVerouderdeVersieWordtGeweigerdEnNietOverschreven() {
        String dossierId = "VC-" + System.nanoTime();
        transactie.executeWithoutResult(s -> gebeurtenissen.voegToe(dossierId, 0,
                new Feit.AfsluitingGestart("eerste"), Klok.nu(), "test"));

        assertThatThrownBy(() -> transactie.executeWithoutResult(s -> gebeurtenissen.voegToe(dossierId, 0,
                new Feit.AfsluitingGestart("tweede"), Klok.nu(), "test")))
                .isInstanceOf(VersieConflictException.class)
                .hasMessageContaining("verwachte versie 0");

        assertThat(gebeurtenissen.vanDossier(dossierId)).extracting(Gebeurtenis::feit)
                .containsExactly(new Feit.AfsluitingGestart("eerste"));
    }
}
