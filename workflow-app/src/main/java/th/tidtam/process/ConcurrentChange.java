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
}
