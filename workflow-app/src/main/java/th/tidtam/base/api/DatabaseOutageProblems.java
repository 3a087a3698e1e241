package th.tidtam.base.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.base.DatabaseUnavailable;

/**
 * While the database is down, every API call answers 503 with a problem in Thai and English ("the database is
 * unavailable, your work was not saved, try again") instead of a 500: the caller learns that nothing was stored and
 * that trying again later is right. Ahead of the controller advice, so that no handler turns the outage into
 * something else; also used by the security chain, whose login lookup is the first thing to meet the outage.
 */
@Component
public class DatabaseOutageProblems implements HandlerExceptionResolver, Ordered {

    public static final String MESSAGE_KEY = "error.database-unavailable";
    /** Seconds a client should wait before trying again; a restarted server is back within this in the drill. */
    static final String RETRY_AFTER_SECONDS = "15";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageProblems.class);

    private final ApiProblems problems;
    private final ObjectMapper json;

    DatabaseOutageProblems(ApiProblems problems, ObjectMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!DatabaseUnavailable.causedBy(ex) || response.isCommitted()) {
            return null;
        }
        try {
            write(request, response, ex);
            return new ModelAndView();
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes the 503 problem when the failure is a database outage; answers whether it did. */
    public boolean writeIfOutage(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        if (!DatabaseUnavailable.causedBy(failure) || response.isCommitted()) {
            return false;
        }
        write(request, response, failure);
        return true;
    }

    private void write(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        // one line, no stack trace: during an outage every request fails the same way
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), rootMessage(failure));
        ProblemDetail problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, MESSAGE_KEY);
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
        response.flushBuffer();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public int getOrder() {
        // after Boot's error attributes (which only record the exception), before the @ExceptionHandler resolvers
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
