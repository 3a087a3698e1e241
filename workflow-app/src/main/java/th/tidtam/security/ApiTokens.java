package th.tidtam.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FieldText;

/**
 * A person's API tokens: what a script sends as the password of HTTP Basic ({@code username:token}) instead of the
 * password, which an administrator or anyone with a second factor may not use there. 256 random bits; only the
 * SHA-256 is stored, so a token is shown once, when it is made. A token carries no rights of its own: the request
 * gets exactly the rights of the person's positions of the day, as a login would.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "tdt_";
    public static final int MAX_ACTIVE = 20;
    private static final Pattern TOKEN = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    /** A token just made: {@code token} is shown this once. */
    public record IssuedToken(long id, String name, Instant createdAt, String token) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokens(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a Basic password has the shape of a token (passwords of that shape are not passwords). */
    public static boolean looksLikeToken(String secret) {
        return secret != null && TOKEN.matcher(secret).matches();
    }

    @Transactional
    public IssuedToken create(long personId, String username, String name) {
        String label = FieldText.line(name, "apitoken.name", 100, true);
        Integer live = jdbc.queryForObject("select count(*) from api_token where person_id = ? and revoked_at is null",
                Integer.class, personId);
        if (live != null && live >= MAX_ACTIVE) {
            throw new RuleViolation("apitoken.error.too-many", MAX_ACTIVE);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into api_token (person_id, name, token_hash, created_at) values (?, ?, ?, ?)",
                    new String[] { "id" });
            ps.setLong(1, personId);
            ps.setString(2, label);
            ps.setString(3, hash(token));
            ps.setObject(4, utc(now));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        publish(SecurityEvent.Kind.TOKEN_CREATED, username, personId, id, label);
        return new IssuedToken(id, label, now, token);
    }

    /** The person's tokens in force, newest first. */
    public List<TokenView> active(long personId) {
        return jdbc.query("select id, name, created_at, last_used_at from api_token where person_id = ? and revoked_at is null"
                + " order by created_at desc, id desc", (rs, i) -> new TokenView(rs.getLong(1), rs.getString(2),
                        instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4))), personId);
    }

    /** The token stops working at once; refused when it is not one of the person's tokens in force. */
    @Transactional
    public void revoke(long personId, String username, long tokenId) {
        List<String> names = jdbc.queryForList(
                "select name from api_token where id = ? and person_id = ? and revoked_at is null for update", String.class,
                tokenId, personId);
        if (names.isEmpty()) {
            throw new RuleViolation("apitoken.error.not-found");
        }
        jdbc.update("update api_token set revoked_at = ? where id = ?", utc(clock.instant()), tokenId);
        publish(SecurityEvent.Kind.TOKEN_REVOKED, username, personId, tokenId, names.get(0));
    }

    /** Whether the token is one of the person's tokens in force; its last use is noted. */
    boolean authenticate(long personId, String token) {
        if (!looksLikeToken(token)) {
            return false;
        }
        return jdbc.update("update api_token set last_used_at = ? where token_hash = ? and person_id = ? and revoked_at is null",
                utc(clock.instant()), hash(token), personId) == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private void publish(SecurityEvent.Kind kind, String username, long personId, long tokenId, String name) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tokenId", tokenId);
        details.put("name", name);
        events.publishEvent(new SecurityEvent(kind, username, personId, null, details));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
