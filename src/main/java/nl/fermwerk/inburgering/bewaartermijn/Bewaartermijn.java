package nl.fermwerk.inburgering.bewaartermijn;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention job. A dossier whose {@code DossierAfgesloten} lies longer ago than the term is removed entirely, each
 * dossier in its own transaction (events, projection, access log and engine history together or not at all).
 *
 * <p>The event store is append-only for the application; this is its one sanctioned exception, and it works on the
 * store's tables directly because erasure is not an event (an "erased" event would keep the dossier alive). It removes
 * the whole hash chain of the dossier, so no chain is left broken: chains are per dossier. On PostgreSQL the database
 * enforces the exception: events and access log leave only through its function {@code bewaartermijn_verwijder}
 * ({@link BewaartermijnOpslag}), which applies the rule again by the database's clock.
 */
@Component
public class Bewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijn.class);

    /** What was removed for one dossier. */
    public record Verwijderd(String dossierId, Instant afgeslotenOp, int gebeurtenissen, int toegangslogregels,
                             int procesinstanties) {
    }

    private final Period termijn;
    private final BewaartermijnOpslag opslag;
    private final RuntimeService runtime;
    private final HistoryService historie;
    private final TransactionTemplate transactie;

    public Bewaartermijn(@Value("${inburgering.bewaartermijn:P10Y}") String termijn, BewaartermijnOpslag opslag,
                         RuntimeService runtime, HistoryService historie, PlatformTransactionManager transacties) {
        this.termijn = Period.parse(termijn);
        if (this.termijn.isNegative() || this.termijn.isZero()) {
            throw new IllegalStateException("inburgering.bewaartermijn moet een positieve periode zijn, zoals P10Y");
        }
        this.opslag = opslag;
        this.runtime = runtime;
        this.historie = historie;
        this.transactie = new TransactionTemplate(transacties);
    }

    public Period termijn() {
        return termijn;
    }

    /** Closed before this moment means expired: now (engine clock) minus the term, in Dutch calendar time. */
    public Instant grens() {
        return Klok.nu().atZone(Klok.ZONE).minus(termijn).toInstant();
    }

    @Scheduled(cron = "${inburgering.bewaartermijn-cron:0 30 5 * * *}", zone = "Europe/Amsterdam")
    void volgensSchema() {
        opschonen();
    }

    /** Removes every expired dossier; returns (and logs) what it removed. */
    public List<Verwijderd> opschonen() {
        Instant grens = grens();
        List<Verwijderd> verwijderd = new ArrayList<>();
        for (String dossierId : opslag.verlopen(grens)) {
            try {
                Verwijderd v = verwijder(dossierId);
                if (v != null) {
                    verwijderd.add(v);
                }
            } catch (RuntimeException fout) {
                // One dossier that cannot go now (another node removes it at this moment; on PostgreSQL the database
                // refuses it by its own clock) must not keep the others; the next run tries again
                LOG.warn("Bewaartermijn: dossier {} kon niet worden verwijderd; volgende run opnieuw", dossierId, fout);
            }
        }
        LOG.info("Bewaartermijn {}: {} dossier(s) afgesloten voor {} verwijderd{}", termijn, verwijderd.size(), grens,
                verwijderd.isEmpty() ? "" : ": " + verwijderd.stream().map(Verwijderd::dossierId).toList());
        return verwijderd;
    }

    private Verwijderd verwijder(String dossierId) {
        return transactie.execute(status -> {
            if (!opslag.bestaat(dossierId)) {
                return null;
            }
            List<String> instanties = historie.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(dossierId).list().stream().map(HistoricProcessInstance::getId).toList();
            // Our tables first: on PostgreSQL the database may still refuse, and then nothing in the engine is touched
            BewaartermijnOpslag.Verwijderd rijen = opslag.verwijder(dossierId, termijn, Klok.nu(), instanties.size());
            // The trajectory normally ended at afsluiting; one still running is ended first, then all history goes
            List<String> lopend = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId).list()
                    .stream().map(ProcessInstance::getId).toList();
            if (!lopend.isEmpty()) {
                runtime.deleteProcessInstancesIfExists(lopend, "Bewaartermijn verstreken", true, true, true);
            }
            if (!instanties.isEmpty()) {
                historie.deleteHistoricProcessInstancesIfExists(instanties);
            }
            LOG.info("Bewaartermijn verstreken: dossier {} (afgesloten {}) verwijderd: {} gebeurtenissen, "
                    + "{} toegangslogregels, {} procesinstantie(s) met historie", dossierId, rijen.afgeslotenOp(),
                    rijen.gebeurtenissen(), rijen.toegangslogregels(), instanties.size());
            return new Verwijderd(dossierId, rijen.afgeslotenOp(), rijen.gebeurtenissen(), rijen.toegangslogregels(),
                    instanties.size());
        });
    }
}
