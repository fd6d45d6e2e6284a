package nl.fermwerk.inburgering.simulatie.web;

import java.time.Instant;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Klok;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.simulatie.KlokVerzetter;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The simulated clock (docs/ontwerp.md, "Time"); exists only in profile {@code simulatie}. */
@RestController
@Profile("simulatie")
@RequestMapping(path = "/api/simulatie/klok", produces = MediaType.APPLICATION_JSON_VALUE)
class KlokController {

    private final KlokVerzetter verzetter;

    KlokController(KlokVerzetter verzetter) {
        this.verzetter = verzetter;
    }

    @GetMapping
    Map<String, Object> klok() {
        return Map.of("nu", Klok.nu().toString());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> verzet(@RequestBody KlokVerzoek verzoek) {
        if (verzoek == null || verzoek.naar() == null) {
            throw new OngeldigeInvoerException("naar", "Geef het nieuwe tijdstip als ISO-8601, bv. 2027-03-01T09:00:00Z.");
        }
        int uitgevoerd = verzetter.verzetNaar(verzoek.naar());
        return Map.of("nu", Klok.nu().toString(), "uitgevoerdeJobs", uitgevoerd);
    }

    record KlokVerzoek(Instant naar) {
    }

}
