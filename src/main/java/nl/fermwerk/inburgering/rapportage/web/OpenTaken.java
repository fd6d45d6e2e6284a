package nl.fermwerk.inburgering.rapportage.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a dossier's trajectory and who holds them, for the dossier page: the candidate groups by their
 * names in the identity service (as Tasklist shows them), and the person who claimed the task. A ketenpartner gets
 * only the tasks the routing gave its group, as candidate or betrokken: what its Tasklist shows it too.
 */
@Component
class OpenTaken {

    /** One open task: what it is (its name in the model), for whom, who claimed it, and by when. */
    record OpenTaak(String naam, List<String> groepen, String opgepaktDoor, Instant uiterlijk) {
        boolean teLaat(Instant nu) {
            return uiterlijk != null && uiterlijk.isBefore(nu);
        }
    }

    private final TaskService taken;
    private final IdentityService identiteit;

    OpenTaken(TaskService taken, IdentityService identiteit) {
        this.taken = taken;
        this.identiteit = identiteit;
    }

    /**
     * @param alleenVoorGroepen null: every open task (Ferm Werk, beheer); else only tasks where one of these groups is
     *                          candidate or betrokken
     */
    List<OpenTaak> van(String dossierId, Collection<String> alleenVoorGroepen) {
        List<OpenTaak> open = new ArrayList<>();
        for (Task taak : taken.createTaskQuery().processInstanceBusinessKey(dossierId).active().list()) {
            List<String> kandidaten = taken.getIdentityLinksForTask(taak.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            if (alleenVoorGroepen != null && kandidaten.stream().noneMatch(alleenVoorGroepen::contains)
                    && betrokken(taak).stream().noneMatch(alleenVoorGroepen::contains)) {
                continue;
            }
            open.add(new OpenTaak(taak.getName(), namen(kandidaten), taak.getAssignee(),
                    taak.getDueDate() == null ? null : taak.getDueDate().toInstant()));
        }
        open.sort(Comparator.comparing(OpenTaak::uiterlijk, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OpenTaak::naam, Comparator.nullsLast(Comparator.naturalOrder())));
        return open;
    }

    private Set<String> betrokken(Task taak) {
        Object waarde = taken.getVariableLocal(taak.getId(), "betrokken");
        return waarde == null ? Set.of() : new java.util.HashSet<>(java.util.Arrays.asList(waarde.toString().split(",")));
    }

    private List<String> namen(List<String> groepIds) {
        if (groepIds.isEmpty()) {
            return List.of();
        }
        Map<String, String> namen = new LinkedHashMap<>();
        groepIds.forEach(id -> namen.put(id, id));
        for (Group groep : identiteit.createGroupQuery().groupIdIn(groepIds.toArray(String[]::new)).list()) {
            if (groep.getName() != null && !groep.getName().isBlank()) {
                namen.put(groep.getId(), groep.getName());
            }
        }
        return List.copyOf(namen.values());
    }
}
