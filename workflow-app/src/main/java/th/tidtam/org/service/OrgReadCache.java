package th.tidtam.org.service;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The chain of command's answers (a position, its holders, who covers a vacancy), kept across transactions and
 * threads and checked once per transaction against the version row {@code org_version}. Database triggers raise that
 * version in the same transaction as any change to org's tables, whoever makes it (OrgAdministration, a bulk insert,
 * another node), so a transaction that reads the version the node's answers were kept under may use them; one that
 * reads another version starts the node's answers afresh.
 * <p>
 * What a transaction reads itself joins the node's answers only after it committed, and only if the version it read
 * at its end is the one it read first: then no change to org committed in between (it would have raised the version)
 * and the transaction changed nothing in org itself (its own change raises the version it sees), so every answer it
 * read is the committed chain of command of that version. A transaction that rolls back, or wrote org rows, or
 * overlapped a change, shares nothing. Each transaction also keeps its own answers (the first layer), so it sees one
 * chain of command from start to end. Once org itself writes in a transaction ({@link #writing()}), that transaction
 * reads straight from the tables for the rest of its life: what it just changed may not be flushed yet. Outside a
 * transaction nothing is kept. Answers that depend on the day carry the day in their key ({@code OrgDirectory.Key}),
 * so an acting assignment that ends tonight is not answered tomorrow. The values are records and unmodifiable lists
 * (never org's entities), safe to share between threads. At most {@link #LIMIT} answers are kept; past that the node
 * starts afresh.
 */
@Component
class OrgReadCache {

    static final int LIMIT = 20_000;

    private static final Object KEY = new Object();

    private final JdbcTemplate jdbc;
    private final AtomicReference<Generation> shared = new AtomicReference<>(new Generation(Long.MIN_VALUE));

    OrgReadCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The answer for the key: this transaction's, else the node's if still current, else read by {@code load}. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> load) {
        Answers answers = answers();
        if (answers == null || answers.off) {
            return load.get();
        }
        if (answers.values.containsKey(key)) {
            return (T) answers.values.get(key);
        }
        Generation generation = answers.generation();
        Object known = generation == null ? null : generation.values.get(key);
        if (known != null) {
            answers.values.put(key, known);
            return (T) known;
        }
        T value = load.get();
        answers.values.put(key, value);
        if (generation != null && value != null) {
            answers.read.put(key, value);
        }
        return value;
    }

    /** Org is about to change the chain of command in this transaction: forget what was read and keep nothing more. */
    void writing() {
        Answers answers = answers();
        if (answers != null) {
            answers.off = true;
            answers.values.clear();
            answers.read.clear();
        }
    }

    private long version() {
        return jdbc.queryForObject("select version from org_version where id = 1", Long.class);
    }

    /** The node's answers for the version this transaction reads; a node that kept another version starts afresh. */
    private Generation current() {
        long version = version();
        Generation now = shared.get();
        if (now.version == version) {
            return now;
        }
        // another version (newer, or an older one a slow transaction still reads): whoever reads last decides, and
        // readers of the version that commits last soon settle it; the answers of the other are dropped, never mixed
        Generation fresh = new Generation(version);
        shared.compareAndSet(now, fresh);
        return fresh;
    }

    private Answers answers() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Answers answers = (Answers) TransactionSynchronizationManager.getResource(KEY);
        if (answers == null) {
            answers = new Answers(this);
            TransactionSynchronizationManager.bindResource(KEY, answers);
            TransactionSynchronizationManager.registerSynchronization(answers);
        }
        return answers;
    }

    /** The answers one node has read under one version of the chain of command. */
    private static final class Generation {

        private final long version;
        private final Map<Object, Object> values = new ConcurrentHashMap<>();

        Generation(long version) {
            this.version = version;
        }

        void keep(Map<Object, Object> read, AtomicReference<Generation> shared) {
            if (values.size() + read.size() > LIMIT) {
                // bounded: start afresh under the same version rather than grow (old days' keys go this way)
                shared.compareAndSet(this, new Generation(version));
                return;
            }
            values.putAll(read);
        }
    }

    /** One transaction's answers; set aside while an inner transaction runs, dropped when it ends. */
    private static final class Answers implements TransactionSynchronization {

        private final OrgReadCache cache;
        private final Map<Object, Object> values = new HashMap<>();
        /** What this transaction read from the tables, to join the node's answers if it commits unchanged. */
        private final Map<Object, Object> read = new HashMap<>();
        private boolean off;
        private boolean stillCurrent;
        private boolean versionRead;
        private Generation generation;

        Answers(OrgReadCache cache) {
            this.cache = cache;
        }

        /** The node's answers this transaction may use, the version read the first time it is asked. */
        Generation generation() {
            if (!versionRead) {
                versionRead = true;
                generation = cache.current();
            }
            return generation;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(KEY, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // still inside the transaction: its own change to org, or one committed by others, shows as another version
            stillCurrent = !off && generation != null && !read.isEmpty() && cache.version() == generation.version;
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            if (status == STATUS_COMMITTED && stillCurrent) {
                generation.keep(read, cache.shared);
            }
        }
    }
}
