package nl.fermwerk.inburgering.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.toegang.Groepen;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates or updates the Tasklist filters by name at every start, and lets the right groups read them. */
@Component
@Order(30)
public class TasklistFilters implements ApplicationRunner {

    public static final String MIJN_TAKEN = "Mijn taken";
    public static final String CASUSREGIE = "Casusregie";

    private final FilterService filters;
    private final TaskService taken;
    private final AuthorizationService autorisaties;

    public TasklistFilters(FilterService filters, TaskService taken, AuthorizationService autorisaties) {
        this.filters = filters;
        this.taken = taken;
        this.autorisaties = autorisaties;
    }

    @Override
    public void run(ApplicationArguments args) {
        Filter mijn = bewaar(MIJN_TAKEN, -10, "Taken die u heeft geclaimd",
                taken.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        iedereen(mijn);
        Filter casusregie = bewaar(CASUSREGIE, 0, "Alle taken van Ferm Werk casusregie, in alle gemeenten",
                taken.createTaskQuery().taskCandidateGroup(Groepen.CASUSREGIE).orderByDueDate().asc());
        for (String groep : Groepen.FERM_WERK) {
            groep(casusregie, groep);
        }
    }

    Filter bewaar(String naam, int prioriteit, String omschrijving, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(naam).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(naam);
        }
        Map<String, Object> eigenschappen = new LinkedHashMap<>();
        eigenschappen.put("description", omschrijving);
        eigenschappen.put("priority", prioriteit);
        eigenschappen.put("refresh", true);
        eigenschappen.put("variables", List.of(
                Map.of("name", "weergavenaam", "label", "Inburgeraar"),
                Map.of("name", "dossierId", "label", "Dossier"),
                Map.of("name", "gemeente", "label", "Gemeente")));
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

    void groep(Filter filter, String groep) {
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
