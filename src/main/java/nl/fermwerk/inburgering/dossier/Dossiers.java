package nl.fermwerk.inburgering.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.fermwerk.inburgering.basis.DatabaseSoort;
import nl.fermwerk.inburgering.basis.Doelgroep;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.basis.Inkoopregio;
import nl.fermwerk.inburgering.basis.Leerroute;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored projection of every dossier's current state; derived from the events, never written by hand. */
@Repository
public class Dossiers {

    private final JdbcTemplate jdbc;
    private final String volgendeWaarde;

    public Dossiers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        // PostgreSQL and H2 disagree on sequence syntax; the dialect is read once from the driver
        this.volgendeWaarde = DatabaseSoort.isPostgres(jdbc)
                ? "SELECT nextval('dossier_nummer')" : "SELECT NEXT VALUE FOR dossier_nummer";
    }

    public Optional<DossierStaat> vind(String dossierId) {
        return jdbc.query(SELECT + " WHERE dossier_id = ?", this::staat, dossierId).stream().findFirst();
    }

    public Optional<String> openDossierVoorBsn(String bsn) {
        return jdbc.queryForList("SELECT dossier_id FROM dossier WHERE open_bsn = ?", String.class, bsn)
                .stream().findFirst();
    }

    public List<DossierStaat> lijst(Gemeente gemeente, int pagina, int grootte) {
        int offset = pagina * grootte;
        if (gemeente == null) {
            return jdbc.query(SELECT + " ORDER BY dossier_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", this::staat,
                    offset, grootte);
        }
        return jdbc.query(SELECT + " WHERE gemeente = ? ORDER BY dossier_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                this::staat, gemeente.name(), offset, grootte);
    }

    public long aantal(Gemeente gemeente) {
        return gemeente == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM dossier", Long.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM dossier WHERE gemeente = ?", Long.class, gemeente.name());
    }

    public List<String> alleIds() {
        return jdbc.queryForList("SELECT dossier_id FROM dossier ORDER BY dossier_id", String.class);
    }

    /** Writes the projection row; insert for a new dossier, update otherwise. */
    void bewaar(DossierStaat s) {
        int bijgewerkt = jdbc.update("""
                UPDATE dossier SET open_bsn = ?, naam = ?, doelgroep = ?, gemeente = ?, inkoopregio = ?, uitkering = ?,
                       fase = ?, status = ?, leerroute = ?, pip_datum = ?, versie = ?, bijgewerkt = ?
                WHERE dossier_id = ?""",
                s.open() ? s.bsn() : null, s.naam(), s.doelgroep().name(), s.gemeente().name(), s.inkoopregio().name(),
                s.uitkering(), s.fase().name(), status(s), naam(s.leerroute()), s.pipDatum(), s.versie(),
                Gebeurtenissen.utc(Instant.now()), s.dossierId());
        if (bijgewerkt == 0) {
            jdbc.update("""
                    INSERT INTO dossier (dossier_id, bsn, open_bsn, naam, geboortedatum, doelgroep, gemeente, inkoopregio,
                        uitkering, datum_koppeling, fase, status, leerroute, pip_datum, versie, bijgewerkt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    s.dossierId(), s.bsn(), s.open() ? s.bsn() : null, s.naam(), s.geboortedatum(),
                    s.doelgroep().name(), s.gemeente().name(), s.inkoopregio().name(), s.uitkering(),
                    s.datumKoppeling(), s.fase().name(), status(s), naam(s.leerroute()), s.pipDatum(), s.versie(),
                    Gebeurtenissen.utc(Instant.now()));
        }
    }

    String volgendNummer() {
        Long nummer = jdbc.queryForObject(volgendeWaarde, Long.class);
        return "IB-" + nummer;
    }

    private static String status(DossierStaat s) {
        return s.open() ? "OPEN" : "AFGESLOTEN";
    }

    private static String naam(Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }

    private static final String SELECT = """
            SELECT dossier_id, bsn, naam, geboortedatum, doelgroep, gemeente, inkoopregio, uitkering, datum_koppeling,
                   fase, status, leerroute, pip_datum, versie FROM dossier""";

    private DossierStaat staat(ResultSet rs, int rij) throws SQLException {
        String leerroute = rs.getString(12);
        return new DossierStaat(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), Doelgroep.valueOf(rs.getString(5)),
                Gemeente.valueOf(rs.getString(6)), Inkoopregio.valueOf(rs.getString(7)), rs.getBoolean(8),
                rs.getObject(9, LocalDate.class), Fase.valueOf(rs.getString(10)), "OPEN".equals(rs.getString(11)),
                leerroute == null ? null : Leerroute.valueOf(leerroute), rs.getObject(13, LocalDate.class),
                rs.getInt(14));
    }
}
