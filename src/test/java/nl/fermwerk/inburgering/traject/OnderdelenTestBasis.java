package nl.fermwerk.inburgering.traject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.Leerroute;
import nl.fermwerk.inburgering.dossier.Dossierverloop;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.dossier.Gebeurtenis;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tasks, rules and events of issue 21 (part 1) on the test model {@code testprocessen/onderdelen.bpmn}: every task
 * open at once, with the properties the main model will give them. What a test presupposes of a dossier (a PIP, a
 * PVT done, DUO's ontheffing) is appended as the event itself.
 */
abstract class OnderdelenTestBasis {

    @Autowired
    protected TestDossiers testDossiers;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService taken;
    @Autowired
    protected Gebeurtenissen gebeurtenissen;
    @Autowired
    private PlatformTransactionManager transacties;

    @BeforeEach
    void deploy() {
        testDossiers.deployEenmalig("onderdelenTest", "testprocessen/onderdelen.bpmn");
    }

    /** A dossier (its trajectory started too, and left alone) with the test model's tasks open. */
    protected String dossier(String doelgroep, boolean uitkering) {
        String id = testDossiers.open(doelgroep, "WOERDEN", uitkering);
        runtime.startProcessInstanceByKey("onderdelenTest", id, Map.of("dossierId", id, "gemeente", "WOERDEN"));
        return id;
    }

    /** A dossier with a PIP for this leerroute, dated today. */
    protected String metPip(String doelgroep, Leerroute leerroute) {
        String id = dossier(doelgroep, false);
        leg(id, new Feit.PipVastgesteld("pipOpstellen", "t", "PIP", leerroute, vandaag()));
        return id;
    }

    protected void leg(String id, Feit feit) {
        new TransactionTemplate(transacties).executeWithoutResult(t ->
                gebeurtenissen.voegToe(id, feit, Klok.nu(), "test"));
    }

    /** The test model's open task with this key for the dossier (not the main trajectory's). */
    protected Task taak(String id, String key) {
        return taken.createTaskQuery().processInstanceBusinessKey(id).processDefinitionKey("onderdelenTest")
                .taskDefinitionKey(key).singleResult();
    }

    protected void rondAf(String id, String key, Object... paren) {
        Task taak = taak(id, key);
        if (taak == null) {
            throw new AssertionError("Geen open testtaak " + key + " in " + id);
        }
        taken.complete(taak.getId(), vars(paren));
    }

    protected Dossierverloop verloop(String id) {
        return Dossierverloop.van(gebeurtenissen.vanDossier(id));
    }

    protected List<Gebeurtenis> gebeurtenissen(String id, String type) {
        return gebeurtenissen.vanDossier(id).stream().filter(g -> g.type().equals(type)).toList();
    }

    protected static LocalDate vandaag() {
        return Klok.vandaag();
    }

    protected static String dag() {
        return Klok.vandaag().toString();
    }

    protected static Map<String, Object> vars(Object... paren) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            map.put((String) paren[i], paren[i + 1]);
        }
        return map;
    }
}
