package nl.fermwerk.inburgering.toegang;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Work the system does on a user's behalf, not with the user's rights: whoever completed a task or sent a message (a
 * partner, DUO) need not be allowed to evaluate the organisation's tables, start or read a term watcher, or route the
 * next task. Inside an engine command the command's authorization check is off for the work; outside one the work's
 * own commands run without the user's authentication. Either way the user's state is restored afterwards.
 */
public final class AlsSysteem {

    private AlsSysteem() {
    }

    /** @param identiteit the engine's identity service; null when the work runs inside an engine command */
    public static <T> T voer(IdentityService identiteit, Supplier<T> werk) {
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

    public static void voer(IdentityService identiteit, Runnable werk) {
        voer(identiteit, () -> {
            werk.run();
            return null;
        });
    }
}
