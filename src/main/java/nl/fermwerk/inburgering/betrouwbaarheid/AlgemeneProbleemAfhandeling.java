package nl.fermwerk.inburgering.betrouwbaarheid;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * Failures that happen before Spring has chosen a controller: a wrong method, a wrong content type, a broken
 * multipart body. The dossier module's advice is bound to our controllers and never sees them, so the client got
 * Spring Boot's generic error (or a 500 for multipart). They are the client's error: 4xx problem+json. Lowest
 * precedence: every more specific advice goes first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class AlgemeneProbleemAfhandeling {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException fout) {
        return probleem(HttpStatus.BAD_REQUEST, "Onleesbaar verzoek",
                "De inhoud van het verzoek is geen geldig multipart-bericht; stuur JSON.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediatype(HttpMediaTypeNotSupportedException fout) {
        return probleem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Verkeerd inhoudstype", "Stuur de gegevens als application/json.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methode(HttpRequestMethodNotSupportedException fout) {
        return probleem(HttpStatus.METHOD_NOT_ALLOWED, "Methode niet toegestaan",
                "Methode " + fout.getMethod() + " is hier niet toegestaan.");
    }

    private static ResponseEntity<ProblemDetail> probleem(HttpStatus status, String titel, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(titel);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
