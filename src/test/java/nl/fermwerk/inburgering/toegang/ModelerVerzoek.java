package nl.fermwerk.inburgering.toegang;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.fermwerk.inburgering.betrouwbaarheid.Verzoek;

/**
 * The deployment request of Camunda Modeler as it reaches the server, byte for byte where it matters. Modeler 3.5 and
 * later (5.x included) deploy from the Electron renderer, a page loaded from {@code file://}: the request carries
 * {@code Origin: file://}, Chromium's {@code Sec-Fetch-*} headers and the Electron User-Agent, a multipart body
 * built by {@code FormData} and {@code Authorization: Basic}. Modeler up to 3.4 deployed from the main process with
 * node-fetch: no Origin, no Referer, no Sec-Fetch headers. Sources: camunda/camunda-modeler
 * {@code client/src/plugins/camunda-plugin/shared/CamundaAPI.js} (renderer fetch) and {@code app/lib/deployer.js}
 * (old main-process deployer); camunda-modeler issues #1723 and #1793 (CORS needs {@code file://}).
 */
final class ModelerVerzoek {

    static final String PAD = "/engine-rest/deployment/create";
    static final String ELECTRON_USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " camunda-modeler/5.31.0 Chrome/130.0.6723.191 Electron/33.4.8 Safari/537.36";

    private ModelerVerzoek() {
    }

    /** A small model of its own: every call deploys a new version, so a test sees whether anything was deployed. */
    static byte[] model(String procesKey) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
                    targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="start" />
                  </bpmn:process>
                </bpmn:definitions>
                <!-- %2$s -->
                """).formatted(procesKey, UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    /** Modeler 5 from the renderer: what Chromium sends for a fetch from a file:// page to http://localhost. */
    static Verzoek modeler5(String gebruiker, String procesKey) {
        return kaal(gebruiker, procesKey)
                .metKop("Origin", "file://")
                .metKop("Sec-Fetch-Site", "cross-site")
                .metKop("Sec-Fetch-Mode", "cors")
                .metKop("Sec-Fetch-Dest", "empty")
                .metKop("User-Agent", ELECTRON_USER_AGENT)
                .metKop("Accept", "application/json");
    }

    /** The same multipart deployment without any browser header: old Modeler (node-fetch), curl, a CI script. */
    static Verzoek kaal(String gebruiker, String procesKey) {
        String grens = "----WebKitFormBoundary" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        ByteArrayOutputStream inhoud = new ByteArrayOutputStream();
        veld(inhoud, grens, "deployment-name", procesKey);
        veld(inhoud, grens, "deployment-source", "Camunda Modeler");
        veld(inhoud, grens, "enable-duplicate-filtering", "true");
        String bestand = procesKey + ".bpmn";
        schrijf(inhoud, "--" + grens + "\r\nContent-Disposition: form-data; name=\"" + bestand + "\"; filename=\""
                + bestand + "\"\r\nContent-Type: text/xml\r\n\r\n");
        inhoud.writeBytes(model(procesKey));
        schrijf(inhoud, "\r\n--" + grens + "--\r\n");
        return new Verzoek("deploy " + procesKey, "POST", PAD, "multipart/form-data; boundary=" + grens,
                inhoud.toByteArray(), false, gebruiker);
    }

    private static void veld(ByteArrayOutputStream inhoud, String grens, String naam, String waarde) {
        schrijf(inhoud, "--" + grens + "\r\nContent-Disposition: form-data; name=\"" + naam + "\"\r\n\r\n" + waarde
                + "\r\n");
    }

    private static void schrijf(ByteArrayOutputStream inhoud, String tekst) {
        inhoud.writeBytes(tekst.getBytes(StandardCharsets.UTF_8));
    }
}
