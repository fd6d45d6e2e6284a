package nl.fermwerk.inburgering.bewaartermijn;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.fermwerk.inburgering.basis.DatabaseSoort;
import nl.fermwerk.inburgering.dossier.Feit;
import nl.fermwerk.inburgering.rapportage.RapportageDossiers;
import nl.fermwerk.inburgering.toegang.Toegangslog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The retention job's work on our own tables: which closed dossiers have passed their term, and removing one
 * dossier's rows (events, access log, dossier and rapportage projections) with a record of the removal.
 *
 * <p>On PostgreSQL the events and the access log leave only through the database function
 * {@code bewaartermijn_verwijder} (migration {@code db/vendor/postgresql/V10}), which checks the rule once more with
 * the database's own clock and a minimum term, and writes the record itself: after the DBA step of docs/privacy.md the
 * application's role may not delete those rows, nor write the record, in any other way. On H2 (development, tests)
 * the same rows are deleted directly.
 */
@Component
public class BewaartermijnOpslag {

    /** What left one dossier's tables. */
    public record Verwijderd(Instant afgeslotenOp, int gebeurtenissen, int toegangslogregels) {
    }

    private final JdbcTemplate jdbc;
    private final Toegangslog toegangslog;
    private final RapportageDossiers rapportage;
    private final boolean postgres;

    public BewaartermijnOpslag(JdbcTemplate jdbc, Toegangslog toegangslog, RapportageDossiers rapportage) {
        this.jdbc = jdbc;
        this.toegangslog = toegangslog;
        this.rapportage = rapportage;
        this.postgres = DatabaseSoort.isPostgres(jdbc);
    }

    /** Closed dossiers whose {@code DossierAfgesloten} lies before the grens, in dossier id order. */
    public List<String> verlopen(Instant grens) {
        return jdbc.queryForList("""
                SELECT g.dossier_id FROM gebeurtenis g
                WHERE g.type = ? AND g.dossier_id IN (SELECT d.dossier_id FROM dossier d WHERE d.status = 'AFGESLOTEN')
                GROUP BY g.dossier_id HAVING MAX(g.tijdstip) < ? ORDER BY g.dossier_id""",
                String.class, Feit.type(Feit.DossierAfgesloten.class), utc(grens));
    }

    /** Still there? Another node may have removed it a moment ago. */
    public boolean bestaat(String dossierId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM gebeurtenis WHERE dossier_id = ?", Long.class, dossierId) > 0;
    }

    /**
     * Removes the dossier's rows in the caller's transaction. On PostgreSQL the database refuses, with an exception,
     * a dossier that is open or whose term has not passed by its own clock; the caller's transaction then rolls back.
     */
    public Verwijderd verwijder(String dossierId, Period termijn, Instant nu, int procesinstanties) {
        Verwijderd verwijderd = postgres ? volgensDatabaseregel(dossierId, termijn, procesinstanties)
                : direct(dossierId, termijn, nu, procesinstanties);
        jdbc.update("DELETE FROM dossier WHERE dossier_id = ?", dossierId);
        rapportage.verwijder(dossierId);
        return verwijderd;
    }

    private Verwijderd volgensDatabaseregel(String dossierId, Period termijn, int procesinstanties) {
        return jdbc.queryForObject("SELECT * FROM bewaartermijn_verwijder(?, ?, ?)",
                (rs, i) -> new Verwijderd(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2), rs.getInt(3)),
                dossierId, termijn.toString(), procesinstanties);
    }

    private Verwijderd direct(String dossierId, Period termijn, Instant nu, int procesinstanties) {
        Instant afgesloten = jdbc.queryForObject(
                "SELECT MAX(tijdstip) FROM gebeurtenis WHERE dossier_id = ? AND type = ?", OffsetDateTime.class,
                dossierId, Feit.type(Feit.DossierAfgesloten.class)).toInstant();
        int gebeurtenissen = jdbc.update("DELETE FROM gebeurtenis WHERE dossier_id = ?", dossierId);
        int logregels = toegangslog.verwijderNaBewaartermijn(dossierId);
        jdbc.update("""
                INSERT INTO bewaartermijn_verwijdering (dossier_id, afgesloten_op, verwijderd_op, bewaartermijn,
                    gebeurtenissen, toegangslogregels, procesinstanties) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                dossierId, utc(afgesloten), utc(nu), termijn.toString(), gebeurtenissen, logregels, procesinstanties);
        return new Verwijderd(afgesloten, gebeurtenissen, logregels);
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
