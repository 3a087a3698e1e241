package th.tidtam.casework.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.links.LinksThrottled;

/**
 * A one-time link presented from an address that failed too often, wherever a case type's API presents it: 429 with
 * the wait in Thai and English and a Retry-After header, so that a script backs off as a person would.
 */
@RestControllerAdvice(basePackages = "th.tidtam")
class LinkProblems {

    private final ApiProblems problems;

    LinkProblems(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(LinksThrottled.class)
    ResponseEntity<ProblemDetail> throttled(LinksThrottled throttled) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.waitMinutes() * 60))
                .body(problems.problem(HttpStatus.TOO_MANY_REQUESTS, LinksThrottled.MESSAGE_KEY, throttled.waitMinutes()));
    }
}
