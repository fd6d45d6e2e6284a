package nl.fermwerk.inburgering.support;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Row counts of what a request could have stored, to prove that a refused request stored nothing. */
@Component
public class Tellingen {

    private final JdbcTemplate jdbc;

    public Tellingen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Long> nu() {
        return Map.of(
                "gebeurtenis", tel("SELECT COUNT(*) FROM gebeurtenis"),
                "dossier", tel("SELECT COUNT(*) FROM dossier"),
                "procesinstanties", tel("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL"),
                "taken", tel("SELECT COUNT(*) FROM ACT_RU_TASK"),
                "jobs", tel("SELECT COUNT(*) FROM ACT_RU_JOB"));
    }

    private long tel(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
