package nl.fermwerk.inburgering.bewaartermijn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.fermwerk.inburgering.basis.Klok;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start when a deployed process would lose its history (historyTimeToLive, in days after the process ends)
 * before the dossier's own term has passed: the two settings live in different places and must be changed together.
 */
@Component
class BewaartermijnControle {

    private static final Logger LOG = LoggerFactory.getLogger(BewaartermijnControle.class);

    private final Bewaartermijn bewaartermijn;
    private final RepositoryService repository;

    BewaartermijnControle(Bewaartermijn bewaartermijn, RepositoryService repository) {
        this.bewaartermijn = bewaartermijn;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    void controleer() {
        LocalDate vandaag = Klok.vandaag();
        long dagen = ChronoUnit.DAYS.between(vandaag, vandaag.plus(bewaartermijn.termijn()));
        for (ProcessDefinition definitie : repository.createProcessDefinitionQuery().latestVersion().list()) {
            Integer ttl = definitie.getHistoryTimeToLive();
            // A few days' difference is the leap days of "P3650D" against "P10Y"; more is a forgotten setting
            if (ttl != null && ttl < dagen - 5) {
                LOG.warn("Proces {} bewaart zijn historie {} dagen; inburgering.bewaartermijn is {} ({} dagen). "
                        + "Pas camunda:historyTimeToLive aan (docs/privacy.md).", definitie.getKey(), ttl,
                        bewaartermijn.termijn(), dagen);
            }
        }
    }
}
