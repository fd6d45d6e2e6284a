package nl.fermwerk.inburgering.betrouwbaarheid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The OpenAPI document names the API and how to log in, so that Swagger UI offers "Authorize" and a generated client
 * sends HTTP Basic on every operation (issue #16).
 */
@IntegratieTest
class OpenApiDocumentTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;

    @Test
    void hetDocumentHeeftEenTitelEenNederlandseOmschrijvingEnHttpBasicVoorElkeOperatie() throws Exception {
        ResponseEntity<String> antwoord = http.getForEntity("/v3/api-docs", String.class);
        assertThat(antwoord.getStatusCode().value()).isEqualTo(200);
        JsonNode document = json.readTree(antwoord.getBody());

        assertThat(document.at("/info/title").asText()).isEqualTo("Regie Inburgering API");
        assertThat(document.at("/info/description").asText()).contains("inburgeraar", "HTTP Basic",
                "application/problem+json");
        JsonNode schema = document.at("/components/securitySchemes/basic");
        assertThat(schema.path("type").asText()).isEqualTo("http");
        assertThat(schema.path("scheme").asText()).isEqualTo("basic");
        // Applied to the whole document, so no operation is left without it
        assertThat(document.path("security")).hasSize(1);
        assertThat(document.path("security").get(0).has("basic")).isTrue();
        assertThat(document.at("/paths/~1api~1dossiers").isMissingNode()).isFalse();
    }
}
