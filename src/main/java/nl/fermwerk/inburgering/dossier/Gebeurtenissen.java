package nl.fermwerk.inburgering.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only event store of the dossier's facts ({@link Feit}). Appends join the caller's transaction (the engine
 * command or the API request), so an event and the engine state change that caused it are committed or rolled back
 * together. Nothing is appended that is not a valid fact of the vocabulary.
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
     * Appends one fact after the given version.
     *
     * @throws VersieConflictException when the dossier is no longer at {@code verwachteVersie}
     * @throws OngeldigeGebeurtenisException when a required field is missing
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Gebeurtenis voegToe(String dossierId, int verwachteVersie, Feit feit, Instant tijdstip, String actor) {
        Laatste laatste = laatste(dossierId);
        if (laatste.volgnummer() != verwachteVersie) {
            throw new VersieConflictException(dossierId, verwachteVersie, laatste.volgnummer());
        }
        Feitcontrole.controleer(feit);
        return schrijf(dossierId, laatste, feit.type(), FeitJson.gegevens(feit), tijdstip, actor);
    }

    /** Appends one fact after whatever is there now; a concurrent writer still makes this fail, never overwrite. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Gebeurtenis voegToe(String dossierId, Feit feit, Instant tijdstip, String actor) {
        Feitcontrole.controleer(feit);
        return schrijf(dossierId, laatste(dossierId), feit.type(), FeitJson.gegevens(feit), tijdstip, actor);
    }

    /**
     * Appends the fact that a model names by its type: a completed task with the fields of its form, or a milestone.
     * The type must be in the vocabulary and the fields must make a valid fact of it, or nothing is appended. Fields
     * the vocabulary does not name (one a beleidsmedewerker added to the form) are stored as given; named fields are
     * stored as the vocabulary writes them.
     *
     * @throws OngeldigeGebeurtenisException for an unknown type, a missing required field or a value that does not fit
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Gebeurtenis voegToe(String dossierId, String type, Map<String, Object> velden, Instant tijdstip,
                               String actor) {
        Feit feit = Feitcontrole.controleer(type, velden);
        Map<String, Object> data = new LinkedHashMap<>(velden);
        for (RecordComponent veld : Woordenlijst.velden(feit.getClass())) {
            data.remove(veld.getName());
        }
        data.putAll(FeitJson.gegevens(feit));
        return schrijf(dossierId, laatste(dossierId), type, data, tijdstip, actor);
    }

    private Gebeurtenis schrijf(String dossierId, Laatste laatste, String type, Map<String, Object> gegevens,
                                Instant tijdstipOpgegeven, String actorOpgegeven) {
        int volgnummer = laatste.volgnummer() + 1;
        String actor = actorOpgegeven == null ? "systeem" : actorOpgegeven;
        String data = naarJson(gegevens);
        Instant tijdstip = Objects.requireNonNull(tijdstipOpgegeven, "tijdstip").truncatedTo(ChronoUnit.MILLIS);
        Instant systeemtijd = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String hash = HashKeten.hash(laatste.hash(), dossierId, volgnummer, type, data, tijdstip, actor);
        try {
            jdbc.update("""
                    INSERT INTO gebeurtenis (dossier_id, volgnummer, type, data, tijdstip, systeemtijd, actor, vorige_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    dossierId, volgnummer, type, data, utc(tijdstip), utc(systeemtijd), actor, laatste.hash(), hash);
        } catch (DuplicateKeyException e) {
            throw new VersieConflictException(dossierId, laatste.volgnummer(), volgnummer);
        }
        // Read back as a later read will see it: the listeners fold exactly what is stored
        Gebeurtenis gebeurtenis = new Gebeurtenis(dossierId, volgnummer, type, leesJson(data), tijdstip, systeemtijd,
                actor, laatste.hash(), hash, FeitJson.lees(type, data));
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
        String type = rs.getString(3);
        String data = rs.getString(4);
        return new Gebeurtenis(rs.getString(1), rs.getInt(2), type, leesJson(data), instant(rs, 5), instant(rs, 6),
                rs.getString(7), rs.getString(8), rs.getString(9), FeitJson.lees(type, data));
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
