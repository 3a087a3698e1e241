package th.tidtam.audit.service;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.TidtamUser;

/**
 * Who is acting right now, in which positions and from which address. The positions are org's answer, read with plain
 * JDBC on the caller's connection (the persistence listener runs inside a flush, where a JPA query would flush again),
 * as of the application's clock — so "acting on the day of the change" is what the trail keeps, not what is true later.
 */
@Component
public class AuditActors {

    /** Whoever has no person behind them: the engine's timers and escalations, start-up work. */
    public static final String SYSTEM = "ระบบ";

    public record Filled(Long positionId, String titleTh, AssignmentKind capacity) {
        String label() {
            return titleTh + " (" + capacity.name() + ")";
        }
    }

    public record Actor(String username, Long personId, List<Filled> positions, String address) {

        boolean system() {
            return personId == null;
        }

        /** The position the record names among the actor's own (holder before acting before delegated), else the first. */
        Optional<Filled> actingIn(Collection<Long> namedPositionIds) {
            return positions.stream().filter(p -> namedPositionIds.contains(p.positionId())).findFirst()
                    .or(() -> positions.stream().findFirst());
        }

        String positionsLabel() {
            return positions.isEmpty() ? null : positions.stream().map(Filled::label).collect(Collectors.joining("; "));
        }

        /** The row this actor leaves: in the position the object names (if any of theirs), details as compact JSON. */
        th.tidtam.audit.domain.AuditRecord record(java.time.Instant at, Collection<Long> namedPositions,
                th.tidtam.audit.domain.AuditAction action, String objectType, String objectId, String secrecy,
                Object details) {
            Filled position = actingIn(namedPositions).orElse(null);
            String json;
            try {
                json = JSON.writeValueAsString(details);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return new th.tidtam.audit.domain.AuditRecord(at, username, personId,
                    position == null ? null : position.positionId(), position == null ? null : position.titleTh(),
                    position == null ? null : position.capacity(), positionsLabel(), address, action, objectType,
                    objectId, secrecy, json);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final OrgDirectory org;

    AuditActors(Clock clock, JdbcTemplate jdbc, OrgDirectory org) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.org = org;
    }

    /** The current actor, positions read on the given connection (inside the caller's transaction). */
    Actor current(Connection connection) {
        TidtamUser user = user();
        if (user == null) {
            return new Actor(systemOrName(), null, List.of(), address());
        }
        return new Actor(user.username(), user.personId(), positions(connection, user.personId()), address());
    }

    /** The current actor, positions read with a connection of the pool. */
    Actor current() {
        TidtamUser user = user();
        if (user == null) {
            return new Actor(systemOrName(), null, List.of(), address());
        }
        return new Actor(user.username(), user.personId(), jdbc.execute(
                (org.springframework.jdbc.core.ConnectionCallback<List<Filled>>) c -> positions(c, user.personId())),
                address());
    }

    /** A person named by an event (a login), not necessarily the one in the security context. */
    Actor of(TidtamUser user, String address) {
        return new Actor(user.username(), user.personId(), jdbc.execute(
                (org.springframework.jdbc.core.ConnectionCallback<List<Filled>>) c -> positions(c, user.personId())),
                address);
    }

    /** As of the application's clock, on the given connection: org reads its own tables there (see the class note). */
    private List<Filled> positions(Connection connection, Long personId) {
        return org.positionsOn(connection, personId, LocalDate.now(clock)).stream()
                .map(p -> new Filled(p.positionId(), p.titleTh(), p.capacity())).toList();
    }

    private static TidtamUser user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TidtamUser u ? u : null;
    }

    private static String systemOrName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null) {
            return SYSTEM;
        }
        return auth.getName();
    }

    /**
     * The client's address as the servlet container reports it (forward-headers-strategy native: X-Forwarded-For of
     * a trusted proxy already applied); none outside a request, e.g. in the engine's job executor.
     */
    static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
