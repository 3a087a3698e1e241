package th.tidtam.casework.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.CaseRef;

/**
 * One-time links for people without a login: a token of 256 random bits that opens one party of one case until it
 * expires, is answered once, and can be revoked. Only the token's SHA-256 is stored, and looked up in SQL. Every
 * presentation, good or bad, publishes {@link LinkUsed} for the audit trail; failed ones count against the client
 * address, and an address over the limit is refused even with a good token ({@link LinksThrottled}).
 */
@Service
@EnableConfigurationProperties(LinkProperties.class)
public class OneTimeLinks {

    public static final String UNUSABLE = "links.error.unusable";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseLinkRepository links;
    private final LinkAttempts attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OneTimeLinks(CaseLinkRepository links, LinkAttempts attempts, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
    }

    /** 256 random bits, base64url, 43 characters; only its SHA-256 is stored. Publishes LinkUsed(ISSUED). */
    @Transactional
    public IssuedLink issue(CaseRef ref, Long partId, Instant expiresAt) {
        Objects.requireNonNull(ref, "case");
        Instant now = clock.instant();
        if (expiresAt == null || !expiresAt.isAfter(now)) {
            throw new RuleViolation("links.error.expiry-past");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CaseLink link = links.save(new CaseLink(ref, partId, hash(token), now, expiresAt));
        events.publishEvent(new LinkUsed(link.id(), ref, LinkUsed.Outcome.ISSUED, null));
        return new IssuedLink(link.id(), token, expiresAt);
    }

    /**
     * For showing the page: empty when the token is unknown, expired, used or revoked (the caller shows one page for
     * all four). Throws {@link LinksThrottled} when the address has failed too often, even for a good token.
     */
    @Transactional(readOnly = true)
    public Optional<LinkTarget> open(String token, String clientAddress) {
        String address = LinkAttempts.address(clientAddress);
        throttle(address);
        Optional<CaseLink> found = wellFormed(token) ? links.findByHash(hash(token)) : Optional.empty();
        LinkUsed.Outcome refusal = refusal(found, clock.instant());
        if (refusal != null) {
            fail(found.orElse(null), refusal, address);
            return Optional.empty();
        }
        CaseLink link = found.get();
        events.publishEvent(new LinkUsed(link.id(), link.ref(), LinkUsed.Outcome.OPENED, address));
        return Optional.of(link.target());
    }

    /**
     * In the caller's transaction: locks the link, marks it used, publishes LinkUsed(ANSWERED). RuleViolation
     * {@value #UNUSABLE} when it is unknown, expired, used or revoked: of two submits at once, the second gets it.
     */
    @Transactional
    public LinkTarget redeem(String token, String clientAddress) {
        String address = LinkAttempts.address(clientAddress);
        throttle(address);
        Optional<CaseLink> found = wellFormed(token) ? links.lockByHash(hash(token)) : Optional.empty();
        Instant now = clock.instant();
        LinkUsed.Outcome refusal = refusal(found, now);
        if (refusal != null) {
            fail(found.orElse(null), refusal, address);
            throw new RuleViolation(UNUSABLE);
        }
        CaseLink link = found.get();
        link.use(now);
        links.flush();
        events.publishEvent(new LinkUsed(link.id(), link.ref(), LinkUsed.Outcome.ANSWERED, address));
        return link.target();
    }

    /** The link opens nothing any more (a new one was issued, the request was withdrawn). Publishes LinkUsed(REVOKED). */
    @Transactional
    public void revoke(long linkId) {
        CaseLink link = links.lockById(linkId).orElseThrow(() -> new RuleViolation("links.error.not-found"));
        if (link.revoke(clock.instant())) {
            events.publishEvent(new LinkUsed(link.id(), link.ref(), LinkUsed.Outcome.REVOKED, null));
        }
    }

    @Transactional(readOnly = true)
    public Optional<Instant> usedAt(long linkId) {
        return links.findById(linkId).map(CaseLink::usedAt);
    }

    private void throttle(String address) {
        try {
            attempts.checkNotThrottled(address);
        } catch (LinksThrottled throttled) {
            events.publishEvent(new LinkUsed(null, null, LinkUsed.Outcome.THROTTLED, address));
            throw throttled;
        }
    }

    private void fail(CaseLink link, LinkUsed.Outcome outcome, String address) {
        attempts.recordFailure(address);
        events.publishEvent(new LinkUsed(link == null ? null : link.id(), link == null ? null : link.ref(), outcome,
                address));
    }

    /** Why the presented link cannot be used, or null when it can (a null from Optional.map would read as "unknown"). */
    private static LinkUsed.Outcome refusal(Optional<CaseLink> found, Instant now) {
        return found.isEmpty() ? LinkUsed.Outcome.UNKNOWN : found.get().refusal(now);
    }

    private static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
