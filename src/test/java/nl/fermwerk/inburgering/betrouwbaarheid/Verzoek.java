package nl.fermwerk.inburgering.betrouwbaarheid;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One raw HTTP request of the bad-input suite: any method, path, content type, headers and bytes, so that a test can
 * send what a well-behaved client library would refuse to produce (or what a browser or Camunda Modeler sends).
 */
public record Verzoek(String naam, String methode, String pad, String inhoudstype, byte[] inhoud, boolean gestreamd,
                      String gebruiker, String wachtwoord, Map<String, String> koppen) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public Verzoek(String naam, String methode, String pad, String inhoudstype, byte[] inhoud, boolean gestreamd,
                   String gebruiker) {
        this(naam, methode, pad, inhoudstype, inhoud, gestreamd, gebruiker, "demo", Map.of());
    }

    public static Verzoek post(String naam, String pad, String json) {
        return new Verzoek(naam, "POST", pad, "application/json", bytes(json), false, "casusregisseur");
    }

    public static Verzoek get(String naam, String pad) {
        return new Verzoek(naam, "GET", pad, null, null, false, "casusregisseur");
    }

    public Verzoek als(String andereGebruiker) {
        return new Verzoek(naam, methode, pad, inhoudstype, inhoud, gestreamd, andereGebruiker, wachtwoord, koppen);
    }

    /** Another password; {@code null} sends no credentials at all. */
    public Verzoek metWachtwoord(String ander) {
        return new Verzoek(naam, methode, pad, inhoudstype, inhoud, gestreamd, gebruiker, ander, koppen);
    }

    public Verzoek metType(String type) {
        return new Verzoek(naam, methode, pad, type, inhoud, gestreamd, gebruiker, wachtwoord, koppen);
    }

    public Verzoek metInhoud(byte[] andere) {
        return new Verzoek(naam, methode, pad, inhoudstype, andere, gestreamd, gebruiker, wachtwoord, koppen);
    }

    public Verzoek metKop(String kop, String waarde) {
        Map<String, String> meer = new LinkedHashMap<>(koppen);
        meer.put(kop, waarde);
        return new Verzoek(naam, methode, pad, inhoudstype, inhoud, gestreamd, gebruiker, wachtwoord, meer);
    }

    Verzoek streamen() {
        return new Verzoek(naam, methode, pad, inhoudstype, inhoud, true, gebruiker, wachtwoord, koppen);
    }

    public static byte[] bytes(String tekst) {
        return tekst == null ? null : tekst.getBytes(StandardCharsets.UTF_8);
    }

    public HttpResponse<String> stuur(int poort) throws Exception {
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
                .timeout(Duration.ofSeconds(60)).method(methode, lichaam);
        if (wachtwoord != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
        }
        if (inhoudstype != null) {
            b.header("Content-Type", inhoudstype);
        }
        koppen.forEach(b::header);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public String toString() {
        return naam;
    }
}
