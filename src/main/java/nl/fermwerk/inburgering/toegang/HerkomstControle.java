package nl.fermwerk.inburgering.toegang;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery on the HTTP Basic APIs. A browser that once logged in with Basic credentials sends them
 * along with every request to us, also one that a page on another site makes it send (an auto-submitted form that
 * deploys a model or opens a dossier). Stateless Basic has no session to hang a CSRF token on, so a change (any
 * method but GET, HEAD, OPTIONS, TRACE) is refused with 403 when
 * <ul>
 *   <li>the browser says it comes from another site ({@code Sec-Fetch-Site: cross-site} or {@code same-site});</li>
 *   <li>its {@code Origin} (or, without one, its {@code Referer}) is not this application's own origin as the
 *       request sees it (scheme, host and port, after the proxy's forwarded headers);</li>
 *   <li>it comes from a browser (it sends {@code Origin}, {@code Referer} or {@code Sec-Fetch-*}) as a POST that an
 *       HTML form could send (no, a form or a text/plain body) without {@code X-Requested-With}: a form injected into
 *       one of our own pages could do that, a script of ours sets the header, which a form cannot.</li>
 * </ul>
 * The configured origins ({@code inburgering.beveiliging.toegestane-origins}) pass without these checks; the default
 * is {@code file://}, the origin of Camunda Modeler 3.5 and later (it deploys from its Electron window, a page loaded
 * from {@code file://}; browsers send {@code null} for local files, so no web page can claim it). Clients that are
 * not browsers (curl, scripts, Modeler up to 3.4) send none of these headers and pass. A GET changes nothing, and
 * without CORS headers a foreign page cannot read its answer.
 */
public class HerkomstControle extends OncePerRequestFilter {

    static final String TITEL = "Verzoek van buiten geweigerd";

    private static final Logger LOG = LoggerFactory.getLogger(HerkomstControle.class);
    private static final Set<String> VEILIGE_METHODEN = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The content types an HTML form (or a no-cors fetch) can send without a CORS preflight. */
    private static final Set<String> FORMULIERTYPES = Set.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");
    private static final int TOON_HOOGSTENS = 100;

    private final Set<String> toegestaan;
    private final ObjectMapper json;

    public HerkomstControle(Collection<String> toegestaneOrigins, ObjectMapper json) {
        this.toegestaan = toegestaneOrigins.stream().map(String::strip).filter(o -> !o.isEmpty())
                .map(HerkomstControle::genormaliseerd).collect(Collectors.toUnmodifiableSet());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        String reden = VEILIGE_METHODEN.contains(verzoek.getMethod()) ? null : weigering(verzoek);
        if (reden == null) {
            keten.doFilter(verzoek, antwoord);
            return;
        }
        LOG.warn("Verzoek van buiten geweigerd: {} {} (Origin {}, Referer {}, Sec-Fetch-Site {})", verzoek.getMethod(),
                verzoek.getRequestURI(), getoond(verzoek.getHeader("Origin")), getoond(verzoek.getHeader("Referer")),
                getoond(verzoek.getHeader("Sec-Fetch-Site")));
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("type", "about:blank");
        probleem.put("title", TITEL);
        probleem.put("status", HttpServletResponse.SC_FORBIDDEN);
        probleem.put("detail", reden);
        probleem.put("instance", verzoek.getRequestURI());
        antwoord.setStatus(HttpServletResponse.SC_FORBIDDEN);
        antwoord.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        antwoord.setCharacterEncoding("UTF-8");
        json.writeValue(antwoord.getOutputStream(), probleem);
    }

    /** Why this change may not pass, in Dutch; {@code null} when it may. */
    String weigering(HttpServletRequest verzoek) {
        String origin = verzoek.getHeader("Origin");
        String referer = verzoek.getHeader("Referer");
        String herkomst = origin != null ? genormaliseerd(origin) : referer != null ? originVan(referer) : null;
        if (herkomst != null && toegestaan.contains(herkomst)) {
            return null;
        }
        String site = verzoek.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(site) || "same-site".equalsIgnoreCase(site)) {
            return "Uw browser meldt dat dit verzoek van een andere website komt; wijzigingen worden alleen van deze"
                    + " applicatie aangenomen.";
        }
        if (herkomst != null && !herkomst.equals(eigenOrigin(verzoek))) {
            return "Dit verzoek komt van " + getoond(origin != null ? origin : referer) + ", niet van deze applicatie;"
                    + " wijzigingen worden alleen van deze applicatie en van Camunda Modeler aangenomen.";
        }
        boolean vanBrowser = origin != null || referer != null || heeftSecFetch(verzoek);
        if (vanBrowser && "POST".equals(verzoek.getMethod()) && formulierinhoud(verzoek.getContentType())
                && verzoek.getHeader("X-Requested-With") == null) {
            return "Een wijziging vanuit de browser met formulierinhoud moet de kop X-Requested-With meesturen.";
        }
        return null;
    }

    /** scheme://host[:port] in lower case without the default port; what cannot be parsed stays as it came. */
    static String genormaliseerd(String origin) {
        String o = origin.strip();
        try {
            URI uri = new URI(o);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return o.toLowerCase(Locale.ROOT);
            }
            return origin(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (Exception onleesbaar) {
            return o.toLowerCase(Locale.ROOT);
        }
    }

    /** The origin of a Referer URL; an unparsable one is foreign by definition. */
    private static String originVan(String referer) {
        try {
            URI uri = new URI(referer.strip());
            if (uri.getScheme() != null && uri.getHost() != null) {
                return origin(uri.getScheme(), uri.getHost(), uri.getPort());
            }
        } catch (Exception onleesbaar) {
            // falls through
        }
        return "onleesbare-referer";
    }

    /** The origin as this request sees itself; behind the proxy the forwarded headers have set scheme, host, port. */
    private static String eigenOrigin(HttpServletRequest verzoek) {
        return origin(verzoek.getScheme(), verzoek.getServerName(), verzoek.getServerPort());
    }

    private static String origin(String scheme, String host, int poort) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean standaard = poort < 0 || ("http".equals(s) && poort == 80) || ("https".equals(s) && poort == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (standaard ? "" : ":" + poort);
    }

    private static boolean heeftSecFetch(HttpServletRequest verzoek) {
        for (String kop : java.util.Collections.list(verzoek.getHeaderNames())) {
            if (kop.toLowerCase(Locale.ROOT).startsWith("sec-fetch-")) {
                return true;
            }
        }
        return false;
    }

    private static boolean formulierinhoud(String inhoudstype) {
        if (inhoudstype == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(inhoudstype);
            return FORMULIERTYPES.contains(type.getType() + "/" + type.getSubtype());
        } catch (Exception onleesbaar) {
            return true;
        }
    }

    /** For a message or the log: printable and short, whatever the client sent. */
    private static String getoond(String waarde) {
        if (waarde == null) {
            return "-";
        }
        String schoon = waarde.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return schoon.length() > TOON_HOOGSTENS ? schoon.substring(0, TOON_HOOGSTENS) + "…" : schoon;
    }
}
