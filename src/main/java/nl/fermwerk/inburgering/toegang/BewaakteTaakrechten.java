package nl.fermwerk.inburgering.toegang;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Who a task may go to. The engine asks its authorization provider for the rights that follow from every change of a
 * task's assignee, owner or identity links, through every API, so this is where such a change by a person is judged:
 * <ul>
 *   <li>anyone who may work the task takes it (claim) or gives it back (unclaim);</li>
 *   <li>Ferm Werk gives it to a colleague: a member of one of the task's candidate groups or of its own Ferm Werk
 *       group, never to another organisation;</li>
 *   <li>candidate groups and users change only through the taakverdeling (the system), so an added candidate can never
 *       leave a grant behind that outlives the link.</li>
 * </ul>
 * A refusal is an {@code AuthorizationException}: 403 on both engine REST APIs, nothing stored. The system's own
 * changes (routing, re-routing after a verhuizing) and Camunda admins pass ({@link Gebruikershandeling}).
 */
public class BewaakteTaakrechten extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task taak, String oud, String nieuw) {
        naarCollega(taak, nieuw);
        return super.newTaskAssignee(taak, oud, nieuw);
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task taak, String oud, String nieuw) {
        naarCollega(taak, nieuw);
        return super.newTaskOwner(taak, oud, nieuw);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task taak, String gebruiker, String soort) {
        alleenDoorTaakverdeling(taak);
        return super.newTaskUserIdentityLink(taak, gebruiker, soort);
    }

    @Override
    public final AuthorizationEntity[] newTaskGroupIdentityLink(Task taak, String groep, String soort) {
        alleenDoorTaakverdeling(taak);
        return rechtenVoorGroep(taak, groep, soort);
    }

    /** The rights a group gets as candidate of a task the taakverdeling gave it: the engine's default. */
    protected AuthorizationEntity[] rechtenVoorGroep(Task taak, String groep, String soort) {
        return super.newTaskGroupIdentityLink(taak, groep, soort);
    }

    @Override
    public AuthorizationEntity[] deleteTaskUserIdentityLink(Task taak, String gebruiker, String soort) {
        if (!wordtVerwijderd(taak)) {
            alleenDoorTaakverdeling(taak);
        }
        return super.deleteTaskUserIdentityLink(taak, gebruiker, soort);
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task taak, String groep, String soort) {
        if (!wordtVerwijderd(taak)) {
            alleenDoorTaakverdeling(taak);
        }
        return super.deleteTaskGroupIdentityLink(taak, groep, soort);
    }

    /** A completed or cancelled task takes its links (and the engine its authorizations) with it: no one's choice. */
    private static boolean wordtVerwijderd(Task taak) {
        return taak instanceof TaskEntity entiteit && entiteit.isDeleted();
    }

    private static void naarCollega(Task taak, String nieuw) {
        CommandContext context = Context.getCommandContext();
        Authentication wie = Gebruikershandeling.gebruiker(context);
        if (wie == null || nieuw == null || nieuw.equals(wie.getUserId())) {
            return;
        }
        if (!Gebruikershandeling.isFermWerk(wie)) {
            throw Gebruikershandeling.geweigerd(wie, "taak " + taak.getId() + " kunt u zelf oppakken of vrijgeven, "
                    + "niet aan een ander toewijzen.");
        }
        Set<String> toegestaan = new HashSet<>(kandidaatgroepen(taak));
        wie.getGroupIds().stream().filter(Groepen.FERM_WERK::contains).forEach(toegestaan::add);
        if (groepenVan(context, nieuw).stream().noneMatch(toegestaan::contains)) {
            throw Gebruikershandeling.geweigerd(wie, "taak " + taak.getId() + " gaat alleen naar een collega in "
                    + String.join(" of ", toegestaan.stream().sorted().toList())
                    + "; werk voor een andere organisatie verdeelt de taakverdeling.");
        }
    }

    private static void alleenDoorTaakverdeling(Task taak) {
        Authentication wie = Gebruikershandeling.gebruiker(Context.getCommandContext());
        if (wie != null) {
            throw Gebruikershandeling.geweigerd(wie, "wie taak " + taak.getId()
                    + " uitvoert of inziet, bepaalt de taakverdeling; kandidaten worden niet met de hand gewijzigd.");
        }
    }

    private static List<String> kandidaatgroepen(Task taak) {
        return ((TaskEntity) taak).getIdentityLinks().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList();
    }

    /** The identity source answers whatever the current user may see of it: asked here as the system. */
    private static List<String> groepenVan(CommandContext context, String gebruiker) {
        boolean controle = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck();
        try {
            return context.getReadOnlyIdentityProvider().createGroupQuery(context).groupMember(gebruiker).list()
                    .stream().map(Group::getId).toList();
        } finally {
            if (controle) {
                context.enableAuthorizationCheck();
            }
        }
    }
}
