package nl.fermwerk.inburgering.dossier;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Plausibility limits for a new dossier; settings, because policy and case law may move them. */
@ConfigurationProperties(prefix = "inburgering.validatie")
public record ValidatieInstellingen(int minimumLeeftijd, int maximumLeeftijd, LocalDate vroegsteDatumKoppeling) {

    public ValidatieInstellingen {
        if (minimumLeeftijd <= 0) {
            minimumLeeftijd = 16;
        }
        if (maximumLeeftijd <= 0) {
            maximumLeeftijd = 100;
        }
        if (vroegsteDatumKoppeling == null) {
            vroegsteDatumKoppeling = LocalDate.of(2022, 1, 1);
        }
    }
}
