package nl.fermwerk.inburgering.bewaartermijn;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.dossier.GebeurtenisTypen;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
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
 * the whole hash chain of the dossier, so no chain is left broken: chains are per dossier.
 */
@Component
public class Bewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaartermijn.class);

    /** What was removed for one dossier. */
    public record Verwijderd(String dossierId, Instant afgeslotenOp, int gebeurtenissen, int toegangslogregels,
                             int procesinstanties) {
    }

    private final Period termijn;
    private final JdbcTemplate jdbc;
    private final Toegangslog toegangslog;
    private final RuntimeService runtime;
    private final HistoryService historie;
    private final TransactionTemplate transactie;

    public Bewaartermijn(@Value("${inburgering.bewaartermijn:P10Y}") String termijn, JdbcTemplate jdbc,
                         Toegangslog toegangslog, RuntimeService runtime, HistoryService historie,
                         PlatformTransactionManager transacties) {
        this.termijn = Period.parse(termijn);
        if (this.termijn.isNegative() || this.termijn.isZero()) {
            throw new IllegalStateException("inburgering.bewaartermijn moet een positieve periode zijn, zoals P10Y");
        }
        this.jdbc = jdbc;
        this.toegangslog = toegangslog;
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
        List<String> verlopen = jdbc.queryForList("""
                SELECT g.dossier_id FROM gebeurtenis g
                WHERE g.type = ? AND g.dossier_id IN (SELECT d.dossier_id FROM dossier d WHERE d.status = 'AFGESLOTEN')
                GROUP BY g.dossier_id HAVING MAX(g.tijdstip) < ? ORDER BY g.dossier_id""",
                String.class, GebeurtenisTypen.DOSSIER_AFGESLOTEN, utc(grens));
        List<Verwijderd> verwijderd = new ArrayList<>();
        for (String dossierId : verlopen) {
            try {
                Verwijderd v = verwijder(dossierId);
                if (v != null) {
                    verwijderd.add(v);
                }
            } catch (RuntimeException fout) {
                // One dossier that cannot go now (e.g. another node removes it at this moment) must not keep the
                // others; the next run tries again
                LOG.warn("Bewaartermijn: dossier {} kon niet worden verwijderd; volgende run opnieuw", dossierId, fout);
            }
        }
        LOG.info("Bewaartermijn {}: {} dossier(s) afgesloten voor {} verwijderd{}", termijn, verwijderd.size(), grens,
                verwijderd.isEmpty() ? "" : ": " + verwijderd.stream().map(Verwijderd::dossierId).toList());
        return verwijderd;
    }

    private Verwijderd verwijder(String dossierId) {
        return transactie.execute(status -> {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM gebeurtenis WHERE dossier_id = ?", Long.class, dossierId) == 0) {
                return null;
            }
            Instant afgesloten = jdbc.queryForObject(
                    "SELECT MAX(tijdstip) FROM gebeurtenis WHERE dossier_id = ? AND type = ?", OffsetDateTime.class,
                    dossierId, GebeurtenisTypen.DOSSIER_AFGESLOTEN).toInstant();
            // The trajectory normally ended at afsluiting; one still running is ended first, then all history goes
            List<String> lopend = runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId).list()
                    .stream().map(ProcessInstance::getId).toList();
            if (!lopend.isEmpty()) {
                runtime.deleteProcessInstancesIfExists(lopend, "Bewaartermijn verstreken", true, true, true);
            }
            List<String> instanties = historie.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(dossierId).list().stream().map(HistoricProcessInstance::getId).toList();
            if (!instanties.isEmpty()) {
                historie.deleteHistoricProcessInstancesIfExists(instanties);
            }
            int gebeurtenissen = jdbc.update("DELETE FROM gebeurtenis WHERE dossier_id = ?", dossierId);
            jdbc.update("DELETE FROM dossier WHERE dossier_id = ?", dossierId);
            int logregels = toegangslog.verwijderNaBewaartermijn(dossierId);
            jdbc.update("""
                    INSERT INTO bewaartermijn_verwijdering (dossier_id, afgesloten_op, verwijderd_op, bewaartermijn,
                        gebeurtenissen, toegangslogregels, procesinstanties) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    dossierId, utc(afgesloten), utc(Klok.nu()), termijn.toString(), gebeurtenissen, logregels,
                    instanties.size());
            LOG.info("Bewaartermijn verstreken: dossier {} (afgesloten {}) verwijderd: {} gebeurtenissen, "
                    + "{} toegangslogregels, {} procesinstantie(s) met historie", dossierId, afgesloten, gebeurtenissen,
                    logregels, instanties.size());
            return new Verwijderd(dossierId, afgesloten, gebeurtenissen, logregels, instanties.size());
        });
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
