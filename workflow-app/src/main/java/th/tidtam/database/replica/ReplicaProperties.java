package th.tidtam.database.replica;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A MariaDB replica of the application's database, read by {@link th.tidtam.database.ReplicaRead} use cases.
 *
 * @param url            JDBC URL of the replica ({@code jdbc:mariadb://replica:3306/tidtam}); blank: no replica
 * @param username       its login; blank: the primary's. Needs SELECT on the schema and REPLICA MONITOR (to read
 *                       {@code SHOW REPLICA STATUS}); nothing more — the replica's connections never write
 * @param password       its password; blank with a blank username: the primary's
 * @param maxLag         a replica further behind than this is not read (the primary answers instead)
 * @param checkInterval  how old the replica's last known state may grow before it is checked again
 * @param connectTimeout how long a read waits for a replica connection before it reads the primary instead
 * @param poolSize       connections of the replica's pool
 */
@ConfigurationProperties("tidtam.database.replica")
public record ReplicaProperties(String url, String username, String password, Duration maxLag, Duration checkInterval,
        Duration connectTimeout, Integer poolSize) {

    public ReplicaProperties {
        maxLag = maxLag == null || maxLag.isNegative() ? Duration.ofSeconds(30) : maxLag;
        checkInterval = checkInterval == null || checkInterval.isNegative() ? Duration.ofSeconds(5) : checkInterval;
        // Hikari accepts no connection timeout below 250 ms
        connectTimeout = connectTimeout == null || connectTimeout.toMillis() < 250 ? Duration.ofSeconds(1) : connectTimeout;
        poolSize = poolSize == null || poolSize < 1 ? 10 : poolSize;
    }
}
