package nl.fermwerk.inburgering.betrouwbaarheid;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Input that is ambiguous or hostile is refused, never guessed at: a JSON object that names a field twice (which
 * value would count?) or carries a second document after the first, a number or boolean where text is expected, and
 * a URL that Spring Security's firewall rejects (path traversal, encoded slashes, control characters) all answer 400
 * problem+json instead of a silent choice or an HTML error page.
 */
@Configuration
public class StrikteInvoer {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer dubbeleSleutelsWeigeren() {
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION,
                // "{...}{...}": without this Jackson reads the first object and silently ignores the rest
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .postConfigurer(om -> {
                    // A date is a date: "1996-04-12T22:30:00Z" would silently become 12 April while it is the 13th
                    om.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
                    // Text is text: {"bsn": 012345678} is not the BSN 012345678 (the BRP delivers a 9-character
                    // string; a number loses its leading zero), nor is a naam 42 or a gemeente true
                    om.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                });
    }

    /**
     * Tomcat itself would answer an encoded slash (%2F) in a path with an HTML page before any filter runs; passed
     * through, Spring Security's firewall rejects it as it rejects every other suspicious path: 400 problem+json.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> gecodeerdeSlashNaarFirewall() {
        return fabriek -> fabriek.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

    @Bean
    RequestRejectedHandler geweigerdeUrl(ObjectMapper json) {
        return (verzoek, antwoord, fout) -> {
            Map<String, Object> probleem = new LinkedHashMap<>();
            probleem.put("type", "about:blank");
            probleem.put("title", "Ongeldige URL");
            probleem.put("status", HttpServletResponse.SC_BAD_REQUEST);
            probleem.put("detail", "Deze URL bevat tekens of padonderdelen die niet zijn toegestaan.");
            antwoord.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            antwoord.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            antwoord.setCharacterEncoding("UTF-8");
            json.writeValue(antwoord.getOutputStream(), probleem);
        };
    }
}
