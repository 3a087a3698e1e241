package th.tidtam.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts failed logins per username and per client address in the database (shared by every application node) and
 * decides who is locked or blocked. Real time, never the engine's clock: tests travel that one in time.
 */
@Service
@EnableConfigurationProperties(LoginProtectionProperties.class)
public class LoginAttempts {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";
    private static final int MAX_SUBJECT = 190;

    /** A username locked until the given moment. */
    public record Lock(String username, Instant lockedAt, Instant lockedUntil) {
    }

    private final JdbcTemplate jdbc;
    private final LoginProtectionProperties properties;
    private final Clock clock = Clock.systemUTC();

    LoginAttempts(JdbcTemplate jdbc, LoginProtectionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public LoginProtectionProperties properties() {
        return properties;
    }

    /** The form a username is counted under, whether or not such a person exists. */
    public static String normalize(String username) {
        String n = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return n.length() > MAX_SUBJECT ? n.substring(0, MAX_SUBJECT) : n;
    }

    /** Until when the username is locked and the address blocked, if they are; one query per login. */
    record Blocks(Optional<Instant> account, Optional<Instant> address) {
    }

    Blocks blocks(String username, String address) {
        String from = address == null || trusted(address) ? null : address;
        Instant[] found = new Instant[2];
        jdbc.query("select kind, locked_until from login_lock where ((kind = ? and subject = ?) or (kind = ? and subject = ?))"
                + " and locked_until > ?", rs -> {
                    found[ACCOUNT.equals(rs.getString(1)) ? 0 : 1] = instant(rs.getTimestamp(2));
                }, ACCOUNT, normalize(username), ADDRESS, from == null ? "" : from, utc(clock.instant()));
        return new Blocks(Optional.ofNullable(found[0]), Optional.ofNullable(found[1]));
    }

    Optional<Instant> accountLockedUntil(String username) {
        return lockedUntil(ACCOUNT, normalize(username));
    }

    /** Records a wrong password (or unknown name) and locks the username or blocks the address once over the limit. */
    void failed(String username, String address) {
        failed(username, address, "PASSWORD");
    }

    /** Records a wrong, expired or replayed second-factor code; counted with the passwords, cleared only by a full login. */
    void failedSecondFactor(String username, String address) {
        failed(username, address, "SECOND_FACTOR");
    }

    private void failed(String username, String address, String factor) {
        String name = normalize(username);
        String from = address == null ? "unknown" : address;
        Instant now = clock.instant();
        jdbc.update("delete from login_failure where failed_at < ?",
                utc(now.minus(max(properties.failureWindow(), properties.addressWindow()))));
        jdbc.update("insert into login_failure (username, address, failed_at, factor) values (?, ?, ?, ?)", name, from,
                utc(now), factor);
        Integer byName = jdbc.queryForObject("select count(*) from login_failure where username = ? and failed_at >= ?",
                Integer.class, name, utc(now.minus(properties.failureWindow())));
        if (byName != null && byName >= properties.maxFailures()) {
            lock(ACCOUNT, name, now, now.plus(properties.lockDuration()));
        }
        if (!trusted(from)) {
            Integer byAddress = jdbc.queryForObject(
                    "select count(*) from login_failure where address = ? and failed_at >= ?", Integer.class, from,
                    utc(now.minus(properties.addressWindow())));
            if (byAddress != null && byAddress >= properties.addressMaxFailures()) {
                lock(ADDRESS, from, now, now.plus(properties.addressWindow()));
            }
        }
    }

    /** A successful login starts the username's count afresh (the address keeps its count: one good account must not
     * buy an attacker unlimited guesses at others). */
    void succeeded(String username) {
        jdbc.update("delete from login_failure where username = ?", normalize(username));
    }

    /**
     * A script's API token was right: the username's wrong passwords are cleared, as a good password clears them, but
     * not its wrong second-factor codes — those only a completed login clears, so that a script running every minute
     * cannot keep resetting an attacker's count of code guesses.
     */
    void succeededWithToken(String username) {
        jdbc.update("delete from login_failure where username = ? and factor = 'PASSWORD'", normalize(username));
    }

    /** The administrator lifts a lock early; the username's count starts afresh. Answers whether a lock was in force. */
    public boolean unlock(String username) {
        String name = normalize(username);
        Instant now = clock.instant();
        int removed = jdbc.update("delete from login_lock where kind = ? and subject = ? and locked_until > ?", ACCOUNT,
                name, utc(now));
        jdbc.update("delete from login_lock where kind = ? and subject = ?", ACCOUNT, name);
        jdbc.update("delete from login_failure where username = ?", name);
        return removed > 0;
    }

    /** Usernames locked right now, newest first. */
    public List<Lock> currentLocks() {
        return jdbc.query("select subject, locked_at, locked_until from login_lock where kind = ? and locked_until > ?"
                + " order by locked_at desc", (rs, i) -> new Lock(rs.getString(1), instant(rs.getTimestamp(2)),
                        instant(rs.getTimestamp(3))), ACCOUNT, utc(clock.instant()));
    }

    private Optional<Instant> lockedUntil(String kind, String subject) {
        List<Timestamp> until = jdbc.queryForList(
                "select locked_until from login_lock where kind = ? and subject = ? and locked_until > ?", Timestamp.class,
                kind, subject, utc(clock.instant()));
        return until.stream().findFirst().map(LoginAttempts::instant);
    }

    private void lock(String kind, String subject, Instant now, Instant until) {
        // two nodes may lock at once: the later write simply wins, both with the same duration
        jdbc.update("insert into login_lock (kind, subject, locked_at, locked_until) values (?, ?, ?, ?)"
                + " on duplicate key update locked_at = values(locked_at), locked_until = values(locked_until)", kind,
                subject, utc(now), utc(until));
    }

    private boolean trusted(String address) {
        return properties.trustedAddresses().contains(address);
    }

    private static java.time.Duration max(java.time.Duration a, java.time.Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
