package nl.fermwerk.inburgering.betrouwbaarheid;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.fermwerk.inburgering.dossier.VersieConflictException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Translates a failure inside the engine's REST API into the status it really is. The engine wraps whatever a task
 * listener throws (our {@code OngeldigeBeslissingException}, a BadUserRequestException) and whatever a completion
 * meets (a concurrent change, a task a colleague just completed) into a generic 500. Here the cause chain decides:
 * <ul>
 *   <li>a concurrent change ({@link OptimisticLockingException}) or a task that history shows as just completed:
 *       409, nothing of the second attempt was stored; a task a colleague has already claimed: 409 naming who;</li>
 *   <li>a missing task or other object: 404; no permission: 403;</li>
 *   <li>invalid input of the user (BadUserRequestException, forbidden Java serialization, a model that does not
 *       parse, a value without serializer, a query parameter of the wrong kind, a task of a running trajectory to
 *       delete): 400;</li>
 *   <li>anything else keeps its status (500 only for what is really our fault: then a neutral Dutch message, the
 *       details go to the log).</li>
 * </ul>
 * The body keeps the engine's fields ({@code type}, {@code message}, which Tasklist shows, {@code code}) and adds the
 * problem+json fields ({@code title}, {@code status}, {@code detail}). No message names a Java class or package
 * ({@link ZonderJavaNamen}); {@code type} is the engine's own error type (Camunda's webapps look for
 * {@code AuthorizationException}), never the name of some other Java class.
 */
class EngineFoutVertaling {

    private static final Logger LOG = LoggerFactory.getLogger(EngineFoutVertaling.class);
    /** ENGINE-17007: a variable in Java serialization format, which this application refuses (security). */
    private static final String JAVA_SERIALISATIE = "ENGINE-17007";
    /** A variable of a type the engine cannot store (an Object with an unknown format): the sender's mistake. */
    private static final String GEEN_SERIALIZER = "Cannot find serializer for value";
    /**
     * DELETE on a task of a running process. The engine says so only in the message of a plain
     * ProcessEngineException, which it would answer with 500.
     */
    private static final String TAAK_VAN_LOPEND_PROCES = "cannot be deleted because is part of a running process";
    /** Where the engine builds a query from the URL, calling setters by reflection with the raw parameter. */
    private static final String QUERY_OPBOUW = "org.camunda.bpm.engine.rest.dto.";
    private static final String ENGINE_PAKKET = "org.camunda.bpm.engine";
    /**
     * SQL state of a unique-key violation. Two completions in one dossier at the same moment both append event n+1;
     * the database lets one through. On PostgreSQL the loser's transaction is then aborted and the engine reports a
     * persistence failure, with the violation deeper in the chain: a concurrent change, nothing stored.
     */
    private static final String UNIEK_GESCHONDEN = "23505";

    private final ObjectProvider<HistoryService> historie;
    private final ObjectProvider<IdentityService> identiteit;

    EngineFoutVertaling(ObjectProvider<HistoryService> historie, ObjectProvider<IdentityService> identiteit) {
        this.historie = historie;
        this.identiteit = identiteit;
    }

    ExceptionMapper<RestException> voorRestFouten() {
        return new RestFouten();
    }

    ExceptionMapper<ProcessEngineException> voorEngineFouten() {
        return new EngineFouten();
    }

    ExceptionMapper<RuntimeException> voorOverigeFouten() {
        return new OverigeFouten();
    }

