package nl.fermwerk.inburgering.modellen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.Klok;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register of deployments (table {@code deployment_registratie}, V9): who deployed which files when, and what
 * changed against the previous deployment of the same name (new, changed and unchanged by content hash, and files of
 * that deployment that this one no longer holds). A successful deployment is written inside the engine's own
 * transaction, so it is recorded exactly when it is stored; a refused one in a transaction of its own, because the
 * deployment's transaction is rolled back. Append-only; read by functioneel beheer.
 */
@Repository
public class DeploymentRegistratie {

    public static final String GEDEPLOYED = "GEDEPLOYED";
    public static final String GEWEIGERD = "GEWEIGERD";
    /** Who deploys when nobody is logged in: the application's own deployment of processes/ and forms/ at start. */
    public static final String SYSTEEM = "systeem";

    /** One deployment; {@code tijdstip} by the engine clock, {@code systeemtijd} by the wall clock. */
    public record Regel(long id, String deploymentId, String naam, String bron, String gebruiker, Instant tijdstip,
                        Instant systeemtijd, String resultaat, List<String> bestanden, List<String> nieuw,
                        List<String> gewijzigd, List<String> ongewijzigd, List<String> verwijderd, String reden) {
    }

    public record Pagina(List<Regel> deployments, int pagina, int grootte, long totaal) {
    }

    private static final TypeReference<List<String>> LIJST = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> HASHES = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate eigenTransactie;
    private final ObjectMapper json = new ObjectMapper();

