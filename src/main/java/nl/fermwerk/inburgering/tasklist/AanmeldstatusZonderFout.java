package nl.fermwerk.inburgering.tasklist;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist, Cockpit and Admin ask at every start who is logged in ({@code GET /camunda/api/admin/auth/user/default}).
 * Camunda answers "nobody" with a 404, which every browser logs as an error on the login page, so a real error there
 * would drown in it. "Nobody" becomes a 204 without content: the webapps accept only a 200 as a login and treat every
 * other answer alike (they show the login form), and a logged-in user still gets the 200 with their name.
 */
@Component
class AanmeldstatusZonderFout extends OncePerRequestFilter {

    private static final Pattern AANMELDSTATUS = Pattern.compile("/camunda/api/admin/auth/user/[^/]+");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        return !"GET".equals(verzoek.getMethod()) || !AANMELDSTATUS.matcher(pad).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        keten.doFilter(verzoek, new HttpServletResponseWrapper(antwoord) {
            @Override
            public void sendError(int status) throws IOException {
                if (status == HttpServletResponse.SC_NOT_FOUND) {
                    setStatus(HttpServletResponse.SC_NO_CONTENT);
                } else {
                    super.sendError(status);
                }
            }

            @Override
            public void sendError(int status, String melding) throws IOException {
                if (status == HttpServletResponse.SC_NOT_FOUND) {
                    setStatus(HttpServletResponse.SC_NO_CONTENT);
                } else {
                    super.sendError(status, melding);
                }
            }

            @Override
            public void setStatus(int status) {
                super.setStatus(status == HttpServletResponse.SC_NOT_FOUND ? HttpServletResponse.SC_NO_CONTENT : status);
            }
        });
    }
}
