package th.tidtam.notify.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.text.FieldText;
import th.tidtam.notify.OutboxStatus;
import th.tidtam.notify.domain.Outbox;
import th.tidtam.notify.domain.OutboxFilter;
import th.tidtam.notify.domain.OutboxMessage;
import th.tidtam.security.Roles;

/** The outbox for the administrator: every message with its status and failures, its text, and "retry now". */
@Service
@RolesAllowed(Roles.ADMIN)
public class OutboxAdministration {

    public static final int MAX_SEARCH = 200;
    public static final int MAX_PAGE = 200;

    private final Outbox outbox;
    private final MailTransport transport;
    private final OutboxSender sender;
    private final Clock clock;

    OutboxAdministration(Outbox outbox, MailTransport transport, OutboxSender sender, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.sender = sender;
        this.clock = clock;
    }

    public List<OutboxMessage> search(OutboxFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new RuleViolation("notify.error.page", MAX_PAGE);
        }
        return outbox.search(checked(filter), offset, limit);
    }

    public int count(OutboxFilter filter) {
        return outbox.count(checked(filter));
    }

    public Map<OutboxStatus, Integer> countsByStatus() {
        return outbox.countsByStatus();
    }

    public boolean serverConfigured() {
        return transport.configured();
    }

    public OutboxMessage message(long id) {
        return outbox.find(id).orElseThrow(() -> new ApiProblems.NotFound("notify.error.not-found"));
    }

    /**
     * Sends the message again now (a held one only once a server is configured); a message already waiting or sent
     * is refused with the reason, and a second click finds it already queued.
     */
    public OutboxMessage retry(long id) {
        OutboxMessage m = message(id);
        if (!m.status().retryable()) {
            throw new RuleViolation("notify.error.not-retryable", m.status().labelKey());
        }
        if (!transport.configured()) {
            if (m.status() == OutboxStatus.HELD) {
                throw new RuleViolation("notify.error.no-server");
            }
        }
        OutboxStatus to = transport.configured() ? OutboxStatus.PENDING : OutboxStatus.HELD;
        if (!outbox.requeue(id, to, clock.instant())) {
            throw new RuleViolation("notify.error.not-retryable", message(id).status().labelKey());
        }
        sender.wake();
        return message(id);
    }

    private static OutboxFilter checked(OutboxFilter filter) {
        OutboxFilter f = filter == null ? OutboxFilter.none() : filter;
        String text = FieldText.line(f.text(), "notify.field.search", MAX_SEARCH, false);
        String kind = FieldText.line(f.kind(), "notify.field.kind", 32, false);
        return new OutboxFilter(f.status(), kind, text);
    }
}
