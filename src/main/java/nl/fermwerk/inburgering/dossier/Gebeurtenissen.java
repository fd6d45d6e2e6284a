package nl.fermwerk.inburgering.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only event store. Appends join the caller's transaction (the engine command or the API request), so an
 * event and the engine state change that caused it are committed or rolled back together.
 */
@Repository
public class Gebeurtenissen {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final ApplicationEventPublisher publisher;

    public Gebeurtenissen(JdbcTemplate jdbc, ObjectMapper objectMapper, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.json = objectMapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.publisher = publisher;
    }

    /**
     * Appends one event after the given version.
     *
     * @throws VersieConflictException when the dossier is no longer at {@code verwachteVersie}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Gebeurtenis voegToe(String dossierId, int verwachteVersie, NieuweGebeurtenis nieuw) {
        Laatste laatste = laatste(dossierId);
        if (laatste.volgnummer() != verwachteVersie) {
            throw new VersieConflictException(dossierId, verwachteVersie, laatste.volgnummer());
        }
        return schrijf(dossierId, laatste, nieuw);
    }

    /** Appends one event after whatever is there now; a concurrent writer still makes this fail, never overwrite. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Gebeurtenis voegToe(String dossierId, NieuweGebeurtenis nieuw) {
        return schrijf(dossierId, laatste(dossierId), nieuw);
    }

    private Gebeurtenis schrijf(String dossierId, Laatste laatste, NieuweGebeurtenis nieuw) {
        int volgnummer = laatste.volgnummer() + 1;
        String data = naarJson(nieuw.data());
        Instant tijdstip = nieuw.tijdstip().truncatedTo(ChronoUnit.MILLIS);
        Instant systeemtijd = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String hash = HashKeten.hash(laatste.hash(), dossierId, volgnummer, nieuw.type(), data, tijdstip, nieuw.actor());
        try {
            jdbc.update("""
                    INSERT INTO gebeurtenis (dossier_id, volgnummer, type, data, tijdstip, systeemtijd, actor, vorige_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    dossierId, volgnummer, nieuw.type(), data, utc(tijdstip), utc(systeemtijd), nieuw.actor(),
                    laatste.hash(), hash);
        } catch (DuplicateKeyException e) {
            throw new VersieConflictException(dossierId, laatste.volgnummer(), volgnummer);
        }
        Gebeurtenis gebeurtenis = new Gebeurtenis(dossierId, volgnummer, nieuw.type(), leesJson(data), tijdstip,
                systeemtijd, nieuw.actor(), laatste.hash(), hash);
        publisher.publishEvent(gebeurtenis);
        return gebeurtenis;
    }

    public List<Gebeurtenis> vanDossier(String dossierId) {
        return jdbc.query(SELECT + " WHERE dossier_id = ? ORDER BY volgnummer", this::gebeurtenis, dossierId);
    }

    /** The events whose business time lies at or before the peildatum: the dossier as it was known then. */
    public List<Gebeurtenis> vanDossierTot(String dossierId, Instant peilmoment) {
        return jdbc.query(SELECT + " WHERE dossier_id = ? AND tijdstip <= ? ORDER BY volgnummer", this::gebeurtenis,
                dossierId, utc(peilmoment));
    }

    public int versie(String dossierId) {
        return laatste(dossierId).volgnummer();
    }

    /** Checks the hash chain of one dossier exactly as stored. */
    public Optional<HashKeten.Breuk> controleerKeten(String dossierId) {
        List<HashKeten.OpgeslagenGebeurtenis> rijen = jdbc.query("""
                SELECT dossier_id, volgnummer, type, data, tijdstip, actor, vorige_hash, hash
                FROM gebeurtenis WHERE dossier_id = ? ORDER BY volgnummer""",
                (rs, i) -> new HashKeten.OpgeslagenGebeurtenis(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), instant(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8)),
                dossierId);
        return HashKeten.controleer(rijen);
    }

    private static final String SELECT = """
            SELECT dossier_id, volgnummer, type, data, tijdstip, systeemtijd, actor, vorige_hash, hash FROM gebeurtenis""";

    private Gebeurtenis gebeurtenis(ResultSet rs, int rij) throws SQLException {
        return new Gebeurtenis(rs.getString(1), rs.getInt(2), rs.getString(3), leesJson(rs.getString(4)),
                instant(rs, 5), instant(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9));
    }

    private Laatste laatste(String dossierId) {
        return jdbc.query("""
                        SELECT volgnummer, hash FROM gebeurtenis WHERE dossier_id = ?
                        ORDER BY volgnummer DESC FETCH FIRST 1 ROWS ONLY""",
                        (rs, i) -> new Laatste(rs.getInt(1), rs.getString(2)), dossierId)
                .stream().findFirst().orElse(new Laatste(0, HashKeten.BEGIN));
    }

    private record Laatste(int volgnummer, String hash) {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int kolom) throws SQLException {
        OffsetDateTime waarde = rs.getObject(kolom, OffsetDateTime.class);
        return waarde == null ? null : waarde.toInstant();
    }

    private String naarJson(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Gebeurtenisgegevens zijn niet als JSON vast te leggen", e);
        }
    }

    private Map<String, Object> leesJson(String data) {
        try {
            return json.readValue(data, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Opgeslagen gebeurtenis is geen geldige JSON", e);
        }
    }
}
