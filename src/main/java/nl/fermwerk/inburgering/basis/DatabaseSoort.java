package nl.fermwerk.inburgering.basis;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which database the application runs on, as the driver says: H2 and PostgreSQL differ in a few statements. */
public final class DatabaseSoort {

    private DatabaseSoort() {
    }

    public static boolean isPostgres(JdbcTemplate jdbc) {
        return "PostgreSQL".equalsIgnoreCase(
                jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }
}
