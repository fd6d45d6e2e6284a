package nl.fermwerk.inburgering.basis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * The latest deployed version of a decision table, asked once per engine command instead of once per evaluation: one
 * completed task evaluates the termijnen table, the taakverdeling and the decision rules many times, and within one
 * command (one transaction) no deployment can change which version is the latest. The next command asks again, so a
 * deployment on any node counts from the next command on, exactly as when every evaluation asked.
 * <p>
 * The same for the Camunda Form a task's {@code formRef} resolves to (binding {@code latest}: a new form version counts
 * from the next command on).
 * <p>
 * Kept as an engine session ({@link Fabriek}, registered by {@link LaatsteVersiesPlugin}), so it lives and dies with
 * the command; outside a command, or on an engine without the plugin (the benchmark's bare engine), every call asks.
 * An engine whose models can no longer change ({@link #zetVast}: the what-if replay's child, which deploys once and
 * has no API and no other node) keeps the answers for its whole life instead.
 */
public final class LaatsteVersies implements Session {

    private final Map<String, Optional<String>> beslissingen;
    private final Map<String, Optional<String>> formulieren;
    private final boolean vast;

    private LaatsteVersies(Map<String, Optional<String>> beslissingen, Map<String, Optional<String>> formulieren,
                           boolean vast) {
        this.beslissingen = beslissingen;
        this.formulieren = formulieren;
        this.vast = vast;
    }

    /**
     * From now on every command of this engine shares the answers: only for an engine that deploys nothing more
     * and shares its database with no other engine. Without the plugin it changes nothing.
     */
    public static void zetVast(ProcessEngine engine) {
        if (((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSessionFactories()
                .get(LaatsteVersies.class) instanceof Fabriek fabriek) {
            fabriek.vast = true;
        }
    }

    /** The id of the latest version of the decision without tenant, if one is deployed. */
    public static Optional<String> beslissing(RepositoryService repository, String sleutel) {
        return onthouden(versies -> versies.beslissingen, sleutel, () -> vraag(repository, sleutel));
    }

    /**
     * The id of the form definition that {@code vraag} resolves for this reference (key, binding, version and the
     * deployment of the task's process), asked once per command; empty when none resolves.
     */
    public static Optional<String> formulier(String referentie, Supplier<Optional<String>> vraag) {
        return onthouden(versies -> versies.formulieren, referentie, vraag);
    }

    /** The command's (or the fixed engine's) answer for this key, asked only the first time. */
    private static Optional<String> onthouden(Function<LaatsteVersies, Map<String, Optional<String>>> welke,
                                              String sleutel, Supplier<Optional<String>> vraag) {
        CommandContext opdracht = Context.getCommandContext();
        if (opdracht == null || !opdracht.getSessionFactories().containsKey(LaatsteVersies.class)) {
            return vraag.get();
        }
        return welke.apply(opdracht.getSession(LaatsteVersies.class)).computeIfAbsent(sleutel, s -> vraag.get());
    }

    private static Optional<String> vraag(RepositoryService repository, String sleutel) {
        return Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(sleutel)
                .latestVersion().withoutTenantId().singleResult()).map(DecisionDefinition::getId);
    }

    @Override
    public void flush() {
        // Nothing to write: it only remembers what it read
    }

    @Override
    public void close() {
        if (!vast) {
            beslissingen.clear();
            formulieren.clear();
        }
    }

    /** Opens one per command that asks; after {@link #zetVast} one shared by every command. */
    static final class Fabriek implements SessionFactory {

        private final Map<String, Optional<String>> vasteBeslissingen = new ConcurrentHashMap<>();
        private final Map<String, Optional<String>> vasteFormulieren = new ConcurrentHashMap<>();
        private volatile boolean vast;

        @Override
        public Class<?> getSessionType() {
            return LaatsteVersies.class;
        }

        @Override
        public Session openSession() {
            return vast ? new LaatsteVersies(vasteBeslissingen, vasteFormulieren, true)
                    : new LaatsteVersies(new HashMap<>(), new HashMap<>(), false);
        }
    }
}
