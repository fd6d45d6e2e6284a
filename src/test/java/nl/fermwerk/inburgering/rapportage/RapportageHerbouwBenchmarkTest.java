package nl.fermwerk.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rebuild's throughput on synthetic event streams (written straight into the table: the rebuild reads events, it
 * does not check their hash chain). Off by default; run with {@code -Dinburgering.benchmark=true}
 * ({@code -Dinburgering.benchmark.dossiers=} sets the size). Removes its events again afterwards.
 */
@IntegratieTest
@EnabledIfSystemProperty(named = "inburgering.benchmark", matches = "true")
class RapportageHerbouwBenchmarkTest {

    private static final Logger LOG = LoggerFactory.getLogger(RapportageHerbouwBenchmarkTest.class);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RapportageHerbouw herbouw;

    @Test
    void meetDeHerbouwsnelheid() {
        int dossiers = Integer.getInteger("inburgering.benchmark.dossiers", 10_000);
        String[][] stroom = {
                {"DossierAangemaakt", "{\"bsn\":\"999999990\",\"datumKoppeling\":\"2024-01-08\",\"doelgroep\":\"ASIELSTATUSHOUDER\",\"gemeente\":\"WOERDEN\",\"geboortedatum\":\"1990-01-01\",\"inkoopregio\":\"U16\",\"naam\":\"Bench\",\"uitkering\":true}"},
                {"OverdrachtCoaAfgerond", "{\"datumOverdracht\":\"2024-01-20\",\"onderdeel\":\"WARME_OVERDRACHT\",\"taak\":\"overdrachtCoa\",\"taakId\":\"t1\"}"},
                {"IngeschrevenInGemeente", "{\"datumInschrijving\":\"2024-02-01\",\"onderdeel\":\"HUISVESTING\",\"taak\":\"inschrijvingGemeente\",\"taakId\":\"t2\"}"},
                {"LeerbaarheidstoetsAfgenomen", "{\"datumToets\":\"2024-02-05\",\"onderdeel\":\"BREDE_INTAKE\",\"taak\":\"leerbaarheidstoets\",\"taakId\":\"t3\"}"},
                {"BredeIntakeAfgerond", "{\"datumBredeIntake\":\"2024-02-15\",\"onderdeel\":\"BREDE_INTAKE\",\"taak\":\"bredeIntake\",\"taakId\":\"t4\"}"},
                {"PipVastgesteld", "{\"leerroute\":\"B1\",\"onderdeel\":\"PIP\",\"pipDatum\":\"2024-03-10\",\"taak\":\"pipOpstellen\",\"taakId\":\"t5\"}"},
                {"VoortgangsgesprekGevoerd", "{\"onderdeel\":\"VOORTGANGSGESPREKKEN\",\"taak\":\"voortgangsgesprek\",\"taakId\":\"t6\",\"uitkomst\":\"GEEN_ACTIE\"}"},
                {"PvtAfgerond", "{\"datumPvt\":\"2024-11-01\",\"onderdeel\":\"PVT\",\"taak\":\"pvt\",\"taakId\":\"t7\"}"},
                {"TermijnOverschreden", "{\"termijn\":\"MAP\",\"vervaldatum\":\"2025-09-10\"}"},
                {"MapAfgerond", "{\"datumMap\":\"2025-10-01\",\"onderdeel\":\"MAP\",\"praktijkUren\":44,\"taak\":\"map\",\"taakId\":\"t8\"}"}};
        OffsetDateTime tijd = Instant.parse("2025-01-01T10:00:00Z").atOffset(ZoneOffset.UTC);
        String hash = "0".repeat(64);
        try {
            List<Object[]> batch = new ArrayList<>();
            for (int d = 0; d < dossiers; d++) {
                for (int v = 0; v < stroom.length; v++) {
                    batch.add(new Object[] {"BENCH-" + d, v + 1, stroom[v][0], stroom[v][1], tijd, tijd, "benchmark",
                            hash, hash});
                }
                if (batch.size() >= 5000) {
                    schrijf(batch);
                }
            }
            schrijf(batch);
            herbouw.herbouw(); // warm-up: JIT and caches
            RapportageHerbouw.Resultaat r = herbouw.herbouw();
            LOG.info("Herbouw: {} gebeurtenissen, {} dossiers in {} ms = {} gebeurtenissen/s", r.gebeurtenissen(),
                    r.dossiers(), r.millis(), r.gebeurtenissenPerSeconde());
            // A measurement, not a timed test: the speed is reported (docs/performance.md), only the work is checked
            assertThat(r.gebeurtenissen()).isGreaterThanOrEqualTo((long) dossiers * stroom.length);
            assertThat(r.dossiers()).isGreaterThanOrEqualTo(dossiers);
        } finally {
            jdbc.update("DELETE FROM gebeurtenis WHERE dossier_id LIKE 'BENCH-%'");
            herbouw.herbouw();
        }
    }

    private void schrijf(List<Object[]> batch) {
        jdbc.batchUpdate("""
                INSERT INTO gebeurtenis (dossier_id, volgnummer, type, data, tijdstip, systeemtijd, actor, vorige_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        batch.clear();
    }
}
