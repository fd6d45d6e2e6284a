package nl.fermwerk.inburgering.toegang;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A user logged in to Tasklist as a browser is: a session cookie and Camunda's CSRF token, which the webapp sends
 * in a response header and expects back on every change.
 */
final class CamundaSessie {

    private final CookieManager koekjes = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(koekjes).build();
    private final String basis;
    private String token;

    private CamundaSessie(int poort) {
        this.basis = "http://localhost:" + poort;
    }

    static CamundaSessie aangemeld(int poort, String gebruiker) throws Exception {
        CamundaSessie sessie = new CamundaSessie(poort);
        sessie.stuur(HttpRequest.newBuilder(URI.create(sessie.basis + "/camunda/app/tasklist/")).GET());
        HttpResponse<String> login = sessie.stuur(HttpRequest.newBuilder(URI.create(sessie.basis
                        + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + gebruiker + "&password=demo")));
        if (login.statusCode() != 200) {
            throw new AssertionError("Aanmelden bij Tasklist als " + gebruiker + ": " + login.statusCode() + " "
                    + login.body());
        }
        // The login starts a new session with a new token, handed out on the next call
        sessie.get("/camunda/api/engine/engine/default/version");
        return sessie;
    }

    /** The id of the server's session behind this login (the JSESSIONID cookie). */
    String sessieId() {
        return koekjes.getCookieStore().getCookies().stream().filter(k -> k.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
    }

    HttpResponse<String> get(String pad) throws Exception {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).GET());
    }

    HttpResponse<String> post(String pad, String json) throws Exception {
        return stuur(HttpRequest.newBuilder(URI.create(basis + pad)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> stuur(HttpRequest.Builder verzoek) throws Exception {
        if (token != null) {
            verzoek.header("X-XSRF-TOKEN", token);
        }
        HttpResponse<String> antwoord = client.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        antwoord.headers().firstValue("X-XSRF-TOKEN").ifPresent(nieuw -> token = nieuw);
        return antwoord;
    }
}
