package nl.fermwerk.inburgering.bewaartermijn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.DatabaseSoort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says at every start on PostgreSQL whether the log of facts is append-only by grants for the role the application
 * works under, and if not, what still lets it change or remove facts. The grants are a DBA's one-time step
 * ({@code db/beheer/alleen-toevoegen.postgresql.sql}, docs/privacy.md): a role that could set them itself could also
 * undo them, so the application only checks and warns.
 */
@Component
class AlleenToevoegenControle {

    private static final Logger LOG = LoggerFactory.getLogger(AlleenToevoegenControle.class);
    static final String BEWAARTERMIJNROL = "inburgering_bewaartermijn";
    /** The tables of facts, and what the application may not do to them (the record only the function writes). */
    private static final Map<String, List<String>> VERBODEN = Map.of(
            "gebeurtenis", List.of("UPDATE", "DELETE", "TRUNCATE"),
            "toegangslog", List.of("UPDATE", "DELETE", "TRUNCATE"),
            "bewaartermijn_verwijdering", List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE"));

    private final JdbcTemplate jdbc;

    AlleenToevoegenControle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void controleer() {
        if (!DatabaseSoort.isPostgres(jdbc)) {
            return;
        }
        List<String> tekort = tekortkomingen(jdbc);
        String rol = jdbc.queryForObject("SELECT current_user", String.class);
        if (tekort.isEmpty()) {
            LOG.info("Gebeurtenissen en toegangslog zijn alleen-toevoegen voor rol {}: verwijderen alleen via "
                    + "bewaartermijn_verwijder", rol);
        } else {
            LOG.warn("Gebeurtenissen en toegangslog zijn voor rol {} NIET alleen-toevoegen afgedwongen: {}. Laat een DBA "
                    + "eenmalig db/beheer/alleen-toevoegen.postgresql.sql uitvoeren (docs/privacy.md).", rol,
                    String.join("; ", tekort));
        }
    }

    /** What still lets the current role change or remove facts; empty when the grants are in place. */
    static List<String> tekortkomingen(JdbcTemplate jdbc) {
        List<String> tekort = new ArrayList<>();
        Map<String, Object> rol = jdbc.queryForMap(
                "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user");
        if (Boolean.TRUE.equals(rol.get("rolsuper"))) {
            return List.of("de applicatie werkt als superuser; geen recht houdt haar tegen");
        }
        if (Boolean.TRUE.equals(rol.get("rolcreaterole"))) {
            tekort.add("de rol mag rollen maken (CREATEROLE) en kan zich zo elk recht geven");
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)
                   AND pg_has_role(current_user, ?, 'MEMBER')""", Boolean.class, BEWAARTERMIJNROL, BEWAARTERMIJNROL))) {
            tekort.add("de rol is lid van " + BEWAARTERMIJNROL);
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT pg_has_role(current_user, nspowner, 'MEMBER') FROM pg_namespace
                WHERE nspname = current_schema()""", Boolean.class))) {
            tekort.add("de rol is eigenaar van het schema en mag tabellen weggooien (DROP)");
        }
        for (String tabel : List.of("gebeurtenis", "toegangslog", "bewaartermijn_verwijdering")) {
            if (Boolean.TRUE.equals(jdbc.queryForObject("""
                    SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename = ?""", Boolean.class, tabel))) {
                tekort.add("de rol is eigenaar van " + tabel + " en kan zich elk recht teruggeven");
            }
            List<String> mag = VERBODEN.get(tabel).stream().filter(recht -> Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT has_table_privilege(current_user, ?, ?)", Boolean.class, tabel, recht))).toList();
            if (!mag.isEmpty()) {
                tekort.add("de rol mag " + String.join(", ", mag) + " op " + tabel);
            }
        }
        return tekort;
    }
}
