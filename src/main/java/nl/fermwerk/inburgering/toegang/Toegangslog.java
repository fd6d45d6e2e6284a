package nl.fermwerk.inburgering.toegang;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.fermwerk.inburgering.basis.Klok;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The access log (AVG): every read or change of a dossier by a person, with who, when, which dossier, which endpoint
 * and why. Append-only: this class inserts and reads; the single deletion is the retention job's, with the dossier.
 * A failed write fails the request: no access without a trace.
 */
@Repository
public class Toegangslog {

    public static final String TOEGESTAAN = "TOEGESTAAN";
    public static final String GEWEIGERD = "GEWEIGERD";

    /** One entry of the log. {@code tijdstip} is the engine clock, {@code systeemtijd} the wall clock. */
    public record Regel(long id, Instant tijdstip, Instant systeemtijd, String gebruiker, String dossierId,
                        String endpoint, String doel, String resultaat) {
    }

    private final JdbcTemplate jdbc;

    public Toegangslog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an allowed read or change of one dossier. */
    public void registreer(String gebruiker, String dossierId, String endpoint, String doel) {
        schrijf(gebruiker, List.of(dossierId), endpoint, doel, TOEGESTAAN);
    }

    /** Records an allowed read of several dossiers at once (a list page shows each of them). */
    public void registreer(String gebruiker, List<String> dossierIds, String endpoint, String doel) {
        schrijf(gebruiker, dossierIds, endpoint, doel, TOEGESTAAN);
    }

    /** Records a refused attempt, so the privacy officer sees who tried. */
    public void registreerGeweigerd(String gebruiker, String dossierId, String endpoint, String doel) {
        schrijf(gebruiker, List.of(dossierId), endpoint, doel, GEWEIGERD);
    }

    /** One row as it was read, to be written later with others ({@link Leesregistraties}): its own moments. */
    public record Invoer(Instant tijdstip, Instant systeemtijd, String gebruiker, String dossierId, String endpoint,
                         String doel, String resultaat) {
    }

    /** Writes rows collected earlier in one batch, each with the moments of its own read. */
    public void schrijfAlle(List<Invoer> regels) {
        if (regels.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO toegangslog (tijdstip, systeemtijd, gebruiker, dossier_id, endpoint, doel, resultaat)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                regels.stream().map(r -> new Object[] {utc(r.tijdstip()), utc(r.systeemtijd()),
                        r.gebruiker() == null || r.gebruiker().isBlank() ? "onbekend" : kort(r.gebruiker(), 100),
                        kort(r.dossierId(), 40), kort(r.endpoint(), 300), kort(r.doel(), 200), r.resultaat()})
                        .toList());
    }

    public List<Regel> vanDossier(String dossierId) {
        return jdbc.query("""
                SELECT id, tijdstip, systeemtijd, gebruiker, dossier_id, endpoint, doel, resultaat
                FROM toegangslog WHERE dossier_id = ? ORDER BY id""", Toegangslog::regel, dossierId);
    }

    public long aantal(String dossierId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE dossier_id = ?", Long.class, dossierId);
    }

    /**
     * Only for the retention job on H2: the log of a dossier goes with the dossier once its term has passed. On
     * PostgreSQL the database function {@code bewaartermijn_verwijder} deletes these rows (the application's role may
     * not: docs/privacy.md).
     */
    public int verwijderNaBewaartermijn(String dossierId) {
        return jdbc.update("DELETE FROM toegangslog WHERE dossier_id = ?", dossierId);
    }

    private void schrijf(String gebruiker, List<String> dossierIds, String endpoint, String doel, String resultaat) {
        if (dossierIds.isEmpty()) {
            return;
        }
        OffsetDateTime tijdstip = utc(Klok.nu());
        OffsetDateTime systeemtijd = utc(Instant.now());
        String wie = gebruiker == null || gebruiker.isBlank() ? "onbekend" : kort(gebruiker, 100);
        jdbc.batchUpdate("""
                INSERT INTO toegangslog (tijdstip, systeemtijd, gebruiker, dossier_id, endpoint, doel, resultaat)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                dossierIds.stream().map(id -> new Object[] {tijdstip, systeemtijd, wie, kort(id, 40),
                        kort(endpoint, 300), kort(doel, 200), resultaat}).toList());
    }

    private static String kort(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max);
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }

    private static Regel regel(ResultSet rs, int rij) throws SQLException {
        return new Regel(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8));
    }
}
