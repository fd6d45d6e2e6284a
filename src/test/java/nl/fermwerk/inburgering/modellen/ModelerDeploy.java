package nl.fermwerk.inburgering.modellen;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A deployment as Camunda Modeler's deploy dialog sends it (multipart to /engine-rest/deployment/create, HTTP Basic),
 * with any number of files: what a beleidsmedewerker can send, well-meant or not.
 */
final class ModelerDeploy {

    private final String naam;
    private final Map<String, byte[]> bestanden = new LinkedHashMap<>();
    private boolean alleenGewijzigd = true;

    private ModelerDeploy(String naam) {
        this.naam = naam;
    }

    static ModelerDeploy met(String deploymentNaam) {
        return new ModelerDeploy(deploymentNaam);
    }

    ModelerDeploy bestand(String bestandsnaam, String inhoud) {
        return bestand(bestandsnaam, inhoud.getBytes(StandardCharsets.UTF_8));
    }

    ModelerDeploy bestand(String bestandsnaam, byte[] inhoud) {
        bestanden.put(bestandsnaam, inhoud);
        return this;
    }

    /** Modeler's "deploy-changed-only" off: every file becomes part of the deployment, changed or not. */
    ModelerDeploy alles() {
        alleenGewijzigd = false;
        return this;
    }

    ResponseEntity<String> als(TestRestTemplate http, String gebruiker) {
        MultiValueMap<String, Object> delen = new LinkedMultiValueMap<>();
        delen.add("deployment-name", naam);
        delen.add("deployment-source", "Camunda Modeler");
        delen.add("deploy-changed-only", Boolean.toString(alleenGewijzigd));
        bestanden.forEach((bestandsnaam, inhoud) -> delen.add(bestandsnaam, new ByteArrayResource(inhoud) {
            @Override
            public String getFilename() {
                return bestandsnaam;
            }
        }));
        HttpHeaders kop = new HttpHeaders();
        kop.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(gebruiker, "demo").postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(delen, kop), String.class);
    }
}
