package th.tidtam.notify.service;

import java.time.Clock;

import jakarta.mail.internet.AddressException;

import org.springframework.stereotype.Service;

import th.tidtam.notify.OutboxStatus;
import th.tidtam.notify.domain.NewMessage;
import th.tidtam.notify.domain.Outbox;

/**
 * Puts a composed message in the outbox in the caller's transaction: PENDING for the sender, HELD when no SMTP server
 * is configured, or GIVEN_UP at once with the reason when the person's address is malformed (kept for the
 * administrator, never an exception for the business change that caused it).
 */
@Service
public class OutboxWriter {

    private final Outbox outbox;
    private final MailTransport transport;
    private final Clock clock;

    OutboxWriter(Outbox outbox, MailTransport transport, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.clock = clock;
    }

    /** True when written (false: a message with the key exists already). */
    public boolean write(Recipient r, String kind, MessageTexts.Composed m, String dedupeKey, CaseLine c) {
        OutboxStatus status = transport.configured() ? OutboxStatus.PENDING : OutboxStatus.HELD;
        String error = null;
        try {
            OutboxSender.recipient(r.address());
        } catch (AddressException e) {
            status = OutboxStatus.GIVEN_UP;
            error = OutboxSender.SendFailure.MALFORMED_ADDRESS.name() + ": " + r.address();
        }
        return outbox.add(new NewMessage(r.personId(), r.address(), r.localeTag(), kind, m.subject(), m.body(), dedupeKey,
                status, error, c == null ? null : c.caseType(), c == null ? null : c.caseId()), clock.instant());
    }
}
