package nl.fermwerk.inburgering.toegang;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * From a task to its dossier without a second login: a {@code GET} of a dossier page ({@code /dossiers},
 * {@code /dossiers/{id}}) without an {@code Authorization} header, in a browser whose Tasklist session holds a user of
 * the default engine, runs as that user. Its groups are read again from the identity service here, not taken from the
 * session's cache, so a group taken away counts at once. Nothing else changes: the same rules as for HTTP Basic decide
 * what the user may see ({@link Beveiliging}, {@link DossierToegang}), every read is logged the same way, and only the
 * server-rendered pages take the session (they change nothing and load no API). The APIs stay HTTP Basic only.
 */
public class TasklistSessieOpDossierpaginas extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    private final CamundaIdentiteit identiteit;

    public TasklistSessieOpDossierpaginas(CamundaIdentiteit identiteit) {
        this.identiteit = identiteit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        return !"GET".equals(verzoek.getMethod()) || !(pad.equals("/dossiers") || pad.startsWith("/dossiers/"))
                || verzoek.getHeader(HttpHeaders.AUTHORIZATION) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        String gebruiker = tasklistGebruiker(verzoek);
        if (gebruiker == null) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        List<SimpleGrantedAuthority> groepen = identiteit.groepenVan(gebruiker).stream()
                .map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruiker, null, groepen));
        SecurityContextHolder.setContext(context);
        try {
            keten.doFilter(verzoek, antwoord);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String tasklistGebruiker(HttpServletRequest verzoek) {
        HttpSession sessie = verzoek.getSession(false);
        if (sessie == null) {
            return null;
        }
        Authentications aanmeldingen = AuthenticationUtil.getAuthsFromSession(sessie);
        Authentication aanmelding = aanmeldingen == null ? null
                : aanmeldingen.getAuthenticationForProcessEngine(ENGINE);
        return aanmelding == null || aanmelding.getName() == null ? null : aanmelding.getName();
    }
}
