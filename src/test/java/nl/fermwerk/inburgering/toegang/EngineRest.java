package nl.fermwerk.inburgering.toegang;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The engine's REST API as an attacker or a worker reaches it: either {@code /engine-rest} with HTTP Basic, or the
 * Tasklist's own copy under {@code /camunda/api/engine/engine/default} with a session cookie and Camunda's CSRF token,
 * exactly as the browser calls it. Tests of the access model run every check against both.
 */
public final class EngineRest {

    /** Which of the two URL spaces. */
    public enum Api {
        ENGINE_REST, TASKLIST
    }

    public record Antwoord(int status, String body) {
    }

    private final HttpClient client;
    private final String basis;
    private final String gebruiker;
    private final Api api;
    /** The session cookie and Camunda's CSRF token, kept by hand: java.net's CookieManager drops them for localhost. */
    private final Map<String, String> koekjes = new LinkedHashMap<>();
    private String csrf;

    private EngineRest(int poort, String gebruiker, Api api) {
        this.gebruiker = gebruiker;
        this.api = api;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String host = "http://localhost:" + poort;
        this.basis = api == Api.ENGINE_REST ? host + "/engine-rest" : host + "/camunda/api/engine/engine/default";
        if (api == Api.TASKLIST) {
            meldAan(host);
        }
    }

    public static EngineRest als(int poort, String gebruiker, Api api) {
        return new EngineRest(poort, gebruiker, api);
    }

    public Api api() {
        return api;
    }

    public String gebruiker() {
        return gebruiker;
    }

    public Antwoord get(String pad) {
        return stuur("GET", pad, null);
    }

    /** As Tasklist asks for a filter's page: HAL, with the tasks under {@code _embedded}. */
    public Antwoord postHal(String pad, String json) {
        return stuur("POST", pad, json, "application/hal+json");
    }

    public Antwoord post(String pad, String json) {
        return stuur("POST", pad, json);
    }

    public Antwoord put(String pad, String json) {
        return stuur("PUT", pad, json);
    }

    public Antwoord delete(String pad) {
        return stuur("DELETE", pad, null);
    }

    /** Tasklist's login: a session at the webapp, then every call carries the session cookie and the CSRF token. */
    private void meldAan(String host) {
        try {
            onthoud(client.send(HttpRequest.newBuilder(URI.create(host + "/camunda/app/tasklist/default/")).GET()
                    .build(), HttpResponse.BodyHandlers.discarding()));
            String formulier = "username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8) + "&password=demo";
            HttpResponse<String> antwoord = client.send(metCsrf(HttpRequest.newBuilder(
                            URI.create(host + "/camunda/api/admin/auth/user/default/login/tasklist")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(formulier)).build(),
                    HttpResponse.BodyHandlers.ofString());
            onthoud(antwoord);
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException("Aanmelden in Tasklist als " + gebruiker + ": " + antwoord.statusCode()
                        + " " + antwoord.body());
            }
            // The login starts a new session with a new CSRF token, handed out with the next answer
            onthoud(client.send(metCsrf(HttpRequest.newBuilder(
                    URI.create(host + "/camunda/api/admin/auth/user/default"))).GET().build(),
                    HttpResponse.BodyHandlers.discarding()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder metCsrf(HttpRequest.Builder verzoek) {
        if (!koekjes.isEmpty()) {
            verzoek.header("Cookie", koekjes.entrySet().stream().map(k -> k.getKey() + "=" + k.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (csrf != null) {
            verzoek.header("X-XSRF-TOKEN", csrf);
        }
        return verzoek;
    }

    private void onthoud(HttpResponse<?> antwoord) {
        for (String koekje : antwoord.headers().allValues("Set-Cookie")) {
            String paar = koekje.split(";", 2)[0];
            int is = paar.indexOf('=');
            if (is > 0) {
                koekjes.put(paar.substring(0, is).strip(), paar.substring(is + 1).strip());
            }
        }
        antwoord.headers().firstValue("X-XSRF-TOKEN").ifPresent(t -> csrf = t);
    }

    private Antwoord stuur(String methode, String pad, String json) {
        return stuur(methode, pad, json, "application/json");
    }

    private Antwoord stuur(String methode, String pad, String json, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept)
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (api == Api.ENGINE_REST) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
        } else {
            metCsrf(b);
        }
        try {
            HttpResponse<String> antwoord = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (api == Api.TASKLIST) {
                onthoud(antwoord);
            }
            return new Antwoord(antwoord.statusCode(), antwoord.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return gebruiker + " via " + api;
    }
}
