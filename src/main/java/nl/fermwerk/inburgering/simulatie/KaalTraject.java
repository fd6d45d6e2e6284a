package nl.fermwerk.inburgering.simulatie;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.fermwerk.inburgering.routing.RoutingPlugin;
import nl.fermwerk.inburgering.traject.TrajectStarter;
import org.camunda.bpm.engine.RepositoryService;
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

    public KaalTraject(RepositoryService repository) {
        this.repository = repository;
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