    public DeploymentRegistratie(JdbcTemplate jdbc, PlatformTransactionManager transacties) {
        this.jdbc = jdbc;
        this.eigenTransactie = new TransactionTemplate(transacties);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A stored deployment, inside the engine's transaction of that deployment. */
    void registreer(DeploymentEntity deployment) {
        Map<String, String> hashes = hashes(deployment.getResources());
        Map<String, String> vorige = vorigeHashes(deployment);
        List<String> nieuw = new ArrayList<>();
        List<String> gewijzigd = new ArrayList<>();
        List<String> ongewijzigd = new ArrayList<>();
        hashes.forEach((bestand, hash) -> {
            if (!vorige.containsKey(bestand)) {
                nieuw.add(bestand);
            } else if (vorige.get(bestand).equals(hash)) {
                ongewijzigd.add(bestand);
            } else {
                gewijzigd.add(bestand);
            }
        });
        List<String> verwijderd = vorige.keySet().stream().filter(b -> !hashes.containsKey(b)).sorted().toList();
        schrijf(deployment.getId(), deployment, GEDEPLOYED, hashes, nieuw, gewijzigd, ongewijzigd, verwijderd, null);
    }

    /** A refused deployment: recorded in its own transaction, since the deployment's own is rolled back. */
    void registreerGeweigerd(DeploymentEntity deployment, List<Overtreding> overtredingen) {
        Map<String, String> hashes = hashes(deployment.getResources());
        String reden = overtredingen.stream().map(Overtreding::toString).collect(Collectors.joining("; "));
        String gebruiker = gebruiker();
        eigenTransactie.executeWithoutResult(status -> schrijf(null, deployment, GEWEIGERD, hashes, List.of(),
                List.of(), List.of(), List.of(), reden, gebruiker));
    }

    public Pagina lijst(int pagina, int grootte) {
        List<Regel> regels = jdbc.query("""
                SELECT id, deployment_id, naam, bron, gebruiker, tijdstip, systeemtijd, resultaat, bestanden, nieuw,
                       gewijzigd, ongewijzigd, verwijderd, reden
                FROM deployment_registratie ORDER BY id DESC LIMIT ? OFFSET ?""", this::regel, grootte,
                (long) pagina * grootte);
        Long totaal = jdbc.queryForObject("SELECT COUNT(*) FROM deployment_registratie", Long.class);
        return new Pagina(regels, pagina, grootte, totaal == null ? 0 : totaal);
    }

    private void schrijf(String deploymentId, DeploymentEntity deployment, String resultaat, Map<String, String> hashes,
                         List<String> nieuw, List<String> gewijzigd, List<String> ongewijzigd, List<String> verwijderd,
                         String reden) {
        schrijf(deploymentId, deployment, resultaat, hashes, nieuw, gewijzigd, ongewijzigd, verwijderd, reden,
                gebruiker());
    }

    private void schrijf(String deploymentId, DeploymentEntity deployment, String resultaat, Map<String, String> hashes,
                         List<String> nieuw, List<String> gewijzigd, List<String> ongewijzigd, List<String> verwijderd,
                         String reden, String gebruiker) {
        jdbc.update("""
                INSERT INTO deployment_registratie (deployment_id, naam, bron, gebruiker, tijdstip, systeemtijd,
                    resultaat, bestanden, nieuw, gewijzigd, ongewijzigd, verwijderd, reden)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                deploymentId, kort(deployment.getName(), 255), kort(deployment.getSource(), 255), kort(gebruiker, 100),
                utc(Klok.nu()), utc(Instant.now()), resultaat, naarJson(hashes), naarJson(nieuw),
                naarJson(gewijzigd), naarJson(ongewijzigd), naarJson(verwijderd), reden);
    }

    /** The files of the previous stored deployment of this name, by content hash. */
    private Map<String, String> vorigeHashes(DeploymentEntity deployment) {
        if (deployment.getName() == null) {
            return Map.of();
        }
        List<String> vorige = jdbc.queryForList("""
                SELECT bestanden FROM deployment_registratie WHERE naam = ? AND resultaat = ?
                ORDER BY id DESC LIMIT 1""", String.class, kort(deployment.getName(), 255), GEDEPLOYED);
        if (!vorige.isEmpty()) {
            return leesJson(vorige.get(0), HASHES);
        }
        // Deployed before this register existed: the engine still holds that deployment's files
        CommandContext context = Context.getCommandContext();
        DeploymentEntity eerder = context == null ? null
                : context.getDeploymentManager().findLatestDeploymentByName(deployment.getName());
        if (eerder == null || eerder.getId().equals(deployment.getId())) {
            return Map.of();
        }
        List<ResourceEntity> bestanden = context.getResourceManager().findResourcesByDeploymentId(eerder.getId());
        return hashes(bestanden.stream().collect(Collectors.toMap(ResourceEntity::getName, r -> r, (a, b) -> a)));
    }

    private static String gebruiker() {
        CommandContext context = Context.getCommandContext();
        String gebruiker = context == null ? null : context.getAuthenticatedUserId();
        return gebruiker == null || gebruiker.isBlank() ? SYSTEEM : gebruiker;
    }

    private static Map<String, String> hashes(Map<String, ResourceEntity> bestanden) {
        Map<String, String> hashes = new TreeMap<>();
        if (bestanden != null) {
            bestanden.forEach((naam, bestand) -> hashes.put(naam, sha256(bestand.getBytes())));
        }
        return hashes;
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud == null ? new byte[0]
                    : inhoud));
        } catch (NoSuchAlgorithmException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }

    private Regel regel(ResultSet rs, int rij) throws SQLException {
        Map<String, String> bestanden = leesJson(rs.getString("bestanden"), HASHES);
        return new Regel(rs.getLong("id"), rs.getString("deployment_id"), rs.getString("naam"), rs.getString("bron"),
                rs.getString("gebruiker"), rs.getObject("tijdstip", OffsetDateTime.class).toInstant(),
                rs.getObject("systeemtijd", OffsetDateTime.class).toInstant(), rs.getString("resultaat"),
                new ArrayList<>(new TreeMap<>(bestanden).keySet()), leesJson(rs.getString("nieuw"), LIJST),
                leesJson(rs.getString("gewijzigd"), LIJST), leesJson(rs.getString("ongewijzigd"), LIJST),
                leesJson(rs.getString("verwijderd"), LIJST), rs.getString("reden"));
    }

    private String naarJson(Object waarde) {
        try {
            return json.writeValueAsString(waarde);
        } catch (JsonProcessingException onmogelijk) {
            throw new IllegalStateException(onmogelijk);
        }
    }

    private <T> T leesJson(String tekst, TypeReference<T> soort) {
        try {
            return json.readValue(tekst, soort);
        } catch (JsonProcessingException kapot) {
            throw new IllegalStateException("deployment_registratie bevat geen geldige JSON", kapot);
        }
    }

    private static String kort(String tekst, int max) {
        return tekst == null || tekst.length() <= max ? tekst : tekst.substring(0, max);
    }

    private static OffsetDateTime utc(Instant moment) {
        return moment.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
