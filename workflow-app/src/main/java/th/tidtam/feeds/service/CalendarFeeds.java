package th.tidtam.feeds.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.feeds.FeedStatus;
import th.tidtam.feeds.IssuedFeed;
import th.tidtam.feeds.domain.CalendarFeed;
import th.tidtam.feeds.domain.CalendarFeedRepository;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.CurrentUser;

/**
 * A person's private calendar address: made (a new one revokes the old), revoked, and read by calendar programs
 * without a login. The token is 256 random bits; only its SHA-256 is stored and looked up in SQL, so the address is
 * shown once and never again. A disabled person's address opens nothing. Unknown or malformed tokens count against the
 * client address ({@link FeedAttempts}); revoked ones do not, because a calendar program that subscribed to an old
 * address keeps asking for it for ever, often from a shared fetcher (Google's) whose address other people's good
 * addresses also come from.
 */
@Service
@EnableConfigurationProperties(FeedProperties.class)
public class CalendarFeeds {

    public static final String PATH = "/feeds/calendar/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final FeedAttempts attempts;
    private final FeedContent content;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String publicUrl;

    CalendarFeeds(CalendarFeedRepository feeds, FeedAttempts attempts, FeedContent content, OrgDirectory org,
            CurrentUser currentUser, Clock clock, @Value("${tidtam.public-url:http://localhost:8080}") String publicUrl) {
        this.feeds = feeds;
        this.attempts = attempts;
        this.content = content;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
        this.publicUrl = baseUrl(publicUrl);
    }

    /** The signed-in person's address: live or not, since when, last read when. */
    @Transactional(readOnly = true)
    public FeedStatus status() {
        return feeds.findActive(me()).map(f -> new FeedStatus(true, f.getCreatedAt(), f.getLastReadAt()))
                .orElse(FeedStatus.none());
    }

    /**
     * A new address for the signed-in person; their previous one stops working at once. Of two requests at the same
     * moment one wins and the other is refused ("try again"), never two live addresses.
     */
    @Transactional
    public IssuedFeed create() {
        Long person = me();
        Instant now = clock.instant();
        feeds.lockActive(person).ifPresent(old -> old.revoke(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try {
            feeds.flush();
            feeds.saveAndFlush(new CalendarFeed(person, hash(token), now));
        } catch (DataIntegrityViolationException twoAtOnce) {
            throw new RuleViolation("feeds.error.busy");
        }
        return new IssuedFeed(publicUrl + PATH + token + ".ics", now);
    }

    /** The signed-in person's address stops working; refused when they have none. */
    @Transactional
    public void revoke() {
        CalendarFeed live = feeds.lockActive(me()).orElseThrow(() -> new RuleViolation("feeds.error.none-active"));
        live.revoke(clock.instant());
    }

    /**
     * The calendar of the token's owner, or empty when the token is malformed, unknown, revoked or its owner disabled
     * (the caller answers 404 to all alike). Throws {@link FeedsThrottled} when the address has presented too many
     * unknown tokens, even for a good one.
     */
    @Transactional
    public Optional<String> read(String token, String clientAddress) {
        String address = FeedAttempts.address(clientAddress);
        attempts.checkNotThrottled(address);
        Optional<CalendarFeed> found = token != null && TOKEN.matcher(token).matches() ? feeds.findByHash(hash(token))
                : Optional.empty();
        if (found.isEmpty()) {
            attempts.recordFailure(address);
            return Optional.empty();
        }
        CalendarFeed feed = found.get();
        Optional<PersonSummary> person = org.person(feed.getPersonId()).filter(PersonSummary::enabled);
        if (!feed.isActive() || person.isEmpty()) {
            return Optional.empty();
        }
        feeds.markRead(feed.getId(), clock.instant());
        return Optional.of(content.calendarOf(person.get(), publicUrl, host(publicUrl)));
    }

    private Long me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in")).personId();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String baseUrl(String url) {
        String u = url == null || url.isBlank() ? "http://localhost:8080" : url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static String host(String url) {
        String host = URI.create(url).getHost();
        return host == null ? "tidtam" : host;
    }
}
