package nl.fermwerk.inburgering.betrouwbaarheid;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above the limit (default 1 MB) on our API and the engine's REST API with 413
 * problem+json, before anything parses them: a koppeling is a few hundred bytes, so a huge body is an error or an
 * attack, and must never cost memory or reach the database. A body without a declared length is counted while read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class VerzoekGrootteFilter extends OncePerRequestFilter {

    private final long limiet;
    private final ObjectMapper json;

    public VerzoekGrootteFilter(@Value("${inburgering.betrouwbaarheid.max-verzoek-bytes:1048576}") long limiet,
                                ObjectMapper json) {
        this.limiet = limiet;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest verzoek) {
        String pad = verzoek.getRequestURI().substring(verzoek.getContextPath().length());
        return !(pad.startsWith("/api/") || pad.equals("/api") || pad.startsWith("/engine-rest/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest verzoek, HttpServletResponse antwoord, FilterChain keten)
            throws ServletException, IOException {
        if (verzoek.getContentLengthLong() > limiet) {
            weiger(verzoek, antwoord);
            return;
        }
        keten.doFilter(verzoek.getContentLengthLong() >= 0 ? verzoek : new Begrensd(verzoek, limiet), antwoord);
    }

    private void weiger(HttpServletRequest verzoek, HttpServletResponse antwoord) throws IOException {
        Map<String, Object> probleem = new LinkedHashMap<>();
        probleem.put("type", "about:blank");
        probleem.put("title", "Verzoek te groot");
        probleem.put("status", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        probleem.put("detail", "De inhoud van het verzoek is groter dan " + limiet + " bytes; er is niets opgeslagen.");
        probleem.put("instance", verzoek.getRequestURI());
        antwoord.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        antwoord.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        antwoord.setCharacterEncoding("UTF-8");
        // The client may still be sending: closing the connection stops it from streaming the rest to us
        antwoord.setHeader("Connection", "close");
        json.writeValue(antwoord.getOutputStream(), probleem);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Begrensd extends HttpServletRequestWrapper {

        private final long limiet;
        private ServletInputStream stroom;

        Begrensd(HttpServletRequest verzoek, long limiet) {
            super(verzoek);
            this.limiet = limiet;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroom == null) {
                stroom = new Teller(super.getInputStream(), limiet);
            }
            return stroom;
        }
    }

    private static final class Teller extends ServletInputStream {

        private final ServletInputStream bron;
        private final long limiet;
        private long gelezen;

        Teller(ServletInputStream bron, long limiet) {
            this.bron = bron;
            this.limiet = limiet;
        }

        @Override
        public int read() throws IOException {
            int b = bron.read();
            if (b >= 0) {
                tel(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int begin, int lengte) throws IOException {
            int n = bron.read(buffer, begin, lengte);
            if (n > 0) {
                tel(n);
            }
            return n;
        }

        private void tel(int n) throws IOException {
            gelezen += n;
            if (gelezen > limiet) {
                throw new VerzoekTeGrootException(limiet);
            }
        }

        @Override
        public boolean isFinished() {
            return bron.isFinished();
        }

        @Override
        public boolean isReady() {
            return bron.isReady();
        }

        @Override
        public void setReadListener(ReadListener luisteraar) {
            bron.setReadListener(luisteraar);
        }
    }
}
