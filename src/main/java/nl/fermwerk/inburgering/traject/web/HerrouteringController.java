package nl.fermwerk.inburgering.traject.web;

import java.security.Principal;
import java.util.Map;
import nl.fermwerk.inburgering.traject.Herroutering;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/beheer/herroutering}: after a beleidsmedewerker deployed a changed taakverdeling, functioneel beheer
 * lets every open task follow it (new tasks do so by themselves). Functioneel beheer only
 * ({@code toegang.Beveiliging}); answers how many tasks were re-routed, or 409 naming what the table lacks, with
 * nothing changed.
 */
@RestController
class HerrouteringController {

    private static final Logger LOG = LoggerFactory.getLogger(HerrouteringController.class);

    private final Herroutering herroutering;

    HerrouteringController(Herroutering herroutering) {
        this.herroutering = herroutering;
    }

    @PostMapping("/api/beheer/herroutering")
    Map<String, Integer> herrouteer(Principal beheerder) {
        int aantal = herroutering.alleOpenTaken();
        LOG.info("{} open taken opnieuw verdeeld volgens de taakverdeling, op verzoek van '{}'", aantal,
                beheerder.getName());
        return Map.of("herrouteerd", aantal);
    }
}
