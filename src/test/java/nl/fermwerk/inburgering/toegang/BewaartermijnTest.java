package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.bewaartermijn.Bewaartermijn;
import nl.fermwerk.inburgering.dossier.Dossiers;
import nl.fermwerk.inburgering.dossier.Gebeurtenissen;
import nl.fermwerk.inburgering.rapportage.RapportageDossiers;
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
 * Retention: a dossier closed longer ago than the term loses its events, projections, access log and engine history;
 * a recently closed one keeps everything. The closings lie ten years back from the wall clock, because on PostgreSQL
 * the database checks the term again by its own clock (db/vendor/postgresql/V10); the job runs at the wall clock
 * too. This test's dossiers are removed again afterwards, so no replay of another test (2023-2024) ever sees them.
 */
@IntegratieTest
class BewaartermijnTest {

    private static final AtomicLong TELLER = new AtomicLong(System.currentTimeMillis() % 1_000_000);

    @Autowired
    Bewaartermijn bewaartermijn;
    @Autowired
    Gebeurtenissen gebeurtenissen;
    @Autowired
    Dossiers dossiers;
    @Autowired
    RapportageDossiers rapportage;
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

    private final List<String> aangemaakt = new ArrayList<>();

    @AfterEach
    void klokTerugEnOpruimen() {
        ClockUtil.reset();
        for (String id : aangemaakt) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "opruimen na test", true, true));
            List<String> historisch = historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                    .list().stream().map(h -> h.getId()).toList();
            if (!historisch.isEmpty()) {
                historie.deleteHistoricProcessInstancesIfExists(historisch);
            }
            for (String tabel : List.of("gebeurtenis", "dossier", "rapportage_dossier", "toegangslog")) {
                jdbc.update("DELETE FROM " + tabel + " WHERE dossier_id = ?", id);
            }
        }
    }

    @Test
    void eenVerlopenDossierVerdwijntEnEenRecentBlijft() {
        Instant tienJaarGeleden = Instant.now().atZone(Klok.ZONE).minusYears(10).toInstant();
        String verlopen = open(tienJaarGeleden.minus(Duration.ofDays(400)), "WOERDEN");
        toegangslog.registreer("casusregisseur", verlopen, "GET /api/dossiers/" + verlopen, "test");
        sluit(verlopen, tienJaarGeleden.minus(Duration.ofDays(1)));
        String recent = open(tienJaarGeleden.minus(Duration.ofDays(200)), "MONTFOORT");
        toegangslog.registreer("casusregisseur", recent, "GET /api/dossiers/" + recent, "test");
        sluit(recent, tienJaarGeleden.plus(Duration.ofDays(1)));
        assertThat(rapportage.vind(verlopen)).isPresent();

        // Ten years and a day after the first closing, a day short of it for the second
        ClockUtil.reset();
        var verwijderd = bewaartermijn.opschonen();

        assertThat(verwijderd).extracting(Bewaartermijn.Verwijderd::dossierId).contains(verlopen)
                .doesNotContain(recent);
        assertThat(verwijderd).filteredOn(v -> v.dossierId().equals(verlopen)).singleElement().satisfies(v -> {
            // DossierAangemaakt, DossierAfgesloten and TermijnVervallen (the PIP term it withdrew)
            assertThat(v.gebeurtenissen()).isEqualTo(3);
            assertThat(v.toegangslogregels()).isEqualTo(1);
            // the trajectory and the watcher of its PIP term
            assertThat(v.procesinstanties()).isEqualTo(2);
        });
        assertThat(gebeurtenissen.vanDossier(verlopen)).isEmpty();
        assertThat(dossiers.vind(verlopen)).isEmpty();
        // The rapportage projection holds the BSN and the name too: it goes with the dossier
        assertThat(rapportage.vind(verlopen)).isEmpty();
        assertThat(toegangslog.vanDossier(verlopen)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(verlopen).count()).isZero();
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(verlopen).count()).isZero();
        assertThat(historie.createHistoricTaskInstanceQuery().processInstanceBusinessKey(verlopen).count()).isZero();
        // What was removed is recorded, without personal data
        assertThat(jdbc.queryForMap("SELECT gebeurtenissen, toegangslogregels, procesinstanties, bewaartermijn "
                + "FROM bewaartermijn_verwijdering WHERE dossier_id = ?", verlopen)).containsValues(3, 1, 2, "P10Y");

        assertThat(gebeurtenissen.vanDossier(recent)).hasSize(3);
        assertThat(gebeurtenissen.controleerKeten(recent)).isEmpty();
        assertThat(dossiers.vind(recent)).isPresent();
        assertThat(rapportage.vind(recent)).isPresent();
        assertThat(toegangslog.vanDossier(recent)).hasSize(1);
        // the trajectory and the watcher of its PIP term
        assertThat(historie.createHistoricProcessInstanceQuery().processInstanceBusinessKey(recent).count())
                .isEqualTo(2);

        // A second run finds nothing more to do for these two
        assertThat(bewaartermijn.opschonen()).extracting(Bewaartermijn.Verwijderd::dossierId)
                .doesNotContain(verlopen, recent);
    }

    @Test
    void eenOpenDossierBlijftHoeOudOokMaar() {
        String open = open(Instant.now().atZone(Klok.ZONE).minusYears(30).toInstant(), "OUDEWATER");

        ClockUtil.reset();
        assertThat(bewaartermijn.grens()).isAfter(gebeurtenissen.vanDossier(open).get(0).tijdstip());
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

    /**
     * A dossier opened at a moment long past: its DossierAangemaakt written as of then (the API would refuse a
     * koppeling before 2022), which starts its trajectory as any koppeling does.
     */
    private String open(Instant moment, String gemeente) {
        String id = "BWT-" + TELLER.incrementAndGet();
        aangemaakt.add(id);
        ClockUtil.setCurrentTime(Date.from(moment));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("bsn", TestDossiers.uniekBsn());
        d.put("naam", "Test Bewaartermijn");
        d.put("geboortedatum", "1980-01-01");
        d.put("doelgroep", "GEZINSMIGRANT");
        d.put("gemeente", gemeente);
        d.put("inkoopregio", "U16");
        d.put("uitkering", false);
        d.put("datumKoppeling", LocalDate.ofInstant(moment, Klok.ZONE).toString());
        transactie.executeWithoutResult(s -> gebeurtenissen.voegToe(id, "DossierAangemaakt", d, moment, "test"));
        return id;
    }

    private void sluit(String dossierId, Instant moment) {
        ClockUtil.setCurrentTime(Date.from(moment));
        transactie.executeWithoutResult(s -> gebeurtenissen.voegToe(dossierId, "DossierAfgesloten",
                Map.of("resultaat", "EXAMEN_BEHAALD"), moment, "test"));
    }
}
