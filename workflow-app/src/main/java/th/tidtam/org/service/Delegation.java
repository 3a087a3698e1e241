package th.tidtam.org.service;

import java.util.Set;

/** A delegation in force: who exercises a position's powers (an {@link Actor} of kind DELEGATION) and for which matters. */
public record Delegation(Actor actor, Set<String> matters) {

    public boolean covers(String matter) {
        return matter != null && matters.contains(matter);
    }
}
