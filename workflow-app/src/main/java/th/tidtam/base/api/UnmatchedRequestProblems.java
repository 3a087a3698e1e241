package th.tidtam.base.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Requests refused before any handler was chosen — a method the address does not take, a body type it does not read
 * (JSON sent where a file upload is expected) — belong to no controller, so {@link ApiProblems} (limited to the
 * application's controllers) never sees them. They get the same bilingual problem here instead of Spring's English.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnmatchedRequestProblems {

    private final ApiProblems problems;

    UnmatchedRequestProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e) {
        return problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.content-type-unsupported");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "error.method-not-allowed");
    }
}
