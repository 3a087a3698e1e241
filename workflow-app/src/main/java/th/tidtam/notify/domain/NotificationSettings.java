package th.tidtam.notify.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;

/**
 * Tables {@code notification_policy} (the administrator's) and {@code notification_preference} (each person's).
 * <p>
 * The policies are asked for every notification (each new task's recipients), and change a few times a year: this
 * node answers them from memory for {@link #KEPT_SECONDS} seconds. Its own change shows at once (what was kept is
 * dropped when the change commits, and nothing read while a change is under way is kept, so an uncommitted or
 * rolled-back policy is never kept); another node's change shows here within those seconds. What is kept is a map that
 * cannot be changed, of {@link Policy} records.
 */
@Repository
public class NotificationSettings {

    static final long KEPT_SECONDS = 10;

    private final NamedParameterJdbcTemplate jdbc;
    /** Changes of this node committed or rolled back so far: what was kept counts only under the count it was read in. */
    private final AtomicLong changes = new AtomicLong();
    /** Changes of this node under way: while one is, nothing read is kept. */
    private final AtomicInteger writing = new AtomicInteger();
    private volatile Kept kept;

    private record Kept(Map<NotificationKind, Policy> policies, long change, long readAt) {
    }

    NotificationSettings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The policy of every kind: the stored one, else the kind's built-in one (unmodifiable). */
    public Map<NotificationKind, Policy> policies() {
        Kept k = kept;
        long change = changes.get();
        long now = System.nanoTime();
        if (k != null && k.change() == change && now - k.readAt() < TimeUnit.SECONDS.toNanos(KEPT_SECONDS)
                && writing.get() == 0) {
            return k.policies();
        }
        Map<NotificationKind, Policy> read = Collections.unmodifiableMap(read());
        if (writing.get() == 0 && changes.get() == change) {
            kept = new Kept(read, change, now);
        }
        return read;
    }

    private Map<NotificationKind, Policy> read() {
        Map<NotificationKind, Policy> all = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.values()) {
            all.put(k, Policy.builtIn(k));
        }
        jdbc.query("select kind, allowed_channels, default_channel from notification_policy", rs -> {
            NotificationKind kind = parse(NotificationKind.class, rs.getString("kind"));
            Channel fallback = parse(Channel.class, rs.getString("default_channel"));
            Set<Channel> allowed = Arrays.stream(rs.getString("allowed_channels").split(","))
                    .map(c -> parse(Channel.class, c.trim())).filter(c -> c != null)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
            if (kind != null && fallback != null && allowed.contains(fallback)) {
                all.put(kind, new Policy(kind, allowed, fallback));
            }
        });
        return all;
    }

    /** Replaces a kind's policy; the caller checked that the default is among the allowed channels. */
    public void savePolicy(Policy policy, String by, Instant now) {
        boolean untilTransactionEnds = beginChange();
        String allowed = policy.allowed().stream().sorted().map(Channel::name).collect(Collectors.joining(","));
        jdbc.update("""
                insert into notification_policy (kind, allowed_channels, default_channel, updated_at, updated_by)
                values (:kind, :allowed, :fallback, :now, :by)
                on duplicate key update allowed_channels = :allowed, default_channel = :fallback, updated_at = :now,
                       updated_by = :by""",
                new MapSqlParameterSource("kind", policy.kind().name()).addValue("allowed", allowed)
                        .addValue("fallback", policy.defaultChannel().name()).addValue("now", Timestamp.from(now))
                        .addValue("by", by));
        if (!untilTransactionEnds) {
            endChange();
        }
    }

    /**
     * Counts a change under way until its transaction ends (true), or until the caller's statement ran (false, without
     * a transaction); the kept policies go at both ends.
     */
    private boolean beginChange() {
        writing.incrementAndGet();
        changes.incrementAndGet();
        kept = null;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                endChange();
            }
        });
        return true;
    }

    private void endChange() {
        changes.incrementAndGet();
        kept = null;
        writing.decrementAndGet();
    }

    /** What the person chose, per kind (kinds they never chose are absent). */
    public Map<NotificationKind, Channel> preferencesOf(long personId) {
        return preferencesOf(List.of(personId)).getOrDefault(personId, Map.of());
    }

    /** What each of the people chose, per kind, in one query. */
    public Map<Long, Map<NotificationKind, Channel>> preferencesOf(Collection<Long> personIds) {
        Map<Long, Map<NotificationKind, Channel>> byPerson = new HashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        jdbc.query("select person_id, kind, channel from notification_preference where person_id in (:ids)",
                new MapSqlParameterSource("ids", List.copyOf(personIds)), rs -> {
                    NotificationKind kind = parse(NotificationKind.class, rs.getString("kind"));
                    Channel channel = parse(Channel.class, rs.getString("channel"));
                    if (kind != null && channel != null) {
                        byPerson.computeIfAbsent(rs.getLong("person_id"), k -> new EnumMap<>(NotificationKind.class))
                                .put(kind, channel);
                    }
                });
        return byPerson;
    }

    public void savePreference(long personId, NotificationKind kind, Channel channel, Instant now) {
        jdbc.update("""
                insert into notification_preference (person_id, kind, channel, updated_at) values (:person, :kind, :channel, :now)
                on duplicate key update channel = :channel, updated_at = :now""",
                new MapSqlParameterSource("person", personId).addValue("kind", kind.name())
                        .addValue("channel", channel.name()).addValue("now", Timestamp.from(now)));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null; // a value an older version wrote: the built-in default applies
        }
    }
}
