package nl.fermwerk.inburgering.toegang;

import java.util.Set;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Profile {@code prod} refuses to start with demo users, or with an admin password anyone could guess. */
@Component
@Profile("prod")
class ProductieControle implements InitializingBean {

    private static final Set<String> STANDAARD = Set.of("", "demo", "admin", "camunda", "beheer", "wachtwoord",
            "password", "changeme");

    private final Environment omgeving;
    private final String wachtwoord;

    ProductieControle(Environment omgeving, @Value("${camunda.bpm.admin-user.password:}") String wachtwoord) {
        this.omgeving = omgeving;
        this.wachtwoord = wachtwoord;
    }

    @Override
    public void afterPropertiesSet() {
        if (omgeving.matchesProfiles("demo") || omgeving.matchesProfiles("simulatie")) {
            throw new IllegalStateException("Profiel prod mag niet samen met demo of simulatie draaien: "
                    + "geen demogebruikers, demodossiers of verzette klok in productie.");
        }
        if (wachtwoord == null || STANDAARD.contains(wachtwoord.strip().toLowerCase()) || wachtwoord.length() < 12) {
            throw new IllegalStateException("Profiel prod start niet met een standaard of kort beheerderswachtwoord: "
                    + "zet ADMIN_PASSWORD op een eigen wachtwoord van minstens 12 tekens.");
        }
    }
}
