package nl.fermwerk.inburgering.basis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The latest version of a decision table is known per node and asked again only when the deployments changed, on this
 * node or another (the engine's deployments table is what every node shares): a new version, a deleted one and a
 * version deployed again under the same number each count from the next command on. Runs in both suites.
 */
@IntegratieTest
class LaatsteVersiesTest {

    private static final String SLEUTEL = "laatsteVersiesTest";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void opruimen() {
        ClockUtil.reset();
        deployments.forEach(d -> repository.deleteDeployment(d, true));
    }

    @Test
    void eenNieuweVersieGeldtVanafDeVolgendeOpdracht() {
        deploy("a");
        String eerste = laatste();
        assertThat(laatste()).isEqualTo(eerste);

        deploy("b");

        assertThat(laatste()).isNotEqualTo(eerste).isEqualTo(definitie(2));
    }

    @Test
    void eenVerwijderdeVersieGeldtNietMeer() {
        deploy("a");
        deploy("b");
        String tweede = laatste();

        repository.deleteDeployment(deployments.remove(1), true);

        assertThat(laatste()).isNotEqualTo(tweede).isEqualTo(definitie(1));
    }

    @Test
    void eenVersieOpnieuwGedeploydOnderHetzelfdeNummerIsEenAndereDefinitie() {
        // A deployment made while the engine clock stood years ahead (a simulation, a replay, a test) stays the newest
        Date nu = ClockUtil.getCurrentTime();
        ClockUtil.setCurrentTime(new Date(nu.getTime() + 5L * 365 * 24 * 3600 * 1000));
        deployments.add(repository.createDeployment().name(SLEUTEL).addString(SLEUTEL + "Later.dmn",
                tabel("later").replace("id=\"" + SLEUTEL + "\"", "id=\"" + SLEUTEL + "Later\"")).deploy().getId());
        ClockUtil.setCurrentTime(nu);
        deploy("a");
        deploy("b");
        String tweede = laatste();
        repository.deleteDeployment(deployments.remove(2), true);
        ClockUtil.setCurrentTime(new Date(nu.getTime() + 1_000));

        deploy("c");

        assertThat(definitie(2)).isNotEqualTo(tweede);
        assertThat(laatste()).isEqualTo(definitie(2));
    }

    @Test
    void zolangErNietsGedeploydWordtVraagtDeNodeHetNietOpnieuw() {
        deploy("a");
        AtomicInteger gevraagd = new AtomicInteger();
        String sleutel = "formulier-" + System.nanoTime();

        Optional<String> eerst = formulier(sleutel, gevraagd, "formulier:1");
        Optional<String> daarna = formulier(sleutel, gevraagd, "formulier:2");
        deploy("b");
        Optional<String> naDeployment = formulier(sleutel, gevraagd, "formulier:3");

        assertThat(eerst).contains("formulier:1");
        assertThat(daarna).contains("formulier:1");
        assertThat(naDeployment).contains("formulier:3");
        assertThat(gevraagd).hasValue(2);
    }

    @Test
    void geenAntwoordGeldtAlleenBinnenDeOpdracht() {
        AtomicInteger gevraagd = new AtomicInteger();
        String sleutel = "ontbreekt-" + System.nanoTime();

        formulier(sleutel, gevraagd, null);
        formulier(sleutel, gevraagd, null);
        // Within one command it asks once: a task without a deployed form asks for it at every variable it writes
        opdracht(() -> {
            for (int i = 0; i < 3; i++) {
                LaatsteVersies.formulier(sleutel, () -> {
                    gevraagd.incrementAndGet();
                    return Optional.empty();
                });
            }
            return null;
        });

        assertThat(gevraagd).hasValue(3);
    }

    /** The node's answer for a form reference, in a command of its own; the engine would answer {@code antwoord}. */
    private Optional<String> formulier(String sleutel, AtomicInteger gevraagd, String antwoord) {
        return opdracht(() -> LaatsteVersies.formulier(sleutel, () -> {
            gevraagd.incrementAndGet();
            return Optional.ofNullable(antwoord);
        }));
    }

    private String laatste() {
        return opdracht(() -> LaatsteVersies.beslissing(repository, SLEUTEL)).orElseThrow();
    }

    private <T> T opdracht(Supplier<T> werk) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute((Command<T>) context -> werk.get());
    }

    private String definitie(int versie) {
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(SLEUTEL)
                .decisionDefinitionVersion(versie).singleResult().getId();
    }

    private void deploy(String uitkomst) {
        deployments.add(repository.createDeployment().name(SLEUTEL).addString(SLEUTEL + ".dmn", tabel(uitkomst))
                .deploy().getId());
    }

    private static String tabel(String uitkomst) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="t">
                  <decision id="%s" name="Test">
                    <decisionTable id="t">
                      <input id="i"><inputExpression id="e" typeRef="string"><text>x</text></inputExpression></input>
                      <output id="o" name="uitkomst" typeRef="string" />
                      <rule id="r"><inputEntry id="ie"><text>-</text></inputEntry>
                        <outputEntry id="oe"><text>"%s"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(SLEUTEL, uitkomst);
    }
}
