package nl.fermwerk.inburgering.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.basis.Gemeente;
import nl.fermwerk.inburgering.toegang.Groepen;
import nl.fermwerk.inburgering.traject.Procesvariabelen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates or updates the Tasklist filters of every role at each start, matched by name (so a restart never duplicates
 * them), and lets exactly the groups that need a filter read it. Which tasks a user then sees in a filter is still
 * decided by the engine's task authorizations: a filter never widens access.
 */
@Component
@Order(30)
public class TasklistFilters implements ApplicationRunner {

    public static final String MIJN_TAKEN = "Mijn taken";
    public static final String CASUSREGIE = "Casusregie - alle gemeenten";
    /** The name of the casusregie filter before it was split per gemeente; renamed in place at start. */
    static final String CASUSREGIE_OUD = "Casusregie";
    public static final String TERMIJN_VERLOPEN = "Termijn verlopen";

    private final FilterService filters;
    private final TaskService taken;
    private final AuthorizationService autorisaties;

    public TasklistFilters(FilterService filters, TaskService taken, AuthorizationService autorisaties) {
        this.filters = filters;
        this.taken = taken;
        this.autorisaties = autorisaties;
    }

    public static String casusregie(Gemeente gemeente) {
        return "Casusregie - " + gemeente.naam();
    }

    public static String werkvoorraad(String partnergroep) {
        return "Werkvoorraad – " + Partners.naam(partnergroep);
    }

    public static String betrokken(String partnergroep) {
        return "Betrokken – " + Partners.naam(partnergroep);
    }

    public static String termijnVerlopen(String partnergroep) {
        return TERMIJN_VERLOPEN + " – " + Partners.naam(partnergroep);
    }

    @Override
    public void run(ApplicationArguments args) {
        Filter mijn = bewaar(List.of(MIJN_TAKEN), -10, "Taken die u heeft opgepakt, de eerste uiterste datum bovenaan",
                query().taskAssigneeExpression("${currentUser()}"));
        iedereen(mijn);

        lezers(bewaar(List.of(CASUSREGIE, CASUSREGIE_OUD), 0,
                "Alle taken van Ferm Werk casusregie in de vier gemeenten, ook als een collega ze heeft opgepakt",
                query().taskCandidateGroup(Groepen.CASUSREGIE).includeAssignedTasks()), Groepen.FERM_WERK);

        int prioriteit = 1;
        for (Gemeente gemeente : Gemeente.values()) {
            lezers(bewaar(List.of(casusregie(gemeente)), prioriteit++,
                    "Taken van Ferm Werk casusregie voor inburgeraars in " + gemeente.naam(),
                    query().taskCandidateGroup(Groepen.CASUSREGIE).includeAssignedTasks()
                            .processVariableValueEquals("gemeente", gemeente.name())), Groepen.FERM_WERK);
        }

        // The teamleider works this list from the most pressing escalation down, so priority comes before the date.
        // It is Ferm Werk's: in that order a partner's few overdue tasks lie behind every escalation the partner may
        // not see, and the database walked those for minutes (docs/performance.md); a partner has a list of its own
        Filter verlopen = bewaar(List.of(TERMIJN_VERLOPEN), 5,
                "Open taken waarvan de uiterste datum is verstreken, de hoogste prioriteit bovenaan",
                volgordeBijGelijkstand(taken.createTaskQuery().orderByTaskPriority().desc().orderByDueDate().asc())
                        .dueBeforeExpression("${now()}"));
        lezers(verlopen, Groepen.FERM_WERK);
        geenLezersMeer(verlopen, Groepen.PARTNERS);

        for (String partner : Groepen.PARTNERS) {
            lezers(bewaar(List.of(werkvoorraad(partner)), 0,
                    "Taken waarvoor " + Partners.naam(partner) + " eerstverantwoordelijk is",
                    eigenWerk(partner)), List.of(partner));
            // The Werkvoorraad's query and order: its overdue tasks are its first rows, so the page is its first page
            lezers(bewaar(List.of(termijnVerlopen(partner)), 5,
                    "Taken van " + Partners.naam(partner) + " waarvan de uiterste datum is verstreken, de oudste "
                            + "bovenaan",
                    eigenWerk(partner).dueBeforeExpression("${now()}")),
                    List.of(partner));
            // The routing writes the betrokken groups as a comma separated task-local variable; group ids are never
            // part of one another, so a like-match on the id finds exactly the tasks this group is betrokken in
            lezers(bewaar(List.of(betrokken(partner)), 10,
                    "Taken van anderen waarbij " + Partners.naam(partner) + " betrokken is (alleen inzien)",
                    query().taskVariableValueLike(Procesvariabelen.BETROKKEN, "%" + partner + "%")), List.of(partner));
        }
    }

