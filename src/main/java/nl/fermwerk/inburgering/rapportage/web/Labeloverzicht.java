package nl.fermwerk.inburgering.rapportage.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Labels;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The labels of {@link Labels} for the pages that draw in the browser (the dashboard): so the dashboard shows the same
 * words as the server-rendered pages and keeps no copy of its own. No personal data; for every reader of the dashboard.
 */
@RestController
class Labeloverzicht {

    private static final List<String> SOORTEN = List.of("gemeente", "doelgroep", "leerroute", "fase", "termijn",
            "resultaat");

    @GetMapping(path = "/api/rapportages/labels", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Map<String, String>> labels() {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        SOORTEN.forEach(soort -> labels.put(soort, Labels.van(soort)));
        return labels;
    }
}
