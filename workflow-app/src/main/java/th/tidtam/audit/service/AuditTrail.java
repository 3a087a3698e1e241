package th.tidtam.audit.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;


import th.tidtam.audit.domain.AuditAction;
import th.tidtam.audit.domain.AuditEntries;
import th.tidtam.audit.domain.AuditEntry;
import th.tidtam.audit.domain.AuditFilter;
import th.tidtam.casework.CaseRead;
import th.tidtam.casework.Clearance;
import th.tidtam.casework.links.LinkUsed;
import th.tidtam.directive.service.ClassifiedDirectiveRead;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;
import th.tidtam.security.SecurityEvent;
import org.springframework.security.access.AccessDeniedException;
import th.tidtam.security.TidtamUser;

/**
 * The audit trail's events that are not changes of a record: views of classified directives and Spring Security's
 * authentication and authorisation events; and the administrator's search. Each such row is written in a transaction
 * of its own — the view or the failed login happened whatever the caller's transaction does next — and
 * synchronously, so a row that cannot be written fails the read rather than leaving it unrecorded.
 *
 * <p>A successful login is the form login (an interactive authentication). HTTP Basic authenticates every API
 * call anew; those successes are not logins and would bury the trail, while what such a call changes or views is
 * recorded with its user and address anyway. Failures are recorded for both. An access denied to an anonymous
 * visitor is the way to the login page, not an event.
 */
@Service
public class AuditTrail {

    /** The name on the rows of a one-time link's use: its holder has no login. */
    static final String LINK_HOLDER = "ผู้ถือลิงก์ครั้งเดียว";


    private final AuditEntries entries;
    private final AuditActors actors;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final OrgDirectory directory;

    AuditTrail(AuditEntries entries, AuditActors actors, Clock clock, CurrentUser currentUser, OrgDirectory org) {
        this.entries = entries;
        this.actors = actors;
        this.clock = clock;
        this.currentUser = currentUser;
        this.directory = org;
    }