    /**
     * The first due date on top, tasks without one last (H2SorteertZoalsPostgres makes H2 agree with PostgreSQL on
     * that), equal due dates by priority. Tasklist appends its own sort to every request, after this one, so this order
     * decides whatever the sort header shows.
     */
    private TaskQuery query() {
        return volgordeBijGelijkstand(taken.createTaskQuery().orderByDueDate().asc().orderByTaskPriority().desc());
    }

    /** The partner's own work, as its Werkvoorraad shows it: its candidate group, also when a worker picked it up. */
    private TaskQuery eigenWerk(String partner) {
        return query().taskCandidateGroup(partner).includeAssignedTasks();
    }

    /**
     * Among tasks equal in date and priority the one waiting longest comes first. Without a last key the database
     * returns them in any order, and the list, which refreshes itself, would shuffle them and page them twice or never.
     */
    private static TaskQuery volgordeBijGelijkstand(TaskQuery query) {
        return query.orderByTaskCreateTime().asc();
    }

    /** Saves the filter under the first name, reusing a filter found under any of the names (a rename keeps its id). */
    Filter bewaar(List<String> namen, int prioriteit, String omschrijving, TaskQuery query) {
        Filter filter = null;
        for (String naam : namen) {
            filter = filters.createFilterQuery().filterName(naam).singleResult();
            if (filter != null) {
                break;
            }
        }
        if (filter == null) {
            filter = filters.newTaskFilter(namen.get(0));
        }
        filter.setName(namen.get(0));
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("description", omschrijving);
        eigenschappen.put("priority", prioriteit);
        eigenschappen.put("refresh", true);
        eigenschappen.put("showUndefinedVariable", false);
        eigenschappen.put("variables", List.of(
                Map.of("name", "weergavenaam", "label", "Inburgeraar"),
                Map.of("name", "dossierId", "label", "Dossier"),
                // The gemeente's name, not its code: the card copy Taakkaart writes next to the code
                Map.of("name", "gemeenteLabel", "label", "Gemeente")));
        filter.setProperties(eigenschappen);
        filter.setQuery(query);
        return filters.saveFilter(filter);
    }

    void iedereen(Filter filter) {
        if (autorisaties.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                .authorizationType(AUTH_TYPE_GLOBAL).count() == 0) {
            Authorization lezen = autorisaties.createNewAuthorization(AUTH_TYPE_GLOBAL);
            lezen.setResource(Resources.FILTER);
            lezen.setResourceId(filter.getId());
            lezen.addPermission(Permissions.READ);
            autorisaties.saveAuthorization(lezen);
        }
    }

    /**
     * Withdraws the groups' READ on a filter that is no longer theirs. Those grants were made by this class at an
     * earlier start (a filter's readers changed), so they go at every start; give such a group a filter of its own.
     */
    void geenLezersMeer(Filter filter, Collection<String> groepen) {
        for (Authorization recht : autorisaties.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(filter.getId()).groupIdIn(groepen.toArray(String[]::new)).list()) {
            trekIn(recht.getId());
        }
    }

    /** Nodes that start together on one database may both withdraw a grant: what the other took is gone already. */
    void trekIn(String recht) {
        try {
            autorisaties.deleteAuthorization(recht);
        } catch (NullValueException | OptimisticLockingException alWeg) {
            // another node withdrew it between our query and our delete
        }
    }

    /** Grants READ to each group that lacks it; grants made by hand in Tasklist or Admin are left alone. */
    void lezers(Filter filter, Collection<String> groepen) {
        for (String groep : groepen) {
            if (autorisaties.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filter.getId())
                    .groupIdIn(groep).count() == 0) {
                Authorization lezen = autorisaties.createNewAuthorization(AUTH_TYPE_GRANT);
                lezen.setGroupId(groep);
                lezen.setResource(Resources.FILTER);
                lezen.setResourceId(filter.getId());
                lezen.addPermission(Permissions.READ);
                autorisaties.saveAuthorization(lezen);
            }
        }
    }
}
