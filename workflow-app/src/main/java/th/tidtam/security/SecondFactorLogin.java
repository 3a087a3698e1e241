package th.tidtam.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The login's second step. After the right password of a person with a second factor, the session holds a
 * {@link Pending} login — not an authentication: until the code is given the session is as anonymous as before, so no
 * screen, API or Camunda page opens. The code given, the session id changes (as at any login), the person is
 * authenticated with the rights of their positions of today and the login is recorded like a form login.
 */
@Component
public class SecondFactorLogin {

    static final String PENDING = SecondFactorLogin.class.getName() + ".PENDING";
    /** A password checked longer ago than this must be given again. */
    static final Duration PENDING_FOR = Duration.ofMinutes(10);

    /** Who gave the right password, when, and whether they still have to enrol (administrators without a factor). */
    public record Pending(String username, long personId, boolean enrol, Instant since) implements Serializable {
    }

    private final PositionUserDetailsService users;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    SecondFactorLogin(PositionUserDetailsService users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    /** Called by the login page when the form login ended in {@link LoginRefused.SecondFactorRequired}. */
    public void begin(HttpSession session, LoginRefused.SecondFactorRequired required) {
        session.setAttribute(PENDING, new Pending(required.username(), required.personId(), !required.enrolled(),
                clock.instant()));
    }

    public Optional<Pending> pending(HttpSession session) {
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending p)) {
            return Optional.empty();
        }
        if (p.since().plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    public void abandon(HttpSession session) {
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /**
     * Authenticates the pending person in this session (new session id) and answers where to go: the page they asked
     * for before the login page, or the start page.
     */
    public String complete(Pending pending, HttpServletRequest request, HttpServletResponse response) {
        TidtamUser user = users.loadUserByUsername(pending.username());
        if (!user.isEnabled() || user.personId() != pending.personId()) {
            throw new org.springframework.security.authentication.DisabledException("person disabled meanwhile");
        }
        HttpSession session = request.getSession();
        session.removeAttribute(PENDING);
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
        // session fixation: the id the anonymous visitor had does not survive the login
        request.changeSessionId();
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(authentication, SecondFactorLogin.class));
        String target = saved == null ? null : saved.getRedirectUrl();
        // only back into this application, never to a Vaadin internal request
        if (target == null || target.contains("v-r=") || target.contains("/login")) {
            return request.getContextPath() + "/";
        }
        return target;
    }
}
