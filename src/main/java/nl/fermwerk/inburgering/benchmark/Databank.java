package nl.fermwerk.inburgering.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import nl.fermwerk.inburgering.basis.DatabaseSoort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One database the benchmark measures (ours, or the bare engine's): its size on disk and, on PostgreSQL, the rows
 * written per table so far.
 */
final class Databank {

    private static final String H2_BESTAND = "jdbc:h2:file:";

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    Databank(DataSource bron) {
        this.jdbc = new JdbcTemplate(bron);
        this.postgres = DatabaseSoort.isPostgres(jdbc);
    }

    boolean isPostgres() {
        return postgres;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    long grootte() {
        if (postgres) {
            return jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
        }
        jdbc.execute("CHECKPOINT SYNC");
        Path bestand = h2Bestand(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL()));
        try {
            return Files.size(bestand);
        } catch (IOException e) {
            throw new IllegalStateException("H2-bestand " + bestand + " is niet te meten", e);
        }
    }

    /** Rows written per table so far; empty on H2, which keeps no such count. */
    Map<String, Long> rijen() {
        return postgres ? new Rijschrijvingen(jdbc).stand() : Map.of();
    }

    static Path h2Bestand(String url) {
        if (!url.startsWith(H2_BESTAND)) {
            throw new IllegalStateException("De benchmark meet H2 alleen als bestand (" + H2_BESTAND + "...), niet " + url);
        }
        String pad = url.substring(H2_BESTAND.length());
        int einde = pad.indexOf(';');
        return Path.of((einde < 0 ? pad : pad.substring(0, einde)) + ".mv.db");
    }
}
