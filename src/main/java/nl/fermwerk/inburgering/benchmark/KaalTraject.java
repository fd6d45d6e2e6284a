package nl.fermwerk.inburgering.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.fermwerk.inburgering.dossier.DossierService;
import nl.fermwerk.inburgering.simulatie.CaseloadSimulatie;
import nl.fermwerk.inburgering.simulatie.Meting;
import nl.fermwerk.inburgering.traject.TrajectStarter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Our own trajectory model as bare Camunda runs it: {@code inburgeringstraject.bpmn}, with the decision tables and
 * forms it refers to, deployed on the benchmark's bare engine ({@link KaleEngine}), with its three calls into our
 * code (recording a missed term, a verhuizing, the start of afsluiting) replaced by empty expressions: the bare engine
 * has no such beans; the plan of the uitvoering's onderdelen, which its gateways read, by {@link KaalPlan}. Every gateway, subprocess, boundary timer, async continuation and decision of the model stays.
 */
final class KaalTraject {

    private final ProcessEngine engine;
    private final CaseloadSimulatie caseload;

    KaalTraject(ProcessEngine kaleEngine) {
        this.engine = kaleEngine;
        this.caseload = new CaseloadSimulatie(kaleEngine);
    }

    /**
     * The same caseload through this bare copy, started with the variables our starter would give it, without any of
     * our listeners, events or projections: it shows how much of our cost is the model itself and how much our code.
     */
    Meting draai(int aantal, long zaad, Instant start) {
        return caseload.draai(aantal, zaad, start, TrajectStarter.PROCES, "Ons model, kaal", (i, nieuw) -> {
            String id = "KAALM-" + zaad + "-" + i;
            engine.getRuntimeService().startProcessInstanceByKey(TrajectStarter.PROCES, id,
                    TrajectStarter.variabelen(id, DossierService.aangemaakt(nieuw)));
            return id;
        });
    }

    /** Deploys the bare copy once per engine (the engine skips an unchanged redeployment). */
    void deploy() {
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name("ons model, kaal").enableDuplicateFiltering(true)
                .addString(TrajectStarter.PROCES + ".bpmn", kaal(tekst(new ClassPathResource(
                        "processes/" + TrajectStarter.PROCES + ".bpmn"))));
        for (String patroon : new String[] {"classpath*:processes/*.dmn", "classpath*:forms/*.form"}) {
            for (Resource bron : bronnen(patroon)) {
                deployment.addString(bron.getFilename(), tekst(bron));
            }
        }
        deployment.deploy();
    }

    static String kaal(String xml) {
        String kaal = xml
                // The plan of the onderdelen: the same table, without the dossier's events (KaalPlan)
                .replace("camunda:delegateExpression=\"${routewissel}\"",
                        "camunda:expression=\"${kaalPlan.plan(execution)}\"")
                .replaceAll("camunda:delegateExpression=\"\\$\\{[A-Za-z]+}\"", "camunda:expression=\"\\${null}\"")
                .replaceAll("<camunda:executionListener expression=\"\\$\\{trajectGebeurtenissen[^\"]*\"",
                        "<camunda:executionListener expression=\"\\${null}\"");
        if (kaal.contains("delegateExpression") || kaal.contains("trajectGebeurtenissen")) {
            throw new IllegalStateException("Het trajectmodel roept onze code op een nieuwe manier aan: pas KaalTraject aan");
        }
        return kaal;
    }

    private static Resource[] bronnen(String patroon) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(patroon);
        } catch (IOException e) {
            throw new IllegalStateException(patroon + " is niet te lezen", e);
        }
    }

    private static String tekst(Resource bron) {
        try (InputStream in = bron.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(bron + " is niet te lezen", e);
        }
    }
}
