package nl.fermwerk.inburgering.betrouwbaarheid;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.fermwerk.inburgering.basis.OngeldigeInvoerException;
import nl.fermwerk.inburgering.basis.Veldfout;
import nl.fermwerk.inburgering.dossier.DossierNietGevondenException;
import nl.fermwerk.inburgering.dossier.OpenDossierBestaatException;
import nl.fermwerk.inburgering.dossier.VersieConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns every failure of our API into problem+json (RFC 9457) with a Dutch detail; invalid input names each field.
 * Never a stack trace: the unexpected is logged here and answered with a neutral 500.
 */
@RestControllerAdvice(basePackages = "nl.fermwerk.inburgering")
public class ProbleemAfhandeling {

    private static final Logger LOG = LoggerFactory.getLogger(ProbleemAfhandeling.class);

    @ExceptionHandler(OngeldigeInvoerException.class)
    ProblemDetail ongeldig(OngeldigeInvoerException fout) {
        return metVelden(fout.fouten());
    }

    @ExceptionHandler(OpenDossierBestaatException.class)
    ProblemDetail dubbel(OpenDossierBestaatException fout) {
        ProblemDetail p = probleem(HttpStatus.CONFLICT, "Er loopt al een dossier",
                "Voor dit BSN loopt al een open dossier (" + fout.bestaandDossierId() + "); er is niets opgeslagen.");
        p.setProperty("dossierId", fout.bestaandDossierId());
        return p;
    }

    @ExceptionHandler(VersieConflictException.class)
    ProblemDetail conflict(VersieConflictException fout) {
        return probleem(HttpStatus.CONFLICT, "Gelijktijdige wijziging", fout.getMessage()
                + ". Laad het dossier opnieuw en probeer het nog eens.");
    }

    @ExceptionHandler(DossierNietGevondenException.class)
    ProblemDetail nietGevonden(DossierNietGevondenException fout) {
        return probleem(HttpStatus.NOT_FOUND, "Dossier niet gevonden", fout.getMessage() + ".");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onleesbaar(HttpMessageNotReadableException fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof VerzoekTeGrootException groot) {
                // A body without a declared length that passed the limit while being read (VerzoekGrootteFilter)
                return probleem(HttpStatus.PAYLOAD_TOO_LARGE, "Verzoek te groot",
                        "De inhoud van het verzoek is groter dan " + groot.limiet() + " bytes; er is niets opgeslagen.");
            }
        }
        Throwable oorzaak = fout.getCause();
        if (oorzaak instanceof UnrecognizedPropertyException onbekend) {
            return metVelden(List.of(new Veldfout(onbekend.getPropertyName(), "Dit veld is onbekend.")));
        }
        if (oorzaak instanceof JsonMappingException mapping && !(oorzaak instanceof JsonParseException)
                && !mapping.getPath().isEmpty()) {
            String veld = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return metVelden(List.of(new Veldfout(veld, "Deze waarde heeft niet het juiste type of formaat"
                    + " (datums als jjjj-mm-dd, uitkering als true of false).")));
        }
        return probleem(HttpStatus.BAD_REQUEST, "Onleesbaar verzoek",
                "De inhoud van het verzoek is geen geldige JSON of ontbreekt.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediatype(HttpMediaTypeNotSupportedException fout) {
        return alsProbleem(probleem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Verkeerd inhoudstype",
                "Stuur de gegevens als application/json."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methode(HttpRequestMethodNotSupportedException fout) {
        return alsProbleem(probleem(HttpStatus.METHOD_NOT_ALLOWED, "Methode niet toegestaan",
                "Methode " + fout.getMethod() + " is hier niet toegestaan."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail parameter(MethodArgumentTypeMismatchException fout) {
        return metVelden(List.of(new Veldfout(fout.getName(), "Deze waarde heeft niet het juiste formaat.")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail ontbrekendeParameter(MissingServletRequestParameterException fout) {
        return metVelden(List.of(new Veldfout(fout.getParameterName(), "Deze parameter is verplicht.")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception fout) {
        if (fout instanceof org.springframework.web.ErrorResponse antwoord) {
            HttpStatusCode status = antwoord.getStatusCode();
            return alsProbleem(probleem(HttpStatus.valueOf(status.value()), "Verzoek niet verwerkt",
                    antwoord.getBody().getDetail() == null ? "Het verzoek kon niet worden verwerkt."
                            : antwoord.getBody().getDetail()));
        }
        LOG.error("Onverwachte fout in de API", fout);
        return alsProbleem(probleem(HttpStatus.INTERNAL_SERVER_ERROR, "Interne fout",
                "Er ging iets mis aan onze kant; er is niets half opgeslagen. Probeer het later opnieuw."));
    }

    /**
     * With an explicit content type: when no handler method matched (wrong method or content type), Spring would
     * otherwise write the problem as the controller's plain application/json.
     */
    private static ResponseEntity<ProblemDetail> alsProbleem(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static ProblemDetail metVelden(List<Veldfout> fouten) {
        ProblemDetail p = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                fouten.stream().map(f -> f.veld() + ": " + f.detail()).collect(Collectors.joining(" ")));
        p.setProperty("fouten", fouten.stream().map(f -> Map.of("veld", f.veld(), "detail", f.detail())).toList());
        return p;
    }

    private static ProblemDetail probleem(HttpStatus status, String titel, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(titel);
        return p;
    }
}
