package nl.fermwerk.inburgering.betrouwbaarheid;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Probleem;
import nl.fermwerk.inburgering.basis.Veldfout;
import nl.fermwerk.inburgering.dossier.DossierNietGevondenException;
import nl.fermwerk.inburgering.dossier.OpenDossierBestaatException;
import nl.fermwerk.inburgering.dossier.VersieConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one error handler of the application: every failure of a request that reached Spring MVC becomes problem+json
 * (RFC 9457) with a Dutch title and detail; invalid input names each field ({@code fouten}). A module refuses by
 * throwing a {@link Probleem}, which carries its own status and texts; the texts for the framework's failures (a body
 * that does not parse, a wrong method or content type, a parameter of the wrong kind) and for the dossier module's
 * exceptions are here. Also for failures before Spring chose a controller, so it is bound to no package. Never a stack
 * trace: the unexpected is logged and answered with a neutral 500.
 */
@RestControllerAdvice
public class ProbleemAfhandeling {

    private static final Logger LOG = LoggerFactory.getLogger(ProbleemAfhandeling.class);

    @ExceptionHandler(Probleem.class)
    ResponseEntity<ProblemDetail> probleem(Probleem probleem) {
        return antwoord(probleem);
    }

    @ExceptionHandler(OpenDossierBestaatException.class)
    ResponseEntity<ProblemDetail> dubbel(OpenDossierBestaatException fout) {
        return antwoord(new Probleem(HttpStatus.CONFLICT, "Er loopt al een dossier", "Voor dit BSN loopt al een open "
                + "dossier (" + fout.bestaandDossierId() + "); er is niets opgeslagen.",
                Map.of("dossierId", fout.bestaandDossierId())));
    }

    @ExceptionHandler(VersieConflictException.class)
    ResponseEntity<ProblemDetail> conflict(VersieConflictException fout) {
        return antwoord(new Probleem(HttpStatus.CONFLICT, "Gelijktijdige wijziging", fout.getMessage()
                + ". Laad het dossier opnieuw en probeer het nog eens."));
    }

    @ExceptionHandler(DossierNietGevondenException.class)
    ResponseEntity<ProblemDetail> nietGevonden(DossierNietGevondenException fout) {
        return antwoord(new Probleem(HttpStatus.NOT_FOUND, "Dossier niet gevonden", fout.getMessage() + "."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> onleesbaar(HttpMessageNotReadableException fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof VerzoekTeGrootException groot) {
                // A body without a declared length that passed the limit while being read (VerzoekGrootteFilter)
                return antwoord(new Probleem(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot", "De inhoud van het "
                        + "verzoek is groter dan " + groot.limiet() + " bytes; er is niets opgeslagen."));
            }
        }
        Throwable oorzaak = fout.getCause();
        if (oorzaak instanceof UnrecognizedPropertyException onbekend) {
            return ongeldig(onbekend.getPropertyName(), "Dit veld is onbekend.");
        }
        if (oorzaak instanceof JsonMappingException mapping && !(oorzaak instanceof JsonParseException)
                && !mapping.getPath().isEmpty()) {
            String veld = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ongeldig(veld, verwacht(mapping instanceof MismatchedInputException verkeerd
                    ? verkeerd.getTargetType() : null));
        }
        return antwoord(new Probleem(HttpStatus.BAD_REQUEST, "Onleesbaar verzoek",
                "De inhoud van het verzoek is geen geldige JSON of ontbreekt."));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException fout) {
        return antwoord(new Probleem(HttpStatus.BAD_REQUEST, "Onleesbaar verzoek",
                "De inhoud van het verzoek is geen geldig multipart-bericht; stuur JSON."));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediatype(HttpMediaTypeNotSupportedException fout) {
        return antwoord(new Probleem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Verkeerd inhoudstype",
                "Stuur de gegevens als application/json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methode(HttpRequestMethodNotSupportedException fout) {
        return antwoord(new Probleem(HttpStatus.METHOD_NOT_ALLOWED, "Methode niet toegestaan",
                "Methode " + fout.getMethod() + " is hier niet toegestaan."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> parameter(MethodArgumentTypeMismatchException fout) {
        return ongeldig(fout.getName(), "Deze waarde heeft niet het juiste formaat.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> ontbrekendeParameter(MissingServletRequestParameterException fout) {
        return ongeldig(fout.getParameterName(), "Deze parameter is verplicht.");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> bestaatNiet(NoResourceFoundException fout) {
        return antwoord(new Probleem(HttpStatus.NOT_FOUND, "Niet gevonden", "Op dit adres is niets te vinden."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception fout) {
        if (fout instanceof ErrorResponse antwoord) {
            return antwoord(new Probleem(HttpStatus.valueOf(antwoord.getStatusCode().value()), "Verzoek niet verwerkt",
                    antwoord.getBody().getDetail() == null ? "Het verzoek kon niet worden verwerkt."
                            : antwoord.getBody().getDetail()));
        }
        LOG.error("Onverwachte fout in de API", fout);
        return antwoord(new Probleem(HttpStatus.INTERNAL_SERVER_ERROR, "Interne fout",
                "Er ging iets mis aan onze kant; er is niets half opgeslagen. Probeer het later opnieuw."));
    }

    /** What a JSON value must look like for a field of this type, for whoever sent another kind of value. */
    static String verwacht(Class<?> type) {
        if (type == null) {
            return "Deze waarde heeft niet het juiste type of formaat.";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "Het type klopt niet: verwacht tekst tussen aanhalingstekens, geen getal, true/false, lijst of "
                    + "object.";
        }
        if (type == LocalDate.class) {
            return "Het formaat klopt niet: verwacht een datum als tekst in de vorm jjjj-mm-dd, bijvoorbeeld "
                    + "\"1996-04-12\".";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Het formaat klopt niet: verwacht true of false, zonder aanhalingstekens.";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "Het formaat klopt niet: verwacht een getal, zonder aanhalingstekens.";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "Het type klopt niet: verwacht een lijst.";
        }
        return "Deze waarde heeft niet het juiste type of formaat.";
    }

    private static ResponseEntity<ProblemDetail> ongeldig(String veld, String detail) {
        return antwoord(new OngeldigeInvoerException(List.of(new Veldfout(veld, detail))));
    }

    /**
     * With an explicit content type: when no handler method matched (wrong method or content type), Spring would
     * otherwise write the problem as the controller's plain application/json.
     */
    private static ResponseEntity<ProblemDetail> antwoord(Probleem probleem) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(probleem.status(), probleem.detail());
        p.setTitle(probleem.titel());
        probleem.eigenschappen().forEach(p::setProperty);
        return ResponseEntity.status(probleem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
