package nl.fermwerk.inburgering.toegang;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Groups of endpoints of the engine's REST API that the security chain treats apart. The same API answers under
 * three paths: {@code /engine-rest/...} and {@code /engine-rest/engine/{name}/...} (HTTP Basic, {@link #REST}), and
 * {@code /camunda/api/engine/engine/{name}/...} behind the session login of Tasklist and Cockpit ({@link #WEBAPP}).
 * Path patterns match the decoded path, so an encoded letter ({@code /m%65ssage}) does not slip past.
 */
final class EngineEindpunten {

    static final List<String> REST = List.of("/engine-rest", "/engine-rest/engine/*");
    static final List<String> WEBAPP = List.of("/camunda/api/engine/engine/*");

    private static final List<HttpMethod> WIJZIGEND = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final List<String> DEFINITIE = List.of("/process-definition/*", "/process-definition/key/*",
            "/process-definition/key/*/tenant-id/*");

    private EngineEindpunten() {
    }

    /**
     * Calls that drive a trajectory from outside our API: correlate a message, throw a signal, evaluate a condition,
     * start, restart, modify, migrate, suspend or delete instances, trigger executions, execute or reschedule jobs,
     * work external tasks, change process variables. The engine's own answers to them differ with what exists (a
     * correlation on {@code naam} answered 403 for a known person and 400 for an unknown one), so they are refused
     * for everyone outside the Camunda admin group before the engine sees them. Tasks are worked through the task
     * endpoints; messages into a trajectory go through {@code POST /api/dossiers/{id}/berichten}.
     */
    static RequestMatcher procesSturing(List<String> voorvoegsels) {
        List<RequestMatcher> matchers = new ArrayList<>();
        matchers.add(alle(voorvoegsels, "/message/**", "/signal/**", "/condition/**", "/modification/**", "/migration/**",
                "/process-instance/message-async", "/process-instance/variables-async",
                "/process-instance/suspended", "/process-instance/suspended-async", "/process-instance/delete",
                "/process-instance/delete-historic-query-based", "/process-instance/job-retries",
                "/process-instance/job-retries-historic-query-based", "/process-instance/*/modification",
                "/process-instance/*/modification-async", "/process-instance/*/suspended",
                "/process-definition/suspended",
                "/execution/*/signal", "/execution/*/messageSubscriptions/**", "/execution/*/create-incident",
                "/job/retries", "/job/suspended", "/job/*/execute", "/job/*/retries", "/job/*/duedate/**",
                "/job/*/suspended", "/job/*/priority", "/job-definition/suspended", "/job-definition/*/suspended",
                "/job-definition/*/retries", "/job-definition/*/jobPriority",
                "/external-task/fetchAndLock", "/external-task/retries", "/external-task/retries-async",
                "/case-definition/*/create", "/case-definition/key/*/create",
                "/case-definition/key/*/tenant-id/*/create"));
        for (String definitie : DEFINITIE) {
            matchers.add(alle(voorvoegsels, definitie + "/start", definitie + "/submit-form", definitie + "/restart",
                    definitie + "/restart-async", definitie + "/suspended"));
        }
        // Reading stays with the engine's authorizations; changing is driving. POST /process-instance/count and
        // the like are queries, hence the methods and the exact depth
        matchers.add(met(voorvoegsels, WIJZIGEND, "/process-instance/*/variables/**", "/execution/*/localVariables/**",
                "/external-task/*/*", "/case-execution/*/*/**", "/case-instance/*/*/**", "/incident/**", "/batch/**"));
        matchers.add(met(voorvoegsels, List.of(HttpMethod.DELETE), "/process-instance/*", "/job/*"));
        return new OrRequestMatcher(matchers);
    }

    /**
     * The variable overviews across all instances and their history. A partner holds READ_VARIABLE on the tasks
     * routed to it, so the engine showed it there the Tasklist card copies of those tasks (name, dossier number,
     * gemeente): more than docs/privacy.md promises. A partner reads a task's variables on that task.
     */
    static RequestMatcher variabelenOverzichten(List<String> voorvoegsels) {
        return alle(voorvoegsels, "/variable-instance/**", "/history/variable-instance/**", "/history/detail/**");
    }

    private static RequestMatcher alle(List<String> voorvoegsels, String... paden) {
        return new OrRequestMatcher(Stream.of(paden).flatMap(pad -> voorvoegsels.stream()
                .map(voor -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(voor + pad))).toList());
    }

    private static RequestMatcher met(List<String> voorvoegsels, List<HttpMethod> methoden, String... paden) {
        return new OrRequestMatcher(Stream.of(paden).flatMap(pad -> voorvoegsels.stream()
                .flatMap(voor -> methoden.stream().map(methode -> (RequestMatcher) PathPatternRequestMatcher
                        .withDefaults().matcher(methode, voor + pad)))).toList());
    }
}
