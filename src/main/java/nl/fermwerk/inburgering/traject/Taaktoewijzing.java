package nl.fermwerk.inburgering.traject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.fermwerk.inburgering.routing.GeenToewijzingException;
import nl.fermwerk.inburgering.routing.Taakverdeling;
import nl.fermwerk.inburgering.routing.Toewijzing;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Step (a) of the {@link Taakpijplijn}: who works a task and who reads it, as the taakverdeling says for the
 * trajectory's gemeente and the task's onderdeel. The eerstverantwoordelijke becomes the task's one candidate group
 * (the engine grants it its rights through that link, {@code toegang.Taakrechten}); each betrokken group gets one
 * authorization row with READ and READ_VARIABLE, so it reads the task and its card and nothing else, and finds the
 * task in its "Betrokken" filter ({@link Procesvariabelen#BETROKKEN}).
 *
 * <p>The step makes the task so, whatever it was before: on a new task it only adds; on a re-routed one it also takes
 * away what the previous routing gave (a candidate link, a row) and, when another organisation takes the task over,
 * takes it from whoever had claimed it, with that person's rights on it. The engine never takes a right back when a
 * link goes, so this is the only place that does.
 */
final class Taaktoewijzing {

    private static final Permission[] LEZEN = {Permissions.READ, TaskPermissions.READ_VARIABLE};

    private Taaktoewijzing() {
    }

    /** {@code nieuw}: the task is being created, so it holds no rows yet and nobody has claimed it. */
    static void wijsToe(TaskEntity taak, String onderdeel, boolean nieuw) {
        List<String> vorige = kandidaatgroepen(taak);
        if (onderdeel == null && !vorige.isEmpty()) {
            // A task without onderdeel whose group the model fixes (termijnBewaking: always fermwerk-teamleider)
            return;
        }
        String gemeente = gemeente(taak);
        Toewijzing toewijzing = Taakverdeling.zoek(taak.getProcessEngineServices(), gemeente, onderdeel)
                .orElseThrow(() -> new GeenToewijzingException(gemeente, onderdeel, taak.getTaskDefinitionKey()));
        String eerste = toewijzing.eerstverantwoordelijke();
        boolean overgedragen = !nieuw && !vorige.contains(eerste);
        for (String groep : vorige) {
            if (!groep.equals(eerste)) {
                taak.deleteCandidateGroup(groep);
            }
        }
        if (!vorige.contains(eerste)) {
            taak.addCandidateGroup(eerste);
        }
        if (overgedragen && taak.getAssignee() != null) {
            // Through the task service, so history and the user-operation log record the release like any other
            taak.getProcessEngineServices().getTaskService().setAssignee(taak.getId(), null);
        }
        lezers(taak, eerste, toewijzing.betrokken(), nieuw, overgedragen);
        String lijst = String.join(",", toewijzing.betrokken());
        if (!lijst.equals(taak.getVariableLocal(Procesvariabelen.BETROKKEN))) {
            taak.setVariableLocal(Procesvariabelen.BETROKKEN, lijst);
        }
    }

    /** Why this task could not be routed now ("gemeente / onderdeel"), or empty when it can. */
    static Optional<String> ontbrekend(TaskEntity taak, String onderdeel) {
        if (onderdeel == null && !kandidaatgroepen(taak).isEmpty()) {
            return Optional.empty();
        }
        String gemeente = gemeente(taak);
        return Taakverdeling.zoek(taak.getProcessEngineServices(), gemeente, onderdeel).isPresent()
                ? Optional.empty() : Optional.of(gemeente + " / " + onderdeel);
    }

    /**
     * One row per betrokken group with exactly READ and READ_VARIABLE; the candidate group's row is the engine's
     * (through the link); every other group row on the task goes, and when the task changed organisation the user
     * rows of whoever had it go as well. A new task has no rows in the database yet (the candidate's is still in this
     * command), so nothing is queried for it: one insert per betrokken group and no more.
     */
    private static void lezers(TaskEntity taak, String eerste, List<String> betrokken, boolean nieuw,
                               boolean overgedragen) {
        AuthorizationService autorisaties = taak.getProcessEngineServices().getAuthorizationService();
        Set<String> teVerlenen = new LinkedHashSet<>(betrokken);
        teVerlenen.remove(eerste);
        List<Authorization> bestaand = nieuw ? List.of() : autorisaties.createAuthorizationQuery()
                .resourceType(Resources.TASK).resourceId(taak.getId()).authorizationType(Authorization.AUTH_TYPE_GRANT)
                .list();
        for (Authorization rij : bestaand) {
            String groep = rij.getGroupId();
            if (groep == null) {
                if (overgedragen) {
                    autorisaties.deleteAuthorization(rij.getId());
                }
            } else if (teVerlenen.remove(groep)) {
                if (((AuthorizationEntity) rij).getPermissions() != bits(LEZEN)) {
                    rij.setPermissions(LEZEN);
                    autorisaties.saveAuthorization(rij);
                }
            } else if (!groep.equals(eerste)) {
                autorisaties.deleteAuthorization(rij.getId());
            }
        }
        for (String groep : teVerlenen) {
            Authorization lezen = autorisaties.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            lezen.setGroupId(groep);
            lezen.setResource(Resources.TASK);
            lezen.setResourceId(taak.getId());
            lezen.setPermissions(LEZEN);
            autorisaties.saveAuthorization(lezen);
        }
    }

    /** The trajectory's gemeente, never the task's own copy of it (that is the card, step b). */
    private static String gemeente(TaskEntity taak) {
        return taak.getExecution() != null && taak.getExecution().getVariable("gemeente") instanceof String gemeente
                ? gemeente : null;
    }

    private static List<String> kandidaatgroepen(TaskEntity taak) {
        return taak.getIdentityLinks().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId).distinct().toList();
    }

    private static int bits(Permission... rechten) {
        AuthorizationEntity voorbeeld = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        voorbeeld.setPermissions(rechten);
        return voorbeeld.getPermissions();
    }
}
