package th.tidtam.base.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;

/**
 * Errors of the JSON API as RFC 7807 problem details that carry the message in Thai and in English
 * ({@code message_th}, {@code message_en}); never a stack trace.
 */
@RestControllerAdvice(basePackages = "th.tidtam")
public class ApiProblems {

    private final Translations translations;

    ApiProblems(Translations translations) {
        this.translations = translations;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail refused(RuleViolation violation) {
        return problem(HttpStatus.BAD_REQUEST, violation.messageKey(), violation.arguments());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.messageKey());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "error.unreadable-request");
    }

    /** A file larger than the container accepts, refused before it reached any rule that could name the limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "error.upload-too-large");
    }

    /** Two people changed the same thing at the same moment (optimistic version or a lock/deadlock): one won. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail conflict(ConcurrencyFailureException e) {
        return problem(HttpStatus.CONFLICT, "admin.error.concurrent-change");
    }

    public ProblemDetail problem(HttpStatus status, String key, Object... args) {
        String thai = translations.getTranslation(key, Translations.THAI, args);
        String english = translations.getTranslation(key, Translations.ENGLISH, args);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, thai);
        problem.setTitle(english);
        problem.setProperty("code", key);
        problem.setProperty("message_th", thai);
        problem.setProperty("message_en", english);
        return problem;
    }

    /** Answer for anything the user may not see, so that guessing ids reveals nothing. */
    public static class NotFound extends RuntimeException {

        private final String messageKey;

        public NotFound() {
            this("error.not-found");
        }

        public NotFound(String messageKey) {
            super("not found");
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
