package th.tidtam.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Holds every request until the application is ready for the first time (Spring's readiness state
 * {@code ACCEPTING_TRAFFIC}: the runners are done, so the administrator and the demo logins exist). Tomcat accepts
 * connections before that; without the gate a person who opened the login page at once was told the password was
 * wrong, and a script that retried got its username locked. Until then every request but the health probes is answered
 * 503 with {@code Retry-After} and a small page that reloads itself (plain HTML: Vaadin may not be up yet). Once open
 * the gate stays open: the readiness going back to refusing at shutdown must not turn requests in flight into
 * "starting" pages. Registered ahead of every other filter, Spring Security's included ({@link StartupGateConfiguration}).
 */
public final class StartupGate extends OncePerRequestFilter {

    /** Seconds a client is asked to wait before it tries again (also the page's reload interval). */
    static final int RETRY_AFTER_SECONDS = 3;

    private final MessageSource messages;
    private final ApplicationAvailability availability;
    private volatile boolean open;

    public StartupGate(MessageSource messages, ApplicationAvailability availability) {
        this.messages = messages;
        this.availability = availability;
        this.open = ready();
    }

    /** The same state the readiness probe reports: once it says UP, the gate lets the request through. */
    private boolean ready() {
        return availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    @EventListener
    public void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            open = true;
        }
    }

    public boolean isOpen() {
        return open;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!open && ready()) {
            open = true;
        }
        if (open || isHealthProbe(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (!"HEAD".equalsIgnoreCase(request.getMethod())) {
            response.getWriter().write(page());
        }
    }

    /** {@code /actuator/health} and its groups ({@code /liveness}, {@code /readiness}) say for themselves. */
    private static boolean isHealthProbe(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    /** Thai first, English second: the person's language is not known before the application runs. */
    String page() {
        Locale thai = Locale.forLanguageTag("th");
        String titleTh = text("startup.title", thai);
        String titleEn = text("startup.title", Locale.ENGLISH);
        return "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"UTF-8\">"
                + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + titleTh + " · " + titleEn + "</title>"
                + "<style>body{font-family:sans-serif;margin:15vh auto;max-width:36em;padding:0 1em;color:#1a1a1a}"
                + "p{color:#555}</style></head><body>"
                + "<h1>" + titleTh + "</h1><p>" + text("startup.message", thai) + "</p>"
                + "<h2 lang=\"en\">" + titleEn + "</h2><p lang=\"en\">" + text("startup.message", Locale.ENGLISH) + "</p>"
                + "</body></html>";
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale), StandardCharsets.UTF_8.name());
    }
}
