package th.tidtam.process.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.security.crypto.password.PasswordEncoder;

import th.tidtam.org.PositionRole;
import th.tidtam.org.service.Credentials;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;

/**
 * Camunda sees the application's people as users, and positions and units as groups: one user store, the chain
 * of command. Read-only: people and positions are maintained in the application.
 */
public class PositionIdentityProvider implements ReadOnlyIdentityProvider {

    public static final String ADMIN_GROUP = "camunda-admin";
    public static final String UNIT_GROUP_PREFIX = "unit-";

    private final OrgDirectory directory;
    private final PasswordEncoder passwordEncoder;

    PositionIdentityProvider(OrgDirectory directory, PasswordEncoder passwordEncoder) {
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
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
        return allGroups().get(groupId);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new PositionGroupQuery();
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new PositionGroupQuery();
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery();
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    /** The Camunda groups of a person: the positions they hold or act in today, their units, and the admin group. */
    public List<String> groupsOf(String username) {
        return directory.person(username).map(person -> {
            List<String> groups = new ArrayList<>();
            directory.positionsFilled(person.id()).forEach(p -> {
                groups.add(p.code());
                groups.add(UNIT_GROUP_PREFIX + p.unitId());
                if (p.role() == PositionRole.ADMINISTRATOR) {
                    groups.add(ADMIN_GROUP);
                }
            });
            return groups.stream().distinct().toList();
        }).orElse(List.of());
    }

    private Map<String, Group> allGroups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        groups.put(ADMIN_GROUP, group(ADMIN_GROUP, "ผู้ดูแลระบบ Camunda", "SYSTEM"));
        for (PositionSummary p : directory.allPositions()) {
            groups.put(p.code(), group(p.code(), p.titleTh() + " (" + p.unitNameTh() + ")", "POSITION"));
        }
        for (UnitSummary u : directory.allUnits()) {
            groups.put(UNIT_GROUP_PREFIX + u.id(), group(UNIT_GROUP_PREFIX + u.id(), u.nameTh(), "UNIT"));
        }
        return groups;
    }

    private static GroupEntity group(String id, String name, String type) {
        GroupEntity g = new GroupEntity(id);
        g.setName(name);
        g.setType(type);
        return g;
    }

    private static UserEntity toUser(PersonSummary person) {
        UserEntity u = new UserEntity(person.username());
        u.setFirstName(person.fullNameTh());
        u.setLastName("");
        u.setEmail(person.email());
        return u;
    }

    private static <T> List<T> page(Stream<T> stream, Page page) {
        Stream<T> s = stream;
        if (page != null) {
            s = s.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return s.toList();
    }

    private static boolean like(String value, String pattern) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        String regex = Arrays.stream(pattern.split("%", -1)).map(java.util.regex.Pattern::quote)
                .reduce((a, b) -> a + ".*" + b).orElse("");
        return value.toLowerCase().matches(regex.toLowerCase());
    }

    private static boolean eq(String value, String expected) {
        return expected == null || expected.equals(value);
    }

    private class PersonQuery extends UserQueryImpl {

        @Override
        public long executeCount(CommandContext commandContext) {
            return matching().count();
        }

        @Override
        public List<User> executeList(CommandContext commandContext, Page page) {
            return page(matching().sorted(Comparator.comparing(User::getId)), page);
        }

        private Stream<User> matching() {
            Predicate<User> filter = u -> eq(u.getId(), getId())
                    && (getIds() == null || Arrays.asList(getIds()).contains(u.getId()))
                    && eq(u.getFirstName(), getFirstName()) && like(u.getFirstName(), getFirstNameLike())
                    && eq(u.getLastName(), getLastName()) && like(u.getLastName(), getLastNameLike())
                    && eq(u.getEmail(), getEmail()) && like(u.getEmail(), getEmailLike())
                    && (getGroupId() == null || groupsOf(u.getId()).contains(getGroupId()));
            if (getTenantId() != null) {
                return Stream.empty();
            }
            return directory.allPeople().stream().map(PositionIdentityProvider::toUser).map(User.class::cast).filter(filter);
        }
    }

    private class PositionGroupQuery extends GroupQueryImpl {

        @Override
        public long executeCount(CommandContext commandContext) {
            return matching().count();
        }

        @Override
        public List<Group> executeList(CommandContext commandContext, Page page) {
            return page(matching(), page);
        }

        private Stream<Group> matching() {
            if (getTenantId() != null) {
                return Stream.empty();
            }
            List<String> memberOf = getUserId() == null ? null : groupsOf(getUserId());
            return allGroups().values().stream()
                    .filter(g -> eq(g.getId(), getId()))
                    .filter(g -> getIds() == null || Arrays.asList(getIds()).contains(g.getId()))
                    .filter(g -> eq(g.getName(), getName()) && like(g.getName(), getNameLike()))
                    .filter(g -> eq(g.getType(), getType()))
                    .filter(g -> memberOf == null || memberOf.contains(g.getId()));
        }
    }

    private static class NoTenantQuery extends TenantQueryImpl {

        @Override
        public long executeCount(CommandContext commandContext) {
            return 0;
        }

        @Override
        public List<Tenant> executeList(CommandContext commandContext, Page page) {
            return List.of();
        }
    }
}
