package th.tidtam.org.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which people a user query of the process engine asks for ({@link OrgIdentityQueries}); a null field asks nothing.
 * The plain fields match exactly (case, spaces and all), as Camunda's query does; the {@code *Like} ones take
 * {@code %} as "any text" and every other character literally ({@code _} too), ignoring case. {@code memberOf} is an
 * {@link IdentityGroup} id. When provinces become tenants, the province is one more field here and one more
 * condition in each statement.
 */
public record PeopleCriteria(String username, List<String> usernames, String fullNameTh, String fullNameThLike,
        String email, String emailLike, String memberOf, List<Order> order) {

    public enum Sort {
        USERNAME, FULL_NAME, EMAIL
    }

    /** One sort key; the username always comes last, so that pages never overlap. */
    public record Order(Sort by, boolean descending) {
    }

    public PeopleCriteria {
        // a copy that keeps nulls: Camunda lets a caller put null into the array, which then matches nothing
        usernames = usernames == null ? null : Collections.unmodifiableList(new ArrayList<>(usernames));
        order = order == null ? List.of() : List.copyOf(order);
    }

    public static PeopleCriteria any() {
        return new PeopleCriteria(null, null, null, null, null, null, null, List.of());
    }

    public PeopleCriteria memberOf(String groupId) {
        return new PeopleCriteria(username, usernames, fullNameTh, fullNameThLike, email, emailLike, groupId, order);
    }
}
