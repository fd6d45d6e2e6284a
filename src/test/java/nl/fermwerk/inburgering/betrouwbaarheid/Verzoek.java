package nl.fermwerk.inburgering.betrouwbaarheid;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One raw HTTP request of the bad-input suite: any method, path, content type and bytes, so that a test can send
 * what a well-behaved client library would refuse to produce.
 */
record Verzoek(String naam, String methode, String pad, String inhoudstype, byte[] inhoud, boolean gestreamd,
               String gebruiker) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static Verzoek post(String naam, String pad, String json) {
        return new Verzoek(naam, "POST", pad, "application/json", bytes(json), false, "casusregisseur");
    }

    static Verzoek get(String naam, String pad) {
        return new Verzoek(naam, "GET", pad, null, null, false, "casusregisseur");
    }

    Verzoek als(String andereGebruiker) {
        return new Verzoek(naam, methode, pad, inhoudstype, inhoud, gestreamd, andereGebruiker);
    }

    Verzoek metType(String type) {
        return new Verzoek(naam, methode, pad, type, inhoud, gestreamd, gebruiker);
    }

    Verzoek metInhoud(byte[] andere) {
        return new Verzoek(naam, methode, pad, inhoudstype, andere, gestreamd, gebruiker);
    }

    Verzoek streamen() {
        return new Verzoek(naam, methode, pad, inhoudstype, inhoud, true, gebruiker);
    }

    static byte[] bytes(String tekst) {
        return tekst == null ? null : tekst.getBytes(StandardCharsets.UTF_8);
    }

    HttpResponse<String> stuur(int poort) throws Exception {
        HttpRequest.BodyPublisher lichaam;
        if (inhoud == null) {
            lichaam = HttpRequest.BodyPublishers.noBody();
        } else if (gestreamd) {
            // No Content-Length: chunked transfer, so the server only learns the size while reading
            lichaam = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(inhoud));
        } else {
            lichaam = HttpRequest.BodyPublishers.ofByteArray(inhoud);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .timeout(Duration.ofSeconds(60)).method(methode, lichaam)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((gebruiker + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (inhoudstype != null) {
            b.header("Content-Type", inhoudstype);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public String toString() {
        return naam;
    }
}
