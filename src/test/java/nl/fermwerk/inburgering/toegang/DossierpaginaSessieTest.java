package nl.fermwerk.inburgering.toegang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.fermwerk.inburgering.support.IntegratieTest;
import nl.fermwerk.inburgering.support.TestDossiers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * From a task to its dossier without a second login (issue #16): the dossier pages take the Tasklist session, with the
 * same rules as HTTP Basic; the APIs do not, and a session never changes anything.
 */
@IntegratieTest
class DossierpaginaSessieTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int poort;

    @Test
    void deDossierpaginasVolgenDeTasklistsessieMetDezelfdeRegels() throws Exception {
        String woerden = testDossiers.open("GEZINSMIGRANT", "WOERDEN", false);

        CamundaSessie regie = CamundaSessie.aangemeld(poort, "casusregisseur");
        HttpResponse<String> pagina = regie.get("/dossiers/" + woerden);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("Dossier " + woerden, "Woerden", "Gezinsmigrant");
        assertThat(regie.get("/dossiers?zoek=" + woerden).body()).contains("href=\"/dossiers/" + woerden + "\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM toegangslog WHERE dossier_id = ? AND gebruiker = "
                + "'casusregisseur' AND endpoint = 'GET /dossiers/{id}'", Integer.class, woerden)).isEqualTo(1);

        // The same rules as for HTTP Basic: a partner with a role in Woerden reduced, one without none, no werkvoorraad
        CamundaSessie vsgh = CamundaSessie.aangemeld(poort, "vsgh");
        assertThat(vsgh.get("/dossiers/" + woerden).body()).contains("Beperkte weergave");
        assertThat(vsgh.get("/dossiers").statusCode()).isEqualTo(403);
        CamundaSessie vluchtelingenwerk = CamundaSessie.aangemeld(poort, "vluchtelingenwerk");
        assertThat(vluchtelingenwerk.get("/dossiers/" + woerden).statusCode()).isEqualTo(403);
        CamundaSessie manager = CamundaSessie.aangemeld(poort, "manager");
        assertThat(manager.get("/dossiers/" + woerden).statusCode()).isEqualTo(403);

        // Only the pages: the APIs stay HTTP Basic, and no change rides on the session
        assertThat(regie.get("/api/dossiers/" + woerden).statusCode()).isEqualTo(401);
        assertThat(regie.get("/api/rapportages/dossiers").statusCode()).isEqualTo(401);
        assertThat(regie.get("/dashboard").statusCode()).isEqualTo(401);
        assertThat(regie.post("/dossiers/" + woerden, "{}").statusCode()).isIn(401, 403);
        assertThat(regie.post("/api/dossiers/" + woerden + "/berichten", "{\"bericht\":\"OntheffingVerleend\"}")
                .statusCode()).isIn(401, 403);

        // The teamleider's session opens the werkvoorraad too; without a session a login is asked for
        assertThat(CamundaSessie.aangemeld(poort, "teamleider").get("/dossiers").statusCode()).isEqualTo(200);
        java.net.http.HttpResponse<String> zonder = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + poort + "/dossiers/"
                        + woerden)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(zonder.statusCode()).isEqualTo(401);
    }
}
