/**
 * Reads from a MariaDB replica (issue 18, README "Replication"): configured by {@code tidtam.database.replica.*}; absent
 * that, none of this exists and every read goes to the primary as before. {@link ReplicaConfiguration} wires it:
 * a pool of its own ({@code replica}, read-only connections), the routing {@code DataSource} the application uses
 * (primary unless a {@link th.tidtam.database.ReplicaRead} use case reads), the replica's health (replication running,
 * lag within {@code max-lag}) and its meters.
 */
package th.tidtam.database.replica;
