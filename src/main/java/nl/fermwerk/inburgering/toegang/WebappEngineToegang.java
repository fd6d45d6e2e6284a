package nl.fermwerk.inburgering.toegang;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist and Cockpit call the same engine REST API under {@code /camunda/api/engine/engine/{name}/}, behind their
 * own session login, so every logged-in partner could correlate a message there (the oracle on {@code naam}) or
 * read its tasks' card copies in the variable overviews. The same rules as on {@code /engine-rest}
 * ({@link EngineEindpunten}), on the groups of the Camunda session: driving a trajectory from outside only for
 * {@code camunda-admin}, the variable overviews only for Ferm Werk and beheer. The group list is Camunda's own
 * cached copy in the session (refreshed by its authentication filter every few minutes). Without a Camunda login
 * the call passes on, and Camunda answers 401 itself.
 */
public class WebappEngineToegang extends OncePerRequestFilter {

    private final RequestMatcher procesSturing = EngineEindpunten.procesSturing(EngineEindpunten.WEBAPP);
    private final RequestMatcher variabelenOverzichten = EngineEindpunten.variabelenOverzichten(EngineEindpunten.WEBAPP);
    private final ObjectMapper json;

    public WebappEngineToegang(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        return !verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/camunda/api/engine/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        List<String> toegestaan = procesSturing.matches(verzoek) ? List.of(Groepen.CAMUNDA_ADMIN)
                : variabelenOverzichten.matches(verzoek) ? Beveiliging.VARIABELENOVERZICHT : null;
        UserAuthentication gebruiker = toegestaan == null ? null : aangemeld(verzoek);
        if (gebruiker != null && gebruiker.getGroupIds().stream().noneMatch(toegestaan::contains)) {
            weiger(antwoord);
            return;
        }
        keten.doFilter(verzoek, antwoord);
    }

    /** The Camunda login of this session for the engine in the path, or null. */
    private static UserAuthentication aangemeld(HttpServletRequest verzoek) {
        HttpSession sessie = verzoek.getSession(false);
        if (sessie == null) {
            return null;
        }
        Authentications aanmeldingen = AuthenticationUtil.getAuthsFromSession(sessie);
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        String[] delen = pad.split("/");
        // /camunda/api/engine/engine/{name}/...
        String engine = delen.length > 5 ? delen[5] : "default";
        Authentication aanmelding = aanmeldingen == null ? null : aanmeldingen.getAuthenticationForProcessEngine(engine);
        return aanmelding instanceof UserAuthentication gebruiker ? gebruiker : null;
    }

    /** One fixed answer, in the engine's own error format, which Tasklist and Cockpit show on a 403. */
    private void weiger(HttpServletResponse antwoord) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "AuthorizationException");
        body.put("message", "Uw rol geeft geen toegang tot deze handeling.");
        body.put("status", HttpServletResponse.SC_FORBIDDEN);
        antwoord.setStatus(HttpServletResponse.SC_FORBIDDEN);
        antwoord.setContentType(MediaType.APPLICATION_JSON_VALUE);
        antwoord.setCharacterEncoding("UTF-8");
        json.writeValue(antwoord.getOutputStream(), body);
    }
}
