package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The decision of HerkomstControle behind the production proxy and with a configured origin: the own origin is what
 * the request sees after the forwarded headers (scheme, host, port), and a configured origin passes even from
 * another site.
 */
class HerkomstControleTest {

    private final HerkomstControle controle = new HerkomstControle(
            List.of(" https://Portaal.Fermwerk.NL:443 ", "file://", ""), new ObjectMapper());

    @Test
    void achterDeProxyIsDeEigenOriginDeOpenbare() {
        MockHttpServletRequest verzoek = achterProxy("application/json");
        verzoek.addHeader("Origin", "https://inburgering.fermwerk.nl");
        verzoek.addHeader("Sec-Fetch-Site", "same-origin");

        assertThat(controle.weigering(verzoek)).isNull();
    }

    @Test
    void achterDeProxyIsDeInterneOriginVreemd() {
        MockHttpServletRequest verzoek = achterProxy("application/json");
        verzoek.addHeader("Origin", "http://localhost:8080");

        assertThat(controle.weigering(verzoek)).contains("http://localhost:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://portaal.fermwerk.nl", "HTTPS://PORTAAL.FERMWERK.NL:443"})
    void eenIngesteldeOriginMagOokVanEenAndereSite(String origin) {
        MockHttpServletRequest verzoek = achterProxy("multipart/form-data; boundary=x");
        verzoek.addHeader("Origin", origin);
        verzoek.addHeader("Sec-Fetch-Site", "same-site");

        assertThat(controle.weigering(verzoek)).isNull();
    }

    @Test
    void eenAndereOriginOpDezelfdeSiteNiet() {
        MockHttpServletRequest verzoek = achterProxy("application/json");
        verzoek.addHeader("Origin", "https://intranet.fermwerk.nl");
        verzoek.addHeader("Sec-Fetch-Site", "same-site");

        assertThat(controle.weigering(verzoek)).isNotNull();
    }

    @Test
    void eenDeleteVanDeEigenSiteHeeftGeenExtraKopNodig() {
        // No form sends DELETE; a browser preflights it, so the method itself is proof enough
        MockHttpServletRequest verzoek = achterProxy(null);
        verzoek.setMethod("DELETE");
        verzoek.addHeader("Origin", "https://inburgering.fermwerk.nl");

        assertThat(controle.weigering(verzoek)).isNull();
    }

    @Test
    void eenOnleesbareRefererIsVreemd() {
        MockHttpServletRequest verzoek = achterProxy("application/json");
        verzoek.addHeader("Referer", "::geen url::");

        assertThat(controle.weigering(verzoek)).isNotNull();
    }

    /** What Tomcat's RemoteIpValve makes of a request the TLS proxy forwarded for https://inburgering.fermwerk.nl. */
    private static MockHttpServletRequest achterProxy(String inhoudstype) {
        MockHttpServletRequest verzoek = new MockHttpServletRequest("POST", "/engine-rest/deployment/create");
        verzoek.setScheme("https");
        verzoek.setServerName("inburgering.fermwerk.nl");
        verzoek.setServerPort(443);
        verzoek.setSecure(true);
        if (inhoudstype != null) {
            verzoek.setContentType(inhoudstype);
        }
        return verzoek;
    }
}
