package th.tidtam.audit.service;

import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.tidtam.audit.domain.AuditAction;
import th.tidtam.audit.domain.AuditAppend;
import th.tidtam.audit.domain.AuditEntry;
import th.tidtam.directive.service.DirectiveCase;
import th.tidtam.directive.service.DirectiveSecrecy;

/**
 * Every insert, update and delete of every entity of the application, written as an audit row on the same
 * connection while Hibernate flushes — so the row commits or rolls back with the change itself, and a feature added
 * tomorrow is covered without calling anything. Not covered by construction: tables written with plain JDBC (the
 * engine's tables, the inbox read model work_item, the per-year directive number counter, personal saved inbox
 * filters): projections, counters and preferences whose every change follows from an audited one or is no official
 * record. Entities named (simple class
 * name) in {@code tidtam.audit.excluded-entities} are left out as well.
 *
 * <p>What a row says about a classified directive (or anything of one) keeps field names, ids, states and dates but
 * never its text: the administrator who reads the trail is not cleared for the directive.
 */
class AuditChangeListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private static final int MAX_VALUE = 300;
    private static final Object CACHE_KEY = new Object();
    /** Text fields of a classified record that are codes rather than its content: shown as they are. */
    private static final Set<String> CODES = Set.of("number", "casetype", "kind");

    private final Supplier<AuditActors> actors;
    private final Supplier<? extends AuditAppend> log;
    private final Supplier<DirectiveSecrecy> directives;
    private final Clock clock;
    private final Set<String> excluded;

    AuditChangeListener(Supplier<AuditActors> actors, Supplier<? extends AuditAppend> log,
            Supplier<DirectiveSecrecy> directives, Clock clock, Set<String> excluded) {
        this.actors = actors;
        this.log = log;
        this.directives = directives;
        this.clock = clock;
        this.excluded = excluded;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        write(AuditAction.CREATE, event.getEntity(), event.getId(), event.getPersister(), null, event.getState(),
                event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        write(AuditAction.UPDATE, event.getEntity(), event.getId(), event.getPersister(), event.getOldState(),
                event.getState(), event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        write(AuditAction.DELETE, event.getEntity(), event.getId(), event.getPersister(), event.getDeletedState(), null,
                event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(AuditAction action, Object entity, Object id, EntityPersister persister, Object[] oldState,
            Object[] newState, SharedSessionContractImplementor session) {
        if (entity instanceof AuditEntry || excluded.contains(entity.getClass().getSimpleName())) {
            return;
        }
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        Flat flat = Flat.of(persister.getPropertyNames(), persister.getPropertyTypes(), oldState, newState,
                persister.isVersioned() ? persister.getVersionProperty() : -1);
        String[] names = flat.names();
        Type[] types = flat.types();
        oldState = flat.oldState();
        newState = flat.newState();
        Object[] state = newState != null ? newState : oldState;
        String secrecy = secrecy(names, types, state, session, connection);
        boolean classified = secrecy != null && !"NONE".equals(secrecy);

        ObjectNode details = JsonNodeFactory.instance.objectNode();
        Set<Long> namedPositions = new HashSet<>();
        int version = flat.version();
        for (int i = 0; i < names.length; i++) {
            if (types[i].isCollectionType() || i == version) {
                continue; // the optimistic-lock counter changes with every update and says nothing
            }
            Object now = newState == null ? null : value(types[i], newState[i], session);
            Object before = oldState == null ? null : value(types[i], oldState[i], session);
            if (names[i].toLowerCase(Locale.ROOT).endsWith("positionid") && (now != null ? now : before) instanceof Long p) {
                namedPositions.add(p);
            }
            if (action == AuditAction.UPDATE) {
                if (oldState == null || !Objects.equals(before, now)) {
                    ArrayNode pair = details.putArray(names[i]);
                    pair.addPOJO(shown(names[i], oldState[i], before, classified));
                    pair.addPOJO(shown(names[i], newState[i], now, classified));
                }
            } else {
                Object raw = action == AuditAction.DELETE ? oldState[i] : newState[i];
                Object v = action == AuditAction.DELETE ? before : now;
                if (v != null) {
                    details.putPOJO(names[i], shown(names[i], raw, v, classified));
                }
            }
        }
        if (action == AuditAction.UPDATE && details.isEmpty()) {
            return; // a version bump or a flush without a visible change says nothing
        }
        // keyed by the name too: start-up work (demo data) may act as several people in one transaction
        org.springframework.security.core.Authentication auth = org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication();
        AuditActors.Actor actor = cached("actor:" + (auth == null ? "" : auth.getName()),
                () -> actors.get().current(connection));
        log.get().appendOn(connection, actor.record(clock.instant(), namedPositions, action,
                entity.getClass().getSimpleName(), String.valueOf(id), secrecy, details));
    }

    /** The value as written to the trail: free text of a classified record masked, passwords never. */
    private static Object shown(String name, Object raw, Object value, boolean classified) {
        if (value == null) {
            return null;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("password")) {
            return "[hidden]";
        }
        if (raw instanceof String && classified && !CODES.contains(lower)) {
            return "[classified]";
        }
        if (value instanceof String s && s.length() > MAX_VALUE) {
            return s.substring(0, MAX_VALUE) + "…";
        }
        return value;
    }

    /** A value as the trail keeps it: an associated entity by its id, times and enums as text. */
    private static Object value(Type type, Object value, SharedSessionContractImplementor session) {
        if (value == null) {
            return null;
        }
        if (type instanceof EntityType entityType) {
            return session.getFactory().getMappingMetamodel()
                    .getEntityDescriptor(entityType.getAssociatedEntityName()).getIdentifier(value, session);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Temporal || value instanceof java.util.Date) {
            return value.toString();
        }
        if (value instanceof byte[]) {
            return "[binary]";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return value.toString();
    }

    /**
     * The secrecy class of the row: its own ({@code secrecy}) or that of the directive it belongs to
     * ({@code directiveId}, or a casework row's {@code caseType}/{@code caseId} naming a directive); null for
     * everything that is not part of a directive.
     */
    private String secrecy(String[] names, Type[] types, Object[] state, SharedSessionContractImplementor session,
            Connection connection) {
        Object directiveId = null;
        Object caseType = null;
        Object caseId = null;
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("secrecy") && state[i] != null) {
                return state[i] instanceof Enum<?> e ? e.name() : state[i].toString();
            }
            if (names[i].equals("directiveId")) {
                directiveId = state[i];
            }
            if (names[i].equals("caseType")) {
                caseType = state[i];
            }
            if (names[i].equals("caseId")) {
                caseId = state[i];
            }
        }
        if (directiveId == null && DirectiveCase.TYPE.equals(caseType)) {
            directiveId = caseId;
        }
        if (!(directiveId instanceof Long did)) {
            return null;
        }
        // the directive module answers on this connection: the row may be one this very flush inserted
        return cached("secrecy:" + did, () -> directives.get().on(connection, did).map(Enum::name).orElse(null));
    }

    /**
     * The entity's properties with every embedded value (an {@code ActorStamp}, say) spread into its own fields,
     * named {@code uploadedBy.positionId} and so on: the trail shows the person and position rather than an object,
     * and a position named inside one counts among the row's positions.
     */
    private record Flat(String[] names, Type[] types, Object[] oldState, Object[] newState, int version) {

        static Flat of(String[] names, Type[] types, Object[] oldState, Object[] newState, int version) {
            if (java.util.Arrays.stream(types).noneMatch(t -> t instanceof ComponentType)) {
                return new Flat(names, types, oldState, newState, version);
            }
            java.util.List<String> n = new java.util.ArrayList<>();
            java.util.List<Type> t = new java.util.ArrayList<>();
            java.util.List<Object> before = new java.util.ArrayList<>();
            java.util.List<Object> after = new java.util.ArrayList<>();
            int flatVersion = -1;
            for (int i = 0; i < names.length; i++) {
                if (types[i] instanceof ComponentType component) {
                    String[] sub = component.getPropertyNames();
                    Type[] subTypes = component.getSubtypes();
                    for (int j = 0; j < sub.length; j++) {
                        n.add(names[i] + "." + sub[j]);
                        t.add(subTypes[j]);
                        before.add(part(component, oldState, i, j));
                        after.add(part(component, newState, i, j));
                    }
                } else {
                    if (i == version) {
                        flatVersion = n.size();
                    }
                    n.add(names[i]);
                    t.add(types[i]);
                    before.add(oldState == null ? null : oldState[i]);
                    after.add(newState == null ? null : newState[i]);
                }
            }
            return new Flat(n.toArray(String[]::new), t.toArray(Type[]::new), oldState == null ? null : before.toArray(),
                    newState == null ? null : after.toArray(), flatVersion);
        }

        private static Object part(ComponentType component, Object[] state, int i, int j) {
            return state == null || state[i] == null ? null : component.getPropertyValue(state[i], j);
        }
    }

    /** One lookup per transaction: a lifecycle step touches several rows of the same directive by the same person. */
    @SuppressWarnings("unchecked")
    private static <T> T cached(String key, java.util.function.Supplier<T> load) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load.get();
        }
        Map<String, Object> cache = (Map<String, Object>) TransactionSynchronizationManager.getResource(CACHE_KEY);
        if (cache == null) {
            cache = new HashMap<>();
            TransactionSynchronizationManager.bindResource(CACHE_KEY, cache);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CACHE_KEY);
                }
            });
        }
        if (cache.containsKey(key)) {
            return (T) cache.get(key);
        }
        T value = load.get();
        cache.put(key, value);
        return value;
    }
}
