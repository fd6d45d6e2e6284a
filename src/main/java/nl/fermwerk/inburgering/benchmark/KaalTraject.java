package nl.fermwerk.inburgering.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.routing.RoutingPlugin;
import nl.fermwerk.inburgering.simulatie.CaseloadSimulatie;
import nl.fermwerk.inburgering.simulatie.Meting;
import nl.fermwerk.inburgering.traject.TrajectStarter;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Our own trajectory model as bare Camunda runs it: the deployed {@code inburgeringstraject.bpmn} under a key that
 * starts with {@code kaal-} (so none of our parse listeners attach routing, card variables or events), with its three
 * calls into our code (recording a missed term, a verhuizing, the start of afsluiting) replaced by empty expressions.
 * Every gateway, subprocess, boundary timer, async continuation and decision of the model stays.
 */
@Component
public class KaalTraject {

    static final String SLEUTEL = RoutingPlugin.KALE_BASELINE + TrajectStarter.PROCES;

    private final RepositoryService repository;
    private final RuntimeService runtime;

    public KaalTraject(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /**
     * The same caseload through this bare copy, started with the variables our starter would give it, without any of
     * our listeners, events or projections: it shows how much of our cost is the model itself and how much our code.
     */
    public Meting draai(CaseloadSimulatie caseload, int aantal, long zaad, Instant start) {
        return caseload.draai(aantal, zaad, start, SLEUTEL, "Ons model, kaal", (i, nieuw) -> {
            String id = "KAALM-" + zaad + "-" + i;
            runtime.startProcessInstanceByKey(SLEUTEL, id, TrajectStarter.variabelen(id, DossierService.aangemaakt(nieuw)));
            return id;
        });
    }

    /** Deploys the bare copy once per run (the engine skips an unchanged redeployment). */
    public void deploy() {
        repository.createDeployment().name(SLEUTEL).enableDuplicateFiltering(true)
                .addString(SLEUTEL + ".bpmn", kaal(model())).deploy();
    }

    static String kaal(String xml) {
        String kaal = xml.replace("id=\"" + TrajectStarter.PROCES + "\"", "id=\"" + SLEUTEL + "\"")
                .replace("bpmnElement=\"" + TrajectStarter.PROCES + "\"", "bpmnElement=\"" + SLEUTEL + "\"")
                .replaceAll("camunda:delegateExpression=\"\\$\\{[A-Za-z]+}\"", "camunda:expression=\"\\${null}\"")
                .replaceAll("<camunda:executionListener expression=\"\\$\\{trajectGebeurtenissen[^\"]*\"",
                        "<camunda:executionListener expression=\"\\${null}\"");
        if (kaal.contains("delegateExpression") || kaal.contains("trajectGebeurtenissen")
                || !kaal.contains("id=\"" + SLEUTEL + "\"")) {
            throw new IllegalStateException("Het trajectmodel roept onze code op een nieuwe manier aan: pas KaalTraject aan");
        }
        return kaal;
    }

    private static String model() {
        try (InputStream in = new ClassPathResource("processes/" + TrajectStarter.PROCES + ".bpmn").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("processes/" + TrajectStarter.PROCES + ".bpmn is niet te lezen", e);
        }
    }
}
