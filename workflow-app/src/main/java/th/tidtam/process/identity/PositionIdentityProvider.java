package th.tidtam.process.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.query.QueryProperty;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

import th.tidtam.org.service.Credentials;
import th.tidtam.org.service.GroupCriteria;
import th.tidtam.org.service.IdentityGroup;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.OrgIdentityQueries;
import th.tidtam.org.service.PeopleCriteria;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.Provinces;

/**
 * Camunda sees the application's people as users, and positions and units as groups: one user store, the chain
 * of command. Read-only: people and positions are maintained in the application. Every query is answered by the
 * database ({@link OrgIdentityQueries}): Cockpit, Tasklist, the REST API and every task query by candidate user ask
 * here, and the chain of command of a whole country is 150,000 positions.
 */
public class PositionIdentityProvider implements ReadOnlyIdentityProvider {

    public static final String ADMIN_GROUP = IdentityGroup.ADMINISTRATORS;
    public static final String UNIT_GROUP_PREFIX = IdentityGroup.UNIT_PREFIX;

    /** The orderBy properties of Camunda's queries that have a column here; the last name is empty for everyone. */
    private static final Map<QueryProperty, PeopleCriteria.Sort> USER_SORTS = Map.of(
            UserQueryProperty.USER_ID, PeopleCriteria.Sort.USERNAME,
            UserQueryProperty.FIRST_NAME, PeopleCriteria.Sort.FULL_NAME,
            UserQueryProperty.EMAIL, PeopleCriteria.Sort.EMAIL);
    private static final Map<QueryProperty, GroupCriteria.Sort> GROUP_SORTS = Map.of(
            GroupQueryProperty.GROUP_ID, GroupCriteria.Sort.ID,
            GroupQueryProperty.NAME, GroupCriteria.Sort.NAME,
            GroupQueryProperty.TYPE, GroupCriteria.Sort.TYPE);

    private final OrgDirectory directory;
    private final OrgIdentityQueries queries;
    private final PasswordEncoder passwordEncoder;
    private final Provinces provinces;

    PositionIdentityProvider(OrgDirectory directory, OrgIdentityQueries queries, PasswordEncoder passwordEncoder,
            Provinces provinces) {
        this.directory = directory;
        this.queries = queries;
        this.passwordEncoder = passwordEncoder;
        this.provinces = provinces;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public User findUserById(String userId) {
        return directory.person(userId).map(PositionIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new PersonQuery();
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new PersonQuery();
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new UnsupportedOperationException("Native user queries are not supported: users live in Tidtam's tables");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null) {
            return false;
        }
        return directory.credentials(userId).filter(c -> c.person().enabled()).map(Credentials::passwordHash)
                .filter(Objects::nonNull).map(hash -> passwordEncoder.matches(password, hash)).orElse(false);
    }

    @Override
    public Group findGroupById(String groupId) {
        return queries.group(groupId).map(PositionIdentityProvider::toGroup).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new PositionGroupQuery();
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new PositionGroupQuery();
    }

    /** Tenants are the provinces ({@link ProvinceTenantQuery}). */
    @Override
    public Tenant findTenantById(String tenantId) {
        return tenantId == null ? null
                : provinces.all().stream().filter(p -> p.code().equals(tenantId)).findFirst()
                        .map(ProvinceTenantQuery::toTenant).orElse(null);
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new ProvinceTenantQuery(provinces, directory);
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new ProvinceTenantQuery(provinces, directory);
    }

    /** The Camunda groups of a person: the positions they hold or act in today, their units, and the admin group. */
    public List<String> groupsOf(String username) {
        return queries.groupIdsOf(username);
    }

    private static GroupEntity toGroup(IdentityGroup group) {
        GroupEntity g = new GroupEntity(group.id());
        g.setName(group.name());
        g.setType(group.kind().name());
        return g;
    }

    private static UserEntity toUser(PersonSummary person) {
        UserEntity u = new UserEntity(person.username());
        u.setFirstName(person.fullNameTh());
        u.setLastName("");
        u.setEmail(person.email());
        return u;
    }

    /*
     * The page asked for: the engine passes it as a Page when it runs a query outside a command, and otherwise leaves it
     * on the query itself (listPage through the IdentityService, as Camunda's own database queries read it).
     */
    private static int first(Page page, AbstractQuery<?, ?> query) {
        return page != null ? page.getFirstResult() : query.getFirstResult();
    }

    private static int max(Page page, AbstractQuery<?, ?> query) {
        return page != null ? page.getMaxResults() : query.getMaxResults();
    }

    private static boolean descending(QueryOrderingProperty property) {
        return Direction.DESCENDING.equals(property.getDirection());
    }

    /** Camunda's user query on the org module's people: first name is the Thai full name, the last name is empty. */
    private class PersonQuery extends UserQueryImpl {

        @Override
        public long executeCount(CommandContext commandContext) {
            return matchesNothing() ? 0 : queries.countPeople(criteria());
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return matchesNothing() ? List.of()
                    : queries.people(criteria(), first(page, this), max(page, this)).stream().map(p -> (User) toUser(p)).toList();
        }

        /** Users of a tenant are not asked for here (yet), and every user's last name is empty: "" or only % matches it. */
        private boolean matchesNothing() {
            return getTenantId() != null || (getLastName() != null && !getLastName().isEmpty())
                    || (getLastNameLike() != null && !getLastNameLike().chars().allMatch(ch -> ch == '%'));
        }

        private PeopleCriteria criteria() {
            List<PeopleCriteria.Order> order = new ArrayList<>();
            for (QueryOrderingProperty property : getOrderingProperties()) {
                PeopleCriteria.Sort sort = USER_SORTS.get(property.getQueryProperty());
                if (sort != null) {
                    order.add(new PeopleCriteria.Order(sort, descending(property)));
                }
            }
            return new PeopleCriteria(getId(), getIds() == null ? null : Arrays.asList(getIds()), getFirstName(),
                    getFirstNameLike(), getEmail(), getEmailLike(), getGroupId(), order);
        }
    }

    /** Camunda's group query on the org module's positions, units and administrators. */
    private class PositionGroupQuery extends GroupQueryImpl {

        @Override
        public long executeCount(CommandContext commandContext) {
            return getTenantId() != null ? 0 : queries.countGroups(criteria());
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return getTenantId() != null ? List.of()
                    : queries.groups(criteria(), first(page, this), max(page, this)).stream().map(g -> (Group) toGroup(g)).toList();
        }

        private GroupCriteria criteria() {
            List<GroupCriteria.Order> order = new ArrayList<>();
            for (QueryOrderingProperty property : getOrderingProperties()) {
                GroupCriteria.Sort sort = GROUP_SORTS.get(property.getQueryProperty());
                if (sort != null) {
                    order.add(new GroupCriteria.Order(sort, descending(property)));
                }
            }
            return new GroupCriteria(getId(), getIds() == null ? null : Arrays.asList(getIds()), getName(), getNameLike(),
                    getType(), getUserId(), order);
        }
    }
}
