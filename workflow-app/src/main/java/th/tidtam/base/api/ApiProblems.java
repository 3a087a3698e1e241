package th.tidtam.base.api;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;

/**
 * Errors of the JSON API as RFC 7807 problem details that carry the message in Thai and in English
 * ({@code message_th}, {@code message_en}); the {@code detail} is in the caller's language (Thai unless the request
 * prefers English). Never a stack trace, and never Spring's own wording, which names Java types.
 */
@RestControllerAdvice(basePackages = "th.tidtam")
// before Boot's generic problem handler, which would otherwise answer Spring's own exceptions in English only
@Order(Ordered.HIGHEST_PRECEDENCE)
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

    /** A path or query value of the wrong kind ("abc" or 99999999999999999999 for an id): the field is named. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "error.parameter-invalid", e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "error.parameter-missing", e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "error.parameter-missing", e.getRequestPartName());
    }

    /** A multipart body that cannot be parsed (a wrong boundary, a cut-off part). */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail brokenMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        return problem(HttpStatus.BAD_REQUEST, "error.unreadable-request");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.content-type-unsupported");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "error.not-acceptable");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "error.method-not-allowed");
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, prefersEnglish() ? english : thai);
        problem.setTitle(english);
        problem.setProperty("code", key);
        problem.setProperty("message_th", thai);
        problem.setProperty("message_en", english);
        return problem;
    }

    /** Thai is the default; a request whose Accept-Language puts English first gets the detail in English. */
    private static boolean prefersEnglish() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return false;
        }
        HttpServletRequest request = servlet.getRequest();
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return false;
        }
        Locale preferred = request.getLocale();
        return Translations.supported(preferred) == Translations.ENGLISH;
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
