package nl.fermwerk.inburgering.toegang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Klok;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes the reads of tasks through the engine's REST APIs to the access log: a task, its variables or its form, and
 * the task lists (a query, a Tasklist filter), one row per dossier per request, with who read it, through which
 * endpoint and why ({@code ?doel=} or {@code X-Doel}; Tasklist gives neither, so: task handling). Covers both URL
 * spaces with one filter: {@code /engine-rest} (HTTP Basic) and Tasklist's own {@code /camunda/api/engine}.
 *
 * <p>The dossier of a task is the business key of its process instance, looked up in one query per response, not per
 * task. A refused read of a task (403) is logged as refused. The rows are written in batches by
 * {@link Leesregistraties}; a request whose rows cannot be queued fails instead of going unlogged.
 */
public class TaakleesRegistratie extends OncePerRequestFilter {

    static final String DOEL = "taakbehandeling";

    /** Engine REST base, then: the task list, one task, or what hangs under one task, or a filter's result. */
    private static final Pattern LEZING = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/([^/]+))"
                    + "(?:/task(?:/([^/]+)(?:/(?:variables|localVariables|form-variables|form|rendered-form"
                    + "|deployed-form)(?:/.*)?)?)?|/filter/[^/]+/(?:list|singleResult))/?$");
    private static final Set<String> GEEN_TAAK = Set.of("count", "report", "create");
    private static final int PER_QUERY = 500;

    private final Leesregistraties registraties;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    public TaakleesRegistratie(Leesregistraties registraties, NamedParameterJdbcTemplate jdbc) {
        this.registraties = registraties;
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        String methode = verzoek.getMethod();
        return !("GET".equals(methode) || "POST".equals(methode)) || lezing(verzoek) == null
                || ("POST".equals(methode) && lezing(verzoek).group(2) != null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        Matcher lezing = lezing(verzoek);
        String taakId = lezing.group(2) == null || GEEN_TAAK.contains(lezing.group(2)) ? null : lezing.group(2);
        if (lezing.group(2) != null && taakId == null) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        ContentCachingResponseWrapper bewaard = new ContentCachingResponseWrapper(antwoord);
        keten.doFilter(verzoek, bewaard);
        int status = bewaard.getStatus();
        String resultaat = status >= 200 && status < 300 ? Toegangslog.TOEGESTAAN
                : status == HttpServletResponse.SC_FORBIDDEN && taakId != null ? Toegangslog.GEWEIGERD : null;
        if (resultaat != null) {
            Collection<String> dossiers = taakId != null ? dossierVanTaak(taakId) : dossiersIn(bewaard);
            if (!dossiers.isEmpty() && !registreer(verzoek, lezing.group(1), dossiers, resultaat)) {
                bewaard.resetBuffer();
                bewaard.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                bewaard.setContentType("application/problem+json");
                bewaard.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Niet beschikbaar\",\"status\""
                        + ":503,\"detail\":\"Het toegangslog kan deze lezing nu niet vastleggen; probeer het zo "
                        + "opnieuw.\"}").getBytes(StandardCharsets.UTF_8));
            }
        }
        bewaard.copyBodyToResponse();
    }

    private Matcher lezing(HttpServletRequest verzoek) {
        Matcher m = LEZING.matcher(verzoek.getRequestURI().substring(verzoek.getContextPath().length()));
        return m.matches() ? m : null;
    }

    private boolean registreer(HttpServletRequest verzoek, String engine, Collection<String> dossiers,
                               String resultaat) {
        String gebruiker = gebruiker(verzoek, engine);
        String endpoint = Doel.endpoint(verzoek);
        String doel = doel(verzoek);
        Instant tijdstip = Klok.nu();
        Instant systeemtijd = Instant.now();
        List<Toegangslog.Invoer> regels = dossiers.stream().map(d -> new Toegangslog.Invoer(tijdstip, systeemtijd,
                gebruiker, d, endpoint, doel, resultaat)).toList();
        try {
            return registraties.registreer(regels);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String doel(HttpServletRequest verzoek) {
        try {
            return Doel.van(verzoek, DOEL);
        } catch (OngeldigeInvoerException ongeldig) {
            return DOEL;
        }
    }

    /** Our HTTP Basic login at /engine-rest, or the Tasklist session of the webapp's engine REST. */
    private static String gebruiker(HttpServletRequest verzoek, String engine) {
        if (engine == null) {
            Authentication ingelogd = SecurityContextHolder.getContext().getAuthentication();
            return ingelogd != null ? ingelogd.getName() : verzoek.getRemoteUser();
        }
        HttpSession sessie = verzoek.getSession(false);
        Authentications aanmeldingen = sessie == null ? Authentications.getCurrent()
                : AuthenticationUtil.getAuthsFromSession(sessie);
        if (aanmeldingen != null && aanmeldingen.getAuthenticationForProcessEngine(engine) != null) {
            return aanmeldingen.getAuthenticationForProcessEngine(engine).getName();
        }
        return verzoek.getRemoteUser();
    }

    private Collection<String> dossierVanTaak(String taakId) {
        return jdbc.queryForList("SELECT e.BUSINESS_KEY_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e "
                + "ON e.ID_ = t.PROC_INST_ID_ WHERE t.ID_ = :taak AND e.BUSINESS_KEY_ IS NOT NULL",
                new MapSqlParameterSource("taak", taakId), String.class);
    }

    /** The dossiers of the tasks in a list answer (an array, a HAL page or one task), in one query. */
    private Collection<String> dossiersIn(ContentCachingResponseWrapper antwoord) {
        byte[] inhoud = antwoord.getContentAsByteArray();
        if (inhoud.length == 0) {
            return List.of();
        }
        Set<String> instanties = new LinkedHashSet<>();
        try {
            JsonNode wortel = json.readTree(inhoud);
            JsonNode taken = wortel.isArray() ? wortel : wortel.path("_embedded").path("task");
            if (taken.isArray()) {
                taken.forEach(t -> voegToe(instanties, t));
            } else {
                voegToe(instanties, wortel);
            }
        } catch (IOException geenJson) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(instanties);
        Set<String> dossiers = new LinkedHashSet<>();
        for (int van = 0; van < ids.size(); van += PER_QUERY) {
            dossiers.addAll(jdbc.queryForList("SELECT BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE ID_ IN (:ids) "
                    + "AND BUSINESS_KEY_ IS NOT NULL", new MapSqlParameterSource("ids",
                    ids.subList(van, Math.min(ids.size(), van + PER_QUERY))), String.class));
        }
        return dossiers;
    }

    private static void voegToe(Set<String> instanties, JsonNode taak) {
        JsonNode instantie = taak.path("processInstanceId");
        if (instantie.isTextual()) {
            instanties.add(instantie.asText());
        }
    }
}