    Response vertaal(RuntimeException fout, int standaardStatus, UriInfo uri) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException || t instanceof VersieConflictException
                    || (t instanceof SQLException sql && UNIEK_GESCHONDEN.equals(sql.getSQLState()))) {
                LOG.info("Gelijktijdige wijziging geweigerd: {}", t.getMessage());
                return antwoord(409, "OptimisticLockingException", "Gelijktijdige wijziging",
                        "Iemand anders heeft deze taak of dit dossier zojuist gewijzigd; er is niets van uw handeling"
                                + " opgeslagen. Laad de taak opnieuw.");
            }
            if (t instanceof TaskAlreadyClaimedException opgepakt) {
                // Two colleagues who pick up the same task: the most ordinary conflict of a service centre
                return antwoord(409, "TaskAlreadyClaimedException", "Taak al opgepakt", "Deze taak is al opgepakt"
                        + " door " + opgepakt.getTaskAssignee() + "; kies een andere taak.");
            }
            if (t instanceof AuthorizationException) {
                // A colleague's completion of the same task committed first and took the task's rights with it
                Response alAfgerond = alAfgerond(uri);
                return alAfgerond != null ? alAfgerond
                        : antwoord(403, "AuthorizationException", "Geen toegang", t.getMessage());
            }
            if (t instanceof NotFoundException || t instanceof NullValueException) {
                Response alAfgerond = alAfgerond(uri);
                return alAfgerond != null ? alAfgerond
                        : antwoord(404, t.getClass().getSimpleName(), "Niet gevonden", t.getMessage());
            }
            if (t instanceof ParseException) {
                return antwoord(400, "ParseException", "Ongeldig model", t.getMessage());
            }
            if (t instanceof BadUserRequestException) {
                // Our listeners' refusals are BadUserRequestExceptions with a Dutch message: keep the message
                return antwoord(400, type(t, "BadUserRequestException"), "Ongeldige invoer", t.getMessage());
            }
            String melding = t.getMessage() == null ? "" : t.getMessage();
            if (melding.contains(JAVA_SERIALISATIE)) {
                return antwoord(400, "ProcessEngineException", "Ongeldige invoer",
                        "Variabelen in Java-serialisatie worden niet aangenomen; stuur JSON.");
            }
            if (melding.contains(GEEN_SERIALIZER)) {
                return antwoord(400, "ProcessEngineException", "Ongeldige invoer",
                        "Een variabele heeft een type of formaat dat de engine niet kan opslaan; stuur een String,"
                                + " Boolean, Integer, Long, Double, Date of JSON.");
            }
            if (melding.contains(TAAK_VAN_LOPEND_PROCES)) {
                return antwoord(400, "ProcessEngineException", "Ongeldig verzoek",
                        "Een taak van een lopend traject kan niet worden verwijderd; rond haar af.");
            }
            if (t instanceof IllegalArgumentException && bijQueryOpbouw(t)) {
                return antwoord(400, "InvalidRequestException", "Ongeldige invoer",
                        "Een queryparameter heeft een waarde van de verkeerde soort.");
            }
        }
        // A colleague's completion committed while ours ran: the engine may then stumble over the execution that
        // is gone (on PostgreSQL even with a NullPointerException) - whatever it met, the answer is "already done"
        Response alAfgerond = standaardStatus >= 500 ? alAfgerond(uri) : null;
        if (alAfgerond != null) {
            LOG.info("Afronden van een taak die intussen door een ander is afgerond: {}", fout.getMessage());
            return alAfgerond;
        }
        if (standaardStatus >= 500) {
            LOG.error("Fout in de REST API van de engine", fout);
            return antwoord(standaardStatus, type(fout, "InterneFout"), "Interne fout",
                    "Er ging iets mis aan onze kant; er is niets half opgeslagen. Probeer het later opnieuw.");
        }
        return antwoord(standaardStatus, type(fout, "OngeldigVerzoek"), "Verzoek niet verwerkt", fout.getMessage());
    }

    /** The engine's error type (part of its REST contract); for anything else a neutral one of ours. */
    private static String type(Throwable fout, String anders) {
        return fout.getClass().getName().startsWith(ENGINE_PAKKET) ? fout.getClass().getSimpleName() : anders;
    }

    private static boolean bijQueryOpbouw(Throwable fout) {
        for (StackTraceElement plek : fout.getStackTrace()) {
            if (plek.getClassName().startsWith(QUERY_OPBOUW)) {
                return true;
            }
        }
        return false;
    }

    static Response antwoord(int status, String type, String titel, String melding) {
        String detail = ZonderJavaNamen.in(melding);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", detail);
        body.put("code", 0);
        body.put("title", titel);
        body.put("status", status);
        body.put("detail", detail);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /**
     * 409 when the failed call completed a task that history shows as finished by now; otherwise null. A user who may
     * read history sees that as always; one who may not (a ketenpartner) is told so only of a task that was its own
     * to do (its group a candidate, or itself the assignee): the check runs as the system, and says nothing of any
     * other task than the engine's own 403 or 404 did.
     */
    private Response alAfgerond(UriInfo uri) {
        String taakId = taakIdBijAfronden(uri);
        if (taakId == null) {
            return null;
        }
        HistoryService geschiedenis = historie.getObject();
        if (geschiedenis.createHistoricTaskInstanceQuery().taskId(taakId).finished().count() > 0
                || alsSysteemEigenAfgerondeTaak(geschiedenis, taakId)) {
            return antwoord(409, "TaakAlAfgerond", "Taak al afgerond", "Taak " + taakId
                    + " is al afgerond, mogelijk door een collega; er is niets van uw handeling opgeslagen.");
        }
        return null;
    }

    private boolean alsSysteemEigenAfgerondeTaak(HistoryService geschiedenis, String taakId) {
        IdentityService identiteiten = identiteit.getIfAvailable();
        Authentication wie = identiteiten == null ? null : identiteiten.getCurrentAuthentication();
        if (wie == null || wie.getUserId() == null) {
            return false;
        }
        identiteiten.clearAuthentication();
        try {
            if (geschiedenis.createHistoricTaskInstanceQuery().taskId(taakId).finished().count() == 0) {
                return false;
            }
            List<String> groepen = wie.getGroupIds() == null ? List.of() : wie.getGroupIds();
            return geschiedenis.createHistoricIdentityLinkLogQuery().taskId(taakId).list().stream()
                    .anyMatch(link -> wie.getUserId().equals(link.getUserId())
                            || link.getGroupId() != null && groepen.contains(link.getGroupId()));
        } finally {
            identiteiten.setAuthentication(wie);
        }
    }

    /** The task id when the failed call was a completion: POST .../task/{id}/complete or /submit-form. */
    private static String taakIdBijAfronden(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        List<String> delen = uri.getPathSegments().stream().map(s -> s.getPath()).toList();
        int n = delen.size();
        if (n >= 3 && delen.get(n - 3).equals("task")
                && (delen.get(n - 1).equals("complete") || delen.get(n - 1).equals("submit-form"))) {
            return delen.get(n - 2);
        }
        return null;
    }

    /** Failures the engine's resources already wrapped, with the status they chose. */
    private class RestFouten implements ExceptionMapper<RestException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RestException fout) {
            int status = fout.getStatus() == null ? 500 : fout.getStatus().getStatusCode();
            return vertaal(fout, status, uri);
        }
    }

    /** Failures straight from the engine. */
    private class EngineFouten implements ExceptionMapper<ProcessEngineException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(ProcessEngineException fout) {
            return vertaal(fout, 500, uri);
        }
    }

    /**
     * Anything else the engine throws, such as the NullPointerException a completion meets on PostgreSQL when a
     * colleague's completion of the same task committed in the meantime: translated too, instead of Camunda's 500.
     */
    private class OverigeFouten implements ExceptionMapper<RuntimeException> {

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(RuntimeException fout) {
            if (fout instanceof ParamException parameter) {
                // JAX-RS answers a query parameter it cannot convert (maxResults=abc) with an empty 404
                return antwoord(400, "InvalidRequestException", "Ongeldige invoer", "Parameter '"
                        + parameter.getParameterName() + "' heeft geen geldige waarde.");
            }
            if (fout instanceof jakarta.ws.rs.WebApplicationException web) {
                return web.getResponse();
            }
            return vertaal(fout, 500, uri);
        }
    }
}
