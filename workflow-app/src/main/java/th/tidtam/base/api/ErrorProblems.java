package th.tidtam.base.api;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.DatabaseUnavailable;

/**
 * The error page ({@code /error}, in place of Boot's): whatever failed outside the API's own handlers — a handler that
 * threw, a {@code sendError} of the container or of a library — is answered with the same bilingual problem as the
 * API, with its real status, and never a stack trace. Asked for directly (no error to show) it answers 404, where
 * Boot's page answered an empty 500 ("status 999"). Open to everyone (the security configuration lets the error
 * dispatch through): an anonymous caller whose request failed learns its real status, not "please log in".
 * <p>
 * Written straight to the response, not through content negotiation: the failed request's Accept header (a calendar
 * program asking for text/calendar) must not turn the answer into a second failure.
 */
@RestController
class ErrorProblems implements ErrorController {

    private static final String BOOTS_EXCEPTION = DefaultErrorAttributes.class.getName() + ".ERROR";

    private final ApiProblems problems;
    private final ObjectMapper json;

    ErrorProblems(ApiProblems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure == null) {
            failure = request.getAttribute(BOOTS_EXCEPTION);
        }
        ProblemDetail problem;
        if (failure instanceof Throwable t && DatabaseUnavailable.causedBy(t)) {
            problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutageProblems.MESSAGE_KEY);
            response.setHeader("Retry-After", DatabaseOutageProblems.RETRY_AFTER_SECONDS);
        } else if (code instanceof Integer status) {
            HttpStatus resolved = HttpStatus.resolve(status);
            problem = problem(resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved);
        } else {
            // called directly: there is no error to show, and nothing at this address
            problem = problems.problem(HttpStatus.NOT_FOUND, "error.not-found");
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private ProblemDetail problem(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> problems.problem(status, "error.unauthorized");
            case FORBIDDEN -> problems.problem(status, "error.forbidden");
            case NOT_FOUND -> problems.problem(status, "error.not-found");
            case METHOD_NOT_ALLOWED -> problems.problem(status, "error.method-not-allowed");
            case NOT_ACCEPTABLE -> problems.problem(status, "error.not-acceptable");
            case PAYLOAD_TOO_LARGE -> problems.problem(status, "error.upload-too-large");
            case UNSUPPORTED_MEDIA_TYPE -> problems.problem(status, "error.content-type-unsupported");
            default -> status.is5xxServerError() ? problems.problem(status, "error.unexpected")
                    : problems.problem(status, "error.request-refused", status.value());
        };
    }
}
