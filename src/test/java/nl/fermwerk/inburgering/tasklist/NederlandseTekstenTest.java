package nl.fermwerk.inburgering.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Dutch locale files cover every text of the Camunda version on the classpath, keep its placeholders, and leave
 * no end-of-life banner text: after a Camunda upgrade this test names the new texts to translate.
 */
class NederlandseTekstenTest {

    private static final String MAP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLAATSHOUDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "welcome"})
    void elkeCamundaTekstHeeftEenNederlandseVertaling(String app) throws Exception {
        JsonNode engels = lees(MAP + app + "/locales/en.json").get("labels");
        JsonNode nederlands = lees(MAP + app + "/locales/nl.json").get("labels");

        List<String> ontbreekt = new ArrayList<>();
        List<String> plaatshouders = new ArrayList<>();
        engels.fieldNames().forEachRemaining(sleutel -> {
            if (!nederlands.has(sleutel)) {
                ontbreekt.add(sleutel);
            } else if (!namen(engels.get(sleutel).asText()).equals(namen(nederlands.get(sleutel).asText()))) {
                plaatshouders.add(sleutel);
            }
        });
        assertThat(ontbreekt).as("niet vertaald in %s", app).isEmpty();
        assertThat(plaatshouders).as("plaatshouders gewijzigd in %s", app).isEmpty();
        assertThat(nederlands.get("BANNER_CE_EOL_TEXT").asText()).isEmpty();
        assertThat(nederlands.get("PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Aanmelden");
    }

    private JsonNode lees(String pad) throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(pad)) {
            assertThat(in).as(pad).isNotNull();
            // Camunda's own files start with a byte order mark
            String tekst = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
            return json.readTree(tekst);
        }
    }

    private static Set<String> namen(String tekst) {
        Set<String> namen = new TreeSet<>();
        Matcher m = PLAATSHOUDER.matcher(tekst);
        while (m.find()) {
            namen.add(m.group(1));
        }
        return namen;
    }
}
