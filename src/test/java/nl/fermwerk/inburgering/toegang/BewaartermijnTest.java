package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.bewaartermijn.Bewaartermijn;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.dossier.GebeurtenisTypen;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.dossier.NieuweGebeurtenis;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention: a dossier closed longer ago than the term loses its events, projection, access log and engine history;
 * a recently closed one keeps everything. The clock runs in the past (2022/2023 closings, cleaned in 2032), so the
 * dossiers that other tests close today are never expired here.
 */
@IntegratieTest
class BewaartermijnTest {

    @Autowired
    Bewaartermijn bewaartermijn;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    Gebeurtenissen gebeurtenissen;
    @Autowired
    Dossiers dossiers;
    @Autowired
    Toegangslog toegangslog;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService historie;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TransactionTemplate transactie;
    @Value("${camunda.bpm.generic-properties.properties.historyTimeToLive}")
    String historyTimeToLive;

    @AfterEach
    void klokTerug() {
        ClockUtil.reset();
    }

    @Test
    void eenVerlopenDossierVerdwijntEnEenRecentBlijft() {
        zetKlok("2022-06-01T10:00:00Z");
        String verlopen = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
        toegangslog.registreer("casusregisseur", verlopen, "GET /api/dossiers/" + verlopen, "test");
        sluit(verlopen);
        zetKlok("2023-01-10T10:00:00Z");
        String recent = testDossiers.open("ASIELSTATUSHOUDER", "MONTFOORT", true);
        toegangslog.registreer("casusregisseur", recent, "GET /api/dossiers/" + recent, "test");
        sluit(recent);

        // Ten years and a day after the first closing: only that one has passed its term
        zetKlok("2032-06-02T10:00:00Z");
        var verwijderd = bewaartermijn.opschonen();

        assertThat(verwijderd).extracting(Bewaartermijn.Verwijderd::dossierId).contains(verlopen)
                .doesNotContain(recent);
        assertThat(verwijderd).filteredOn(v -> v.dossierId().equals(verlopen)).singleElement().satisfies(v -> {
            assertThat(v.gebeurtenissen()).isEqualTo(2);
            assertThat(v.toegangslogregels()).isEqualTo(1);
            assertThat(v.procesinstanties()).isEqualTo(1);
        });
        assertThat(gebeurtenissen.vanDossier(verlopen)).isEmpty();
        assertThat(dossiers.vind(verlopen)).isEmpty();
        assertThat(toegangslog.vanDossier(verlopen)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(verlopen).count()).isZero();
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(verlopen).count()).isZero();
        assertThat(historie.createHistoricTaskInstanceQuery().processInstanceBusinessKey(verlopen).count()).isZero();
        // What was removed is recorded, without personal data
        assertThat(jdbc.queryForMap("SELECT gebeurtenissen, bewaartermijn FROM bewaartermijn_verwijdering "
                + "WHERE dossier_id = ?", verlopen)).containsValues(2, "P10Y");

        assertThat(gebeurtenissen.vanDossier(recent)).hasSize(2);
        assertThat(gebeurtenissen.controleerKeten(recent)).isEmpty();
        assertThat(dossiers.vind(recent)).isPresent();
        assertThat(toegangslog.vanDossier(recent)).hasSize(1);
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(recent).count())
                .isEqualTo(1);

        // A second run finds nothing more to do for these two
        assertThat(bewaartermijn.opschonen()).extracting(Bewaartermijn.Verwijderd::dossierId)
                .doesNotContain(verlopen, recent);
    }

    @Test
    void eenOpenDossierBlijftHoeOudOokMaar() {
        zetKlok("2022-03-01T10:00:00Z");
        String open = testDossiers.open("GEZINSMIGRANT", "OUDEWATER", false);

        zetKlok("2040-01-01T10:00:00Z");
        assertThat(bewaartermijn.opschonen()).extracting(Bewaartermijn.Verwijderd::dossierId).doesNotContain(open);
        assertThat(gebeurtenissen.vanDossier(open)).isNotEmpty();
    }

    @Test
    void deBewaartermijnIsTienJaarEnDeEngineHistorieVolgtHem() {
        assertThat(bewaartermijn.termijn()).isEqualTo(Period.ofYears(10));
        // The engine removes finished history after historyTimeToLive days; that must be about the same ten years
        // (the retention job removes the history of an expired dossier itself, so it is never kept longer)
        assertThat(historyTimeToLive).isEqualTo("P3650D");
        Integer ttl = repository.createProcessDefinitionQuery().processDefinitionKey("inburgeringstraject")
                .latestVersion().singleResult().getHistoryTimeToLive();
        assertThat(ttl).isBetween(3650, 3653);
        var configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuratie.getHistoryCleanupBatchWindowStartTime()).isNotBlank();
        assertThat(configuratie.getHistoryCleanupBatchWindowEndTime()).isNotBlank();
    }

    private void sluit(String dossierId) {
        transactie.executeWithoutResult(s -> gebeurtenissen.voegToe(dossierId, new NieuweGebeurtenis(
                GebeurtenisTypen.DOSSIER_AFGESLOTEN, Map.of("resultaat", "EXAMEN_BEHAALD"), Klok.nu(), "test")));
    }

    private static void zetKlok(String moment) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(moment)));
    }
}
