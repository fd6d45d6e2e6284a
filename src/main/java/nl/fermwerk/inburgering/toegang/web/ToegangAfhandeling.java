package nl.fermwerk.inburgering.toegang.web;

import nl.fermwerk.inburgering.toegang.GeenToegangException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refusal by the access model answers 403 problem+json, before the general handler could call it a 500. */
@RestControllerAdvice(basePackages = "nl.fermwerk.inburgering")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ToegangAfhandeling {

    @ExceptionHandler(GeenToegangException.class)
    ProblemDetail geweigerd(GeenToegangException fout) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, fout.getMessage());
        p.setTitle("Geen toegang");
        return p;
    }
}
