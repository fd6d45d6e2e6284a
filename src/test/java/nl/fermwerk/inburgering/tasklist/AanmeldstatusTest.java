package nl.fermwerk.inburgering.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.fermwerk.inburgering.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist, Cockpit and Admin ask at every start who is logged in. Camunda answers "nobody" with a 404, which every
 * browser logs as an error on the login page; here "nobody" is a 204 without content, which the webapps read the same
 * way (they accept only a 200 as a login), and a logged-in user still gets the 200 with their name.
 */
@IntegratieTest
class AanmeldstatusTest {

    private static final String STATUS = "/camunda/api/admin/auth/user/default";

    @LocalServerPort
    int poort;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void zonderAanmeldingIsHetAntwoordLeegEnGeenFout() throws Exception {
        haal("/camunda/app/tasklist/");

        HttpResponse<String> niemand = haal(STATUS);

        assertThat(niemand.statusCode()).isEqualTo(204);
        assertThat(niemand.body()).isEmpty();
    }

    @Test
    void naAanmeldenNoemtHetAntwoordDeGebruiker() throws Exception {
        String token = haal("/camunda/app/tasklist/").headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> aanmelden = browser.send(HttpRequest.newBuilder(uri(STATUS + "/login/tasklist"))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString("username=casusregisseur&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(aanmelden.statusCode()).as(aanmelden.body()).isEqualTo(200);

        HttpResponse<String> wie = haal(STATUS);

        assertThat(wie.statusCode()).isEqualTo(200);
        assertThat(wie.body()).contains("\"userId\":\"casusregisseur\"", "tasklist");
    }

    private HttpResponse<String> haal(String pad) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(pad)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String pad) {
        return URI.create("http://localhost:" + poort + pad);
    }
}
