package nl.fermwerk.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.fermwerk.inburgering.betrouwbaarheid.Verzoek;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.Tellingen;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The koppeling at the API (issue #20, findings 8 and 11): a BSN is a 9-character string as the BRP delivers it,
 * never a JSON number that Jackson silently turns into text (leading zeros lost on the way); a naam with markup or
 * control characters is refused naming {@code naam}. Either way nothing is stored.
 */
@IntegratieTest
class StrikteDossierInvoerTest {

    @LocalServerPort
    int poort;
    @Autowired
    Tellingen tellingen;
    @Autowired
    ObjectMapper json;

    @Test
    void eenBsnAlsJsonGetalWordtGeweigerdMetHetVeld() throws Exception {
        Map<String, Object> koppeling = TestDossiers.koppelingsverzoek();
        koppeling.put("bsn", Long.parseLong((String) koppeling.get("bsn")));

        assertGeweigerdOp("bsn", koppeling);
    }

    @Test
    void ookAndereTekstveldenNemenGeenGetalOfBoolean() throws Exception {
        Map<String, Object> koppeling = TestDossiers.koppelingsverzoek();
        koppeling.put("naam", 42);
        assertGeweigerdOp("naam", koppeling);

        Map<String, Object> gemeente = TestDossiers.koppelingsverzoek();
        gemeente.put("gemeente", true);
        assertGeweigerdOp("gemeente", gemeente);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Amina <img src=x onerror=alert(1)>", "Amina\u202eYusuf",
            "Amina\u200bYusuf"})
    void eenNaamMetMarkupOfOnzichtbareTekensWordtGeweigerdMetHetVeld(String naam) throws Exception {
        Map<String, Object> koppeling = TestDossiers.koppelingsverzoek();
        koppeling.put("naam", naam);

        assertGeweigerdOp("naam", koppeling);
    }

    @Test
    void eenBsnAlsTekstEnEenNaamMetApostrofEnAccentenWordenAangenomen() throws Exception {
        Map<String, Object> koppeling = TestDossiers.koppelingsverzoek();
        koppeling.put("naam", "Zoë d’Hondt-O'Brien محمد");

        HttpResponse<String> antwoord = Verzoek.post("koppeling", "/api/dossiers", json.writeValueAsString(koppeling))
                .stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(201);
    }

    private void assertGeweigerdOp(String veld, Map<String, Object> koppeling) throws Exception {
        Map<String, Long> voor = tellingen.nu();

        HttpResponse<String> antwoord = Verzoek.post("koppeling", "/api/dossiers", json.writeValueAsString(koppeling))
                .stuur(poort);

        assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(400);
        JsonNode probleem = json.readTree(antwoord.body());
        assertThat(probleem.path("fouten").findValuesAsText("veld")).containsExactly(veld);
        assertThat(tellingen.nu()).isEqualTo(voor);
    }
}
