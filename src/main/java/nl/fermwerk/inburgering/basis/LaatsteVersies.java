package nl.fermwerk.inburgering.basis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
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
 * Kept as an engine session ({@link Fabriek}, registered by {@link LaatsteVersiesPlugin}), so it lives and dies with
 * the command; outside a command, or on an engine without the plugin (the benchmark's bare engine), every call asks.
 */
public final class LaatsteVersies implements Session {

    private final Map<String, Optional<String>> beslissingen = new HashMap<>();

    private LaatsteVersies() {
    }

    /** The id of the latest version of the decision without tenant, if one is deployed. */
    public static Optional<String> beslissing(RepositoryService repository, String sleutel) {
        CommandContext opdracht = Context.getCommandContext();
        if (opdracht == null || !opdracht.getSessionFactories().containsKey(LaatsteVersies.class)) {
            return vraag(repository, sleutel);
        }
        return opdracht.getSession(LaatsteVersies.class).beslissingen.computeIfAbsent(sleutel,
                s -> vraag(repository, s));
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
        beslissingen.clear();
    }

    /** Opens one per command that asks. */
    static final class Fabriek implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return LaatsteVersies.class;
        }

        @Override
        public Session openSession() {
            return new LaatsteVersies();
        }
    }
}
