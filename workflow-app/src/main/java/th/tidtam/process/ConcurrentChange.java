package th.tidtam.process;

import th.tidtam.base.RuleViolation;

/**
 * The engine refused a step because another transaction changed the same process at the same moment (its optimistic
 * lock), e.g. two units of one directive finishing their parts at once, both updating the directive's shared
 * multi-instance counters. Nothing was changed; the whole request can simply be tried again, which the API does.
 */
public class ConcurrentChange extends RuleViolation {

    public ConcurrentChange() {
        super("task.error.concurrent-change");
    }

    /**
     * Runs a whole transaction again when the engine met a concurrent change of the same process (e.g. two units of
     * one directive finishing at the same moment): nothing was changed, and the next attempt either succeeds or
     * finds the task done. Each failed attempt means that another request on the same process committed, so five
     * attempts carry five units finishing at the same moment; then the user gets the clear message.
     */
    public static <T> T retried(java.util.function.Supplier<T> request) {
        for (int attempt = 1;; attempt++) {
            try {
                return request.get();
            } catch (ConcurrentChange e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }
}
