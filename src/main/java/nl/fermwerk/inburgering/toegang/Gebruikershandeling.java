package nl.fermwerk.inburgering.toegang;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Whether an engine command is a person's doing, and whose. The engine checks a user's authorizations exactly when
 * a user is authenticated and the command has not switched the check off; the system's own work (the job executor,
 * the routing, our API's dossier start and messages, a test) runs without either and is never held to a user's rules.
 * Camunda admins are the engine's own exception to its authorizations and are to ours.
 */
public final class Gebruikershandeling {

    private Gebruikershandeling() {
    }

    /** The user whose command this is, or null for the system and for a Camunda admin. */
    public static Authentication gebruiker(CommandContext context) {
        if (context == null || !context.isAuthorizationCheckEnabled()) {
            return null;
        }
        Authentication wie = context.getAuthentication();
        if (wie == null || wie.getUserId() == null) {
            return null;
        }
        return context.getAuthorizationManager().isCamundaAdmin(wie) ? null : wie;
    }

    /** A ketenpartner: none of Ferm Werk's roles, functioneel beheer or the Camunda admins. */
    public static boolean isPartner(Authentication wie) {
        List<String> groepen = wie.getGroupIds() == null ? List.of() : wie.getGroupIds();
        return groepen.stream().noneMatch(g -> Groepen.FERM_WERK.contains(g) || Groepen.FUNCTIONEEL_BEHEER.equals(g)
                || Groepen.CAMUNDA_ADMIN.equals(g));
    }

    public static boolean isFermWerk(Authentication wie) {
        return wie.getGroupIds() != null && wie.getGroupIds().stream().anyMatch(Groepen.FERM_WERK::contains);
    }

    public static AuthorizationException geweigerd(Authentication wie, String reden) {
        return new AuthorizationException("Geen toegang voor " + wie.getUserId() + ": " + reden);
    }
}
