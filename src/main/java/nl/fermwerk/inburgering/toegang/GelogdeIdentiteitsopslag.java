package nl.fermwerk.inburgering.toegang;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's own user store, which logs every failed login and every lock at WARN with the user id, never the
 * password. Every password check passes here, whatever the door: our APIs, Tasklist, Cockpit and Admin, and
 * {@code /engine-rest/identity/verify}. Camunda itself logs a lock at INFO only, and a wrong password not at all.
 */
public class GelogdeIdentiteitsopslag extends DbIdentityServiceProvider {

    private static final Logger LOG = LoggerFactory.getLogger(GelogdeIdentiteitsopslag.class);
    private static final int TOON_HOOGSTENS = 64;

    @Override
    public boolean checkPassword(String userId, String password) {
        UserEntity gebruiker = userId == null ? null : findUserById(userId);
        if (gebruiker == null) {
            LOG.warn("Aanmelden mislukt voor onbekende gebruiker '{}'", getoond(userId));
            return false;
        }
        if (password != null && isUserLocked(gebruiker)) {
            LOG.warn("Gebruiker '{}' is nog geblokkeerd tot {}; aanmelden geweigerd", gebruiker.getId(),
                    gebruiker.getLockExpirationTime().toInstant());
            return false;
        }
        return super.checkPassword(userId, password);
    }

    /** Called by the engine for each wrong password of a user who was not locked. */
    @Override
    protected void lockUser(UserEntity gebruiker) {
        super.lockUser(gebruiker);
        LOG.warn("Aanmelden mislukt voor gebruiker '{}': fout wachtwoord ({} op rij)", gebruiker.getId(),
                gebruiker.getAttempts());
        LOG.warn("Gebruiker '{}' geblokkeerd tot {}", gebruiker.getId(), gebruiker.getLockExpirationTime().toInstant());
    }

    /** A user id as the client typed it: printable and short in the log, whatever was sent. */
    private static String getoond(String userId) {
        if (userId == null) {
            return "";
        }
        String schoon = userId.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return schoon.length() > TOON_HOOGSTENS ? schoon.substring(0, TOON_HOOGSTENS) + "…" : schoon;
    }
}
