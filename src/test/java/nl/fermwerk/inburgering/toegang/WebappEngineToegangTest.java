package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine REST API behind Tasklist's session login ({@code /camunda/api/engine/...}) answered a logged-in partner
 * exactly as {@code /engine-rest} did before issue #20: the correlation oracle on {@code naam} and its tasks' card
 * copies in the variable overviews. The same rules hold there now.
 */
@IntegratieTest
class WebappEngineToegangTest {

    private static final String ENGINE = "/camunda/api/engine/engine/default";

    @LocalServerPort
    int poort;
    @Autowired
    TestDossiers testDossiers;

    @BeforeEach
    void eenDossierInWoerden() {
        testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vsgh", "casusregisseur"})
    void correlerenViaTasklistGeeftVoorBekendEnOnbekendHetzelfdeAntwoord(String gebruiker) throws Exception {
        CamundaSessie sessie = CamundaSessie.aangemeld(poort, gebruiker);

        HttpResponse<String> bekend = sessie.post(ENGINE + "/message", correlatie("Test Inburgeraar"));
        HttpResponse<String> onbekend = sessie.post(ENGINE + "/message", correlatie("Niemand Bestaat-Hier"));

        assertThat(bekend.statusCode()).as(bekend.body()).isEqualTo(403);
        assertThat(onbekend.statusCode()).isEqualTo(403);
        assertThat(bekend.body()).isEqualTo(onbekend.body());
    }

    @Test
    void eenPartnerZietViaTasklistGeenVariabelenoverzicht() throws Exception {
        CamundaSessie sessie = CamundaSessie.aangemeld(poort, "vsgh");

        for (String pad : new String[] {"/variable-instance", "/history/variable-instance", "/history/detail"}) {
            HttpResponse<String> antwoord = sessie.get(ENGINE + pad);
            assertThat(antwoord.statusCode()).as(pad + ": " + antwoord.body()).isEqualTo(403);
            assertThat(antwoord.body()).doesNotContain("weergavenaam");
        }
        // Its own tasks stay in view: the work goes on
        assertThat(sessie.get(ENGINE + "/task?maxResults=5").statusCode()).isEqualTo(200);
    }

    @Test
    void fermWerkEnDeBeheerderHoudenWatZeHadden() throws Exception {
        CamundaSessie teamleider = CamundaSessie.aangemeld(poort, "teamleider");
        CamundaSessie beheer = CamundaSessie.aangemeld(poort, "beheer");

        assertThat(teamleider.get(ENGINE + "/variable-instance?maxResults=5").statusCode()).isEqualTo(200);
        // The Camunda admin reaches the engine, which answers an unknown correlation itself
        assertThat(beheer.post(ENGINE + "/message", correlatie("Niemand Bestaat-Hier")).statusCode()).isEqualTo(400);
    }

    private static String correlatie(String naam) {
        return "{\"messageName\":\"Verhuisd\",\"correlationKeys\":{\"naam\":{\"value\":\"" + naam
                + "\",\"type\":\"String\"}}}";
    }
}
