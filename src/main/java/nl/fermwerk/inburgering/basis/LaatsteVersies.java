package nl.fermwerk.inburgering.basis;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * The latest deployed version of a decision table, and the Camunda Form a task's {@code formRef} resolves to (binding
 * {@code latest}), known per node for as long as the deployments stay the same. One completed task evaluates the
 * termijnen table, the taakverdeling, the decision rules and its form many times, in several commands; asking the
 * engine each time was 10 % of a completed task's time (bench/run.sh with JFR).
 * <p>
 * Whether the deployments changed is read once per command that asks, from the table every node shares
 * ({@link Stempel}): a deployment or a deletion, on this node or on any other, counts from the next command on, exactly
 * as when every evaluation asked the engine. Only found answers are kept for the node: "not deployed" is asked again
 * by the next command.
 * <p>
 * Kept as an engine session ({@link Fabriek}, registered by {@link LaatsteVersiesPlugin}), so the stamp is read in the
 * command's own transaction; outside a command, or on an engine without the plugin (the benchmark's bare engine), every
 * call asks. An engine whose models can no longer change ({@link #zetVast}: the what-if replay's child, which deploys
 * once and has no API and no other node) keeps the answers for its whole life without reading the stamp.
 */
public final class LaatsteVersies implements Session {

    private final Fabriek fabriek;
    private Stand stand;
    /** What this command asked and found missing: a task without a deployed form asks for it many times. */
    private final Set<String> ontbrekend = new HashSet<>();

    private LaatsteVersies(Fabriek fabriek) {
        this.fabriek = fabriek;
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
        return onthouden("beslissing|" + sleutel, () -> vraag(repository, sleutel));
    }

    /**
     * The id of the form definition that {@code vraag} resolves for this reference (key, binding, version and the
     * deployment of the task's process); empty when none resolves.
     */
    public static Optional<String> formulier(String referentie, Supplier<Optional<String>> vraag) {
        return onthouden("formulier|" + referentie, vraag);
    }

    /**
     * The node's answer for this key under the current deployments, asked only the first time; a missing one is asked
     * once per command (once for good on a fixed engine).
     */
    private static Optional<String> onthouden(String sleutel, Supplier<Optional<String>> vraag) {
        CommandContext opdracht = Context.getCommandContext();
        if (opdracht == null || !opdracht.getSessionFactories().containsKey(LaatsteVersies.class)) {
            return vraag.get();
        }
        LaatsteVersies sessie = opdracht.getSession(LaatsteVersies.class);
        Map<String, Optional<String>> antwoorden = sessie.stand(opdracht).antwoorden();
        Optional<String> bekend = antwoorden.get(sleutel);
        if (bekend != null) {
            return bekend;
        }
        if (sessie.ontbrekend.contains(sleutel)) {
            return Optional.empty();
        }
        Optional<String> antwoord = vraag.get();
        if (antwoord.isPresent() || sessie.fabriek.vast) {
            antwoorden.put(sleutel, antwoord);
        } else {
            sessie.ontbrekend.add(sleutel);
        }
        return antwoord;
    }

    private Stand stand(CommandContext opdracht) {
        if (stand == null) {
            stand = fabriek.vast ? fabriek.vaste : fabriek.bij(Stempel.van(opdracht));
        }
        return stand;
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
        stand = null;
        ontbrekend.clear();
    }

    /**
     * What identifies the deployments of the database at one moment: their number (a deletion lowers it, a deployment
     * raises it) and the sum of their deployment times. A deletion and a deployment between two commands of a node
     * leave the number the same but change the sum, unless the new one was made at the very millisecond of the one
     * deleted. Not the newest time or the greatest id: a deployment made while the engine clock stood years ahead (a
     * simulation, a replay) stays the newest, and the engine's ids are time-based UUIDs, not ordered.
     */
    record Stempel(long aantal, BigDecimal tijden) {

        static Stempel van(CommandContext opdracht) {
            String sql = "SELECT COUNT(*), SUM(EXTRACT(EPOCH FROM DEPLOY_TIME_)) FROM "
                    + opdracht.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_RE_DEPLOYMENT";
            // The command's own connection and transaction: no other session and no authorization to check
            Connection verbinding = opdracht.getDbSqlSession().getSqlSession().getConnection();
            try (PreparedStatement vraag = verbinding.prepareStatement(sql); ResultSet rij = vraag.executeQuery()) {
                rij.next();
                BigDecimal tijden = rij.getBigDecimal(2);
                return new Stempel(rij.getLong(1), tijden == null ? null : tijden.stripTrailingZeros());
            } catch (SQLException e) {
                throw new ProcessEngineException("De deployments zijn niet te lezen", e);
            }
        }
    }

    /**
     * The answers under one stamp, by kind and key ({@code beslissing|termijnen}, {@code formulier|…}); a command that
     * reads another stamp starts a new one.
     */
    record Stand(Stempel stempel, Map<String, Optional<String>> antwoorden) {

        Stand(Stempel stempel) {
            this(stempel, new ConcurrentHashMap<>());
        }
    }

    /** Opens one per command; keeps the node's answers. */
    static final class Fabriek implements SessionFactory {

        private final Stand vaste = new Stand(null);
        private volatile Stand huidige = new Stand(null);
        private volatile boolean vast;

        /**
         * The answers under this stamp. Commands that read two different stamps at about the same moment (around a
         * deployment) may take turns replacing each other's: that costs some asking again, never a wrong answer, since
         * answers are only shared by commands that read the same stamp.
         */
        Stand bij(Stempel stempel) {
            Stand nu = huidige;
            if (stempel.equals(nu.stempel())) {
                return nu;
            }
            Stand nieuw = new Stand(stempel);
            huidige = nieuw;
            return nieuw;
        }

        @Override
        public Class<?> getSessionType() {
            return LaatsteVersies.class;
        }

        @Override
        public Session openSession() {
            return new LaatsteVersies(this);
        }
    }
}
