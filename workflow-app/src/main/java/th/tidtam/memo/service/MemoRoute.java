package th.tidtam.memo.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The route of a memo as pure rules, so they are tested without a database: which levels stand between the drafter
 * and the addressee, and where the memo goes next when some of them are vacant today.
 */
final class MemoRoute {

    /** One level of the route and whether anyone fills it (holder or acting) on the day the memo moves. */
    record Level(Long positionId, boolean vacant) {
    }

    /** Where the memo goes: the level it will wait at and the vacant levels passed on the way, in order. */
    record Step(Long target, List<Long> skipped) {
    }

    private MemoRoute() {
    }

    /**
     * The levels from the drafter up to the addressee: the chain above the drafter (nearest first) cut after the
     * addressee, with the vice governor put just before the governor's position when the memo goes to the governor
     * (or ends with the vice governor when it is addressed to them). Empty when the addressee is not on the way up.
     *
     * @param viceGovernor the supervising vice governor's position (or the one holding a delegation on the addressee);
     *                     null when there is none
     */
    static List<Long> plan(List<Long> chainAbove, Long addressee, Long governor, Long viceGovernor) {
        List<Long> levels = new ArrayList<>();
        boolean toViceGovernor = viceGovernor != null && viceGovernor.equals(addressee);
        for (Long position : chainAbove) {
            if (position.equals(governor) && viceGovernor != null && !levels.contains(viceGovernor)) {
                levels.add(viceGovernor);
                if (toViceGovernor) {
                    return levels;
                }
            }
            if (!levels.contains(position)) {
                levels.add(position);
            }
            if (position.equals(addressee)) {
                return levels;
            }
        }
        return toViceGovernor && levels.contains(viceGovernor) ? levels : List.of();
    }

    /**
     * The next level after {@code from} (null: from the drafter, the first level): vacant levels are passed to the
     * next filled one; the addressee (the last level) is never passed, vacant or not, since a delegate or an acting
     * holder may still decide there. Empty when {@code from} is already the last level. A {@code from} no longer on
     * the route (the chain changed while the memo waited) goes straight to the addressee.
     */
    static Optional<Step> next(List<Level> levels, Long from) {
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        int start = 0;
        if (from != null) {
            int at = indexOf(levels, from);
            start = at < 0 ? levels.size() - 1 : at + 1;
            if (at == levels.size() - 1) {
                return Optional.empty();
            }
        }
        List<Long> skipped = new ArrayList<>();
        for (int i = start; i < levels.size(); i++) {
            Level level = levels.get(i);
            if (!level.vacant() || i == levels.size() - 1) {
                return Optional.of(new Step(level.positionId(), List.copyOf(skipped)));
            }
            skipped.add(level.positionId());
        }
        return Optional.empty();
    }

    private static int indexOf(List<Level> levels, Long position) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).positionId().equals(position)) {
                return i;
            }
        }
        return -1;
    }
}
