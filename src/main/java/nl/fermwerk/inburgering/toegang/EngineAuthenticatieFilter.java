package nl.fermwerk.inburgering.toegang;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the authenticated user to the engine for the duration of one engine REST call, so that the engine's own
 * authorizations decide what that user may see and do. Always cleared afterwards: the thread serves others next.
 */
public class EngineAuthenticatieFilter extends OncePerRequestFilter {

    private final IdentityService identiteit;

    public EngineAuthenticatieFilter(IdentityService identiteit) {
        this.identiteit = identiteit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        return !verzoek.getRequestURI().startsWith(verzoek.getContextPath() + "/engine-rest");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        Authentication ingelogd = SecurityContextHolder.getContext().getAuthentication();
        if (ingelogd == null || !ingelogd.isAuthenticated() || ingelogd instanceof AnonymousAuthenticationToken) {
            // Runs after the authorization filter, so this cannot happen for a permitted call; refuse to be sure
            antwoord.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        List<String> groepen = ingelogd.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length())).toList();
        identiteit.setAuthentication(ingelogd.getName(), groepen);
        try {
            keten.doFilter(verzoek, antwoord);
        } finally {
            identiteit.clearAuthentication();
        }
    }
}
