package th.tidtam.notify.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import th.tidtam.notify.OutboxStatus;
import th.tidtam.notify.domain.Outbox;
import th.tidtam.notify.domain.OutboxMessage;

/**
 * Sends what the outbox holds, never inside a business transaction: a poller every {@code tidtam.mail.poll-interval}
 * and a wake-up after each commit that wrote a message. Each round claims a batch (an atomic update with this node's
 * id and a lease), sends each message, and marks it SENT or failed. A failure is retried after 1, 2, 4 … minutes (at
 * most an hour apart) and given up after {@code tidtam.mail.max-attempts}; a malformed or refused address is given
 * up at once. Two nodes never claim the same row, so nothing is sent twice (unless a node dies between the server's
 * acceptance and the mark, when the lease runs out and another node sends it again: SMTP offers no better).
 */
@Service
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Outbox outbox;
    private final MailTransport transport;
    private final MailSettings settings;
    private final Clock clock;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tidtam-mail-sender");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

    OutboxSender(Outbox outbox, MailTransport transport, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.transport = transport;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${tidtam.mail.poll-interval:PT30S}", initialDelayString = "${tidtam.mail.poll-interval:PT30S}")
    void poll() {
        if (transport.configured()) {
            sendDueSafely();
        }
    }

    /** Asks for a round soon, on the sender's own thread; many wake-ups at once make one round. */
    public void wake() {
        if (transport.configured() && wakeUpQueued.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpQueued.set(false);
                sendDueSafely();
            });
        }
    }

    private void sendDueSafely() {
        try {
            sendDue(settings.nodeId(), clock.instant());
        } catch (RuntimeException e) {
            // the database may be away for a moment: the next round tries again
            log.warn("Outbox round failed: {}", e.toString());
        }
    }

    /**
     * One round as node {@code node} at {@code now}: claims due messages batch by batch until none is left and
     * answers how many were sent.
     */
    public int sendDue(String node, Instant now) {
        JavaMailSender sender = transport.sender();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (int round = 0; round < 100; round++) {
            String claimant = node + ":" + UUID.randomUUID().toString().substring(0, 8);
            List<OutboxMessage> batch = outbox.claim(claimant, now, now.plus(settings.lease()).truncatedTo(ChronoUnit.MILLIS),
                    settings.batchSize());
            if (batch.isEmpty()) {
                break;
            }
            for (OutboxMessage m : batch) {
                if (send(sender, m, claimant, now)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, OutboxMessage m, String claimant, Instant now) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(recipient(m.address()));
            helper.setSubject(m.subject());
            helper.setText(m.bodyText(), false);
            mime.setHeader("X-Tidtam-Message", m.dedupeKey());
            sender.send(mime);
        } catch (AddressException e) {
            giveUp(m, claimant, now, SendFailure.MALFORMED_ADDRESS, e);
            return false;
        } catch (MessagingException | MailException e) {
            SendFailure failure = SendFailure.of(e);
            if (failure.permanent()) {
                giveUp(m, claimant, now, failure, e);
            } else {
                retryLater(m, claimant, now, failure, e);
            }
            return false;
        }
        if (!outbox.markSent(m.id(), claimant, clock.instant())) {
            log.warn("Message {} was sent but its claim had run out: another node may send it again", m.id());
        }
        return true;
    }

    private void retryLater(OutboxMessage m, String claimant, Instant now, SendFailure failure, Exception e) {
        int attempts = m.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            giveUp(m, claimant, now, failure, e);
            return;
        }
        outbox.markFailed(m.id(), claimant, OutboxStatus.FAILED_RETRYING, now.plus(backoff(attempts)), failure.describe(e));
    }

    private void giveUp(OutboxMessage m, String claimant, Instant now, SendFailure failure, Exception e) {
        log.info("Message {} to person {} given up: {}", m.id(), m.recipientPersonId(), failure.describe(e));
        outbox.markFailed(m.id(), claimant, OutboxStatus.GIVEN_UP, now, failure.describe(e));
    }

    /** 1, 2, 4, … minutes after the n-th failed attempt, at most an hour. */
    static Duration backoff(int failedAttempts) {
        int exponent = Math.max(0, Math.min(failedAttempts - 1, 10));
        Duration d = Duration.ofMinutes(1L << exponent);
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** The address as a strict RFC 822 address (one mailbox, a domain with a dot or a literal). */
    static InternetAddress recipient(String address) throws AddressException {
        if (address == null || address.isBlank()) {
            throw new AddressException("no address");
        }
        InternetAddress[] parsed = InternetAddress.parse(address.trim(), true);
        if (parsed.length != 1) {
            throw new AddressException("not exactly one address", address);
        }
        parsed[0].validate();
        String a = parsed[0].getAddress();
        int at = a.lastIndexOf('@');
        if (at < 1 || at == a.length() - 1 || !a.substring(at + 1).contains(".") && !a.substring(at + 1).startsWith("[")) {
            throw new AddressException("no domain", address);
        }
        return parsed[0];
    }

    @PreDestroy
    void stop() {
        wakeUps.shutdownNow();
    }

    /** Why a message was not sent, as the outbox records it ({@code CODE: detail}; the screen translates the code). */
    enum SendFailure {
        MALFORMED_ADDRESS(true), RECIPIENT_REFUSED(true), SERVER_UNREACHABLE(false), SERVER_REFUSED(false),
        AUTHENTICATION(false), NO_SERVER(false);

        private final boolean permanent;

        SendFailure(boolean permanent) {
            this.permanent = permanent;
        }

        boolean permanent() {
            return permanent;
        }

        String describe(Exception e) {
            String detail = rootMessage(e);
            return name() + (detail == null || detail.isBlank() ? "" : ": " + detail.replaceAll("\\s+", " ").trim());
        }

        static SendFailure of(Exception e) {
            if (e instanceof MailAuthenticationException) {
                return AUTHENTICATION;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SendFailedException sf && sf.getInvalidAddresses() != null && sf.getInvalidAddresses().length > 0) {
                    return RECIPIENT_REFUSED;
                }
                if (t instanceof AddressException) {
                    return MALFORMED_ADDRESS;
                }
                if (t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                        || t instanceof java.net.SocketTimeoutException) {
                    return SERVER_UNREACHABLE;
                }
            }
            if (e instanceof MailSendException send) {
                for (Exception nested : send.getFailedMessages().values()) {
                    if (nested != e) {
                        SendFailure inner = of(nested);
                        if (inner != SERVER_REFUSED) {
                            return inner;
                        }
                    }
                }
            }
            String text = String.valueOf(rootMessage(e)).toLowerCase(java.util.Locale.ROOT);
            return text.contains("couldn't connect") || text.contains("connection refused") ? SERVER_UNREACHABLE : SERVER_REFUSED;
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            String top = e.getMessage();
            String root = t.getMessage();
            return root == null || root.equals(top) ? top : (top == null ? root : top + " (" + root + ")");
        }
    }
}
