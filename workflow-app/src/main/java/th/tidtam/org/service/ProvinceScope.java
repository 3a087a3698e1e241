package th.tidtam.org.service;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import th.tidtam.base.RuleViolation;

/**
 * The provinces a user's current positions lie in: one for everybody who works in a province (the org screens keep a
 * person's positions in one province), none for installation-wide accounts. A record of a province outside the scope
 * does not exist for the user (404), whatever their role.
 */
public record ProvinceScope(Set<Long> provinceIds) {

    public ProvinceScope {
        provinceIds = Set.copyOf(provinceIds);
    }

    public static ProvinceScope of(Collection<CurrentPosition> positions) {
        Set<Long> ids = new TreeSet<>();
        positions.stream().map(CurrentPosition::provinceId).filter(Objects::nonNull).forEach(ids::add);
        return new ProvinceScope(ids);
    }

    /** Whether a record of this province may be shown at all (its other rules still apply). */
    public boolean includes(Long provinceId) {
        return provinceId != null && provinceIds.contains(provinceId);
    }

    /** For "in (:ids)" lists: never empty, an id no province has when the scope is empty. */
    public Collection<Long> idsForQuery() {
        return provinceIds.isEmpty() ? Set.of(-1L) : provinceIds;
    }

    /**
     * The one province a new record of this user belongs to.
     *
     * @throws RuleViolation when the user works in no province (an installation-wide account): such an account
     *         creates no case, it has no province to put it in
     */
    public long single() {
        if (provinceIds.size() != 1) {
            throw new RuleViolation("org.error.no-province");
        }
        return provinceIds.iterator().next();
    }

    /** The province of one position, as {@link #single()} but for a record created in that position's name. */
    public static long provinceOf(CurrentPosition position) {
        if (position.provinceId() == null) {
            throw new RuleViolation("org.error.no-province");
        }
        return position.provinceId();
    }
}
