package nl.fermwerk.inburgering.modellen.web;

import nl.fermwerk.inburgering.modellen.MigratieNietMogelijkException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused migration as problem+json (409) with every reason and the dry run behind it. Consulted before the
 * general {@code ProbleemAfhandeling}, which handles all other failures of this API the same way as elsewhere.
 */
@RestControllerAdvice(assignableTypes = MigratieController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MigratieProblemen {

    @ExceptionHandler(MigratieNietMogelijkException.class)
    ProblemDetail nietMogelijk(MigratieNietMogelijkException fout) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, fout.getMessage());
        p.setTitle(fout.titel());
        p.setProperty("redenen", fout.redenen());
        if (fout.voorstel() != null) {
            p.setProperty("proefdraai", fout.voorstel());
        }
        return p;
    }
}
