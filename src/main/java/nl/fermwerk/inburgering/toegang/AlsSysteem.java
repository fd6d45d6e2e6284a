package nl.fermwerk.inburgering.termijnen;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Watching a term is the system's work, not the user's: whoever recorded the event that starts or meets a term (a
 * partner completing a task, DUO sending a message) need not be allowed to start or read the watcher.
 */
final class AlsSysteem {

    private AlsSysteem() {
    }

    static <T> T voer(IdentityService identiteit, Supplier<T> werk) {
        CommandContext context = Context.getCommandContext();
        if (context != null) {
            boolean controle = context.isAuthorizationCheckEnabled();
            context.disableAuthorizationCheck();
            try {
                return werk.get();
            } finally {
                if (controle) {
                    context.enableAuthorizationCheck();
                }
            }
        }
        if (identiteit == null) {
            return werk.get();
        }
        Authentication gebruiker = identiteit.getCurrentAuthentication();
        identiteit.clearAuthentication();
        try {
            return werk.get();
        } finally {
            if (gebruiker != null) {
                identiteit.setAuthentication(gebruiker);
            }
        }
    }

    static void voer(IdentityService identiteit, Runnable werk) {
        voer(identiteit, () -> {
            werk.run();
            return null;
        });
    }
}
