package nl.fermwerk.inburgering.toegang;

import java.time.Duration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords lock a user for a while, never for good. Camunda locks a user permanently after ten wrong
 * passwords; user names here are guessable (the administrator is {@code beheer}), so anyone could lock out every
 * user. Each wrong password now locks the user for Camunda's growing delay (3 seconds, doubled per wrong password
 * in a row) up to {@code inburgering.aanmelden.langste-blokkade} (default 15 minutes), on the engine clock; while
 * locked, even the right password is refused, and wrong ones do not count. Functioneel beheer unlocks at once
 * ({@code POST /api/beheer/gebruikers/{id}/ontgrendelen}). Every failure and lock is logged
 * ({@link GelogdeIdentiteitsopslag}).
 */
@Component
public class TijdelijkeBlokkade extends AbstractProcessEnginePlugin {

    private final Duration langsteBlokkade;

    public TijdelijkeBlokkade(@Value("${inburgering.aanmelden.langste-blokkade:PT15M}") Duration langsteBlokkade) {
        if (langsteBlokkade.isNegative() || langsteBlokkade.isZero()) {
            throw new IllegalStateException("inburgering.aanmelden.langste-blokkade moet positief zijn");
        }
        this.langsteBlokkade = langsteBlokkade;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setIdentityProviderSessionFactory(new GenericManagerFactory(GelogdeIdentiteitsopslag.class));
    }

    /** After init, so that a generic property (loginMaxAttempts: 10) cannot bring the permanent lock back. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuratie.setLoginDelayMaxTime((int) Math.min(Integer.MAX_VALUE, langsteBlokkade.toSeconds()));
    }
}
