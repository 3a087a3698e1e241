package th.tidtam.database.replica;

/**
 * Whether the current thread runs a {@link th.tidtam.database.ReplicaRead} use case that was cleared to read the
 * replica. Set only by {@link ReplicaReadInterceptor}, for the duration of the call.
 */
final class ReplicaScope {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private ReplicaScope() {
    }

    static boolean active() {
        return ACTIVE.get() != null;
    }

    static void enter() {
        ACTIVE.set(Boolean.TRUE);
    }

    static void leave() {
        ACTIVE.remove();
    }
}
