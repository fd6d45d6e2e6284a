package nl.fermwerk.inburgering.benchmark;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows inserted, updated and deleted per table as PostgreSQL counts them ({@code pg_stat_user_tables}): the
 * benchmark's way to show where a run's database work goes, table by table. PostgreSQL only; H2 keeps no such count.
 */
final class Rijschrijvingen {

    private final JdbcTemplate jdbc;

    Rijschrijvingen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per table, rows written so far. */
    Map<String, Long> stand() {
        // A backend reports its counts when idle for a moment, and a transaction sees a cached snapshot: wait, renew
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jdbc.execute("SELECT pg_stat_clear_snapshot()");
        Map<String, Long> stand = new HashMap<>();
        jdbc.query("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables",
                rs -> {
                    stand.put(rs.getString(1).toLowerCase(), rs.getLong(2));
                });
        return stand;
    }

    static Map<String, Long> verschil(Map<String, Long> voor, Map<String, Long> na) {
        Map<String, Long> verschil = new HashMap<>();
        na.forEach((tabel, aantal) -> {
            long delta = aantal - voor.getOrDefault(tabel, 0L);
            if (delta > 0) {
                verschil.put(tabel, delta);
            }
        });
        return verschil;
    }
}
