package th.tidtam.org.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which {@link IdentityGroup}s a group query of the process engine asks for; a null field asks nothing. {@code type}
 * is a {@link IdentityGroup.Kind}'s name, {@code member} a person's username. Exact and {@code *Like} matching as in
 * {@link PeopleCriteria}. When provinces become tenants, the province is one more field here and one more condition
 * in each branch of the statement.
 */
public record GroupCriteria(String id, List<String> ids, String name, String nameLike, String type, String member,
        List<Order> order) {

    public enum Sort {
        ID, NAME, TYPE
    }

    /** One sort key; the id always comes last, so that pages never overlap. */
    public record Order(Sort by, boolean descending) {
    }

    public GroupCriteria {
        // a copy that keeps nulls: Camunda lets a caller put null into the array, which then matches nothing
        ids = ids == null ? null : Collections.unmodifiableList(new ArrayList<>(ids));
        order = order == null ? List.of() : List.copyOf(order);
    }

    public static GroupCriteria any() {
        return new GroupCriteria(null, null, null, null, null, null, List.of());
    }

    public GroupCriteria withId(String groupId) {
        return new GroupCriteria(groupId, ids, name, nameLike, type, member, order);
    }

    public GroupCriteria withMember(String username) {
        return new GroupCriteria(id, ids, name, nameLike, type, username, order);
    }
}
