package th.tidtam.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case that only reads and may be answered from a MariaDB replica when one is configured
 * ({@code tidtam.database.replica.url}, README "Replication"): the read-only transactions started while such a method
 * runs read the replica, provided it replicates and lags no more than {@code tidtam.database.replica.max-lag};
 * otherwise, and always without a replica, they read the primary as before.
 * <p>
 * Opt-in per use case on purpose — never "every read-only transaction": a screen shown right after someone saved
 * something must read the primary, or the person would not see what they just did. Mark only what a few seconds'
 * staleness cannot mislead: dashboards, reports and their exports, roll-ups. A call from within a transaction already
 * running joins it, wherever that one reads. Transactions that write, and statements outside any transaction, always
 * go to the primary; a write attempted within a replica read fails (the replica's connections are read-only).
 * <p>
 * On a class: every public method of the bean. Works on Spring beans called from outside (through their proxy).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReplicaRead {
}