    @EventListener
    void classifiedDirectiveRead(ClassifiedDirectiveRead read) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", read.what());
        details.put("directiveId", read.directiveId());
        details.put("number", read.number());
        // a file is the casework core's attachment row: its views sit next to its CREATE row under one object type
        String type = "attachment".equals(read.what()) ? "CaseAttachment" : "Directive";
        write(actors.current(), read.routePositionIds(), AuditAction.VIEW, type, String.valueOf(read.objectId()),
                read.secrecy().name(), details);
    }

    /** A classified case or a complainant's personal data was read (any case type). */
    @EventListener
    void caseRead(CaseRead read) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("what", read.what());
        details.putAll(read.details());
        write(actors.current(), read.routePositionIds(), AuditAction.VIEW, read.ref().type(), String.valueOf(read.ref().id()),
                read.classification(), details);
    }

    /**
     * A one-time link was issued, revoked or presented. Whoever presents one has no login: the row names the link's
     * holder and the address it came from, never the engine's "system".
     */
    @EventListener
    void linkUsed(LinkUsed used) {
        AuditActors.Actor current = actors.current();
        AuditActors.Actor actor = current.personId() != null ? current
                : new AuditActors.Actor(LINK_HOLDER, null, List.of(),
                        used.clientAddress() != null ? used.clientAddress() : current.address());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", used.outcome().name());
        if (used.linkId() != null) {
            details.put("linkId", used.linkId());
        }
        write(actor, AuditAction.LINK, used.ref() == null ? null : used.ref().type(),
                used.ref() == null ? null : String.valueOf(used.ref().id()), null, details);
    }

    /**
     * Second factor and API tokens (issue 16): enrolment, removal, an administrator's reset (the acting administrator
     * is the row's user, the person reset in its details), recovery codes, refused codes (as failed logins, with
     * the reason: wrong, expired, replayed, spent recovery code), tokens made and revoked. Never a secret or a code.
     */
    @EventListener
    void securityEvent(SecurityEvent event) {
        AuditActors.Actor current = actors.current();
        String address = event.address() != null ? event.address() : current.address();
        AuditActors.Actor person = new AuditActors.Actor(event.username(), event.personId(), List.of(), address);
        Map<String, Object> details = new LinkedHashMap<>(event.details());
        details.put("event", event.kind().name());
        String id = event.personId() == null ? null : String.valueOf(event.personId());
        switch (event.kind()) {
            case FACTOR_ENROLLED -> write(current.personId() != null ? current : person, AuditAction.CREATE, "SecondFactor",
                    id, null, details);
            case FACTOR_REMOVED, FACTOR_RESET -> write(current.personId() != null ? current : person, AuditAction.DELETE,
                    "SecondFactor", id, null, details);
            case RECOVERY_CODES_RENEWED -> write(current, AuditAction.UPDATE, "RecoveryCodes", id, null, details);
            case RECOVERY_CODE_USED -> write(person, AuditAction.UPDATE, "RecoveryCodes", id, null, details);
            case CODE_REFUSED -> {
                details.put("via", "second-factor");
                write(person, AuditAction.LOGIN_FAILED, null, null, null, details);
            }
            case TOKEN_CREATED -> write(current, AuditAction.CREATE, "ApiToken", String.valueOf(event.details().get("tokenId")),
                    null, details);
            case TOKEN_REVOKED -> write(current, AuditAction.DELETE, "ApiToken", String.valueOf(event.details().get("tokenId")),
                    null, details);
        }
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        String address = address(auth);
        AuditActors.Actor actor = auth.getPrincipal() instanceof TidtamUser user ? actors.of(user, address)
                : new AuditActors.Actor(auth.getName(), null, List.of(), address);
        write(actor, AuditAction.LOGIN, null, null, null, Map.of("via",
                event.getGeneratedBy() != null && event.getGeneratedBy().getSimpleName().equals("SecondFactorLogin")
                        ? "form+second-factor" : "form"));
    }

    @EventListener
    void loginFailed(AbstractAuthenticationFailureEvent event) {
        Authentication tried = event.getAuthentication();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", event.getClass().getSimpleName().replace("AuthenticationFailure", "").replace("Event", ""));
        details.put("via", via());
        // the name as typed, possibly no user at all; never the password
        write(new AuditActors.Actor(tried == null || tried.getName() == null ? "" : tried.getName(), null, List.of(),
                address(tried)), AuditAction.LOGIN_FAILED, null, null, null, details);
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        String address = address(auth);
        AuditActors.Actor actor = auth.getPrincipal() instanceof TidtamUser user ? actors.of(user, address)
                : new AuditActors.Actor(auth.getName(), null, List.of(), address);
        write(actor, AuditAction.LOGOUT, null, null, null, Map.of());
    }

    @EventListener
    void accessDenied(AuthorizationDeniedEvent<?> event) {
        Supplier<Authentication> supplier = event.getAuthentication();
        Authentication auth = supplier == null ? null : supplier.get();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        Object target = event.getObject();
        if (target instanceof HttpServletRequest request) {
            details.put("request", request.getMethod() + " " + request.getRequestURI());
        } else if (target instanceof MethodInvocation invocation) {
            details.put("method", invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName());
        } else if (target != null) {
            details.put("target", target.getClass().getSimpleName());
        }
        String address = AuditActors.address();
        AuditActors.Actor actor = auth.getPrincipal() instanceof TidtamUser user ? actors.of(user, address)
                : new AuditActors.Actor(auth.getName(), null, List.of(), address);
        write(actor, AuditAction.ACCESS_DENIED, null, null, null, details);
    }

    /**
     * A classified case was about to be routed to a position not cleared for its class, and was refused (issue 16):
     * an ACCESS_DENIED row naming the position and the class, kept although the refused change rolls back.
     */
    @EventListener
    void routingRefused(Clearance.RoutingRefused refused) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", "clearance");
        details.put("act", refused.act());
        if (refused.positionId() != null) {
            details.put("positionId", refused.positionId());
        }
        if (refused.positionCode() != null) {
            details.put("position", refused.positionCode());
        }
        write(actors.current(), refused.positionId() == null ? List.of() : List.of(refused.positionId()),
                AuditAction.ACCESS_DENIED, refused.caseType(), refused.caseId() == null ? null : String.valueOf(refused.caseId()),
                refused.caseClass().name(), details);
    }

    /**
     * The administrator's search, newest first (the caller checks the role): the installation's administrator reads
     * every row, a province's administrator their province's only.
     */
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        return entries.search(withinReach(filter), offset, limit);
    }

    public long count(AuditFilter filter) {
        return entries.count(withinReach(filter));
    }

    /** The filter held to the reader's province, unless the reader is the installation's administrator. */
    private AuditFilter withinReach(AuditFilter filter) {
        TidtamUser user = currentUser.require();
        if (user.hasRole(Roles.ADMIN)) {
            return filter;
        }
        ProvinceScope scope = ProvinceScope.of(directory.positionsFilled(user.personId()));
        if (!user.hasRole(Roles.PROVINCE_ADMIN) || scope.provinceIds().size() != 1) {
            throw new AccessDeniedException("only administrators read the audit trail");
        }
        return filter.inProvince(scope.single());
    }

    private void write(AuditActors.Actor actor, AuditAction action, String objectType, String objectId, String secrecy,
            Map<String, Object> details) {
        write(actor, List.of(), action, objectType, objectId, secrecy, details);
    }

    private void write(AuditActors.Actor actor, java.util.Collection<Long> namedPositions, AuditAction action,
            String objectType, String objectId, String secrecy, Map<String, Object> details) {
        entries.append(actor.record(clock.instant(), namedPositions, action, objectType, objectId, secrecy, details));
    }

    private static String address(Authentication auth) {
        if (auth != null && auth.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return AuditActors.address();
    }

    private static String via() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes a) {
            String header = a.getRequest().getHeader("Authorization");
            return header != null && header.regionMatches(true, 0, "Basic ", 0, 6) ? "basic" : "form";
        }
        return "other";
    }
}
