package th.tidtam.org.service;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The chain of command as one transaction has read it: a directive step asks for the same positions, holders and
 * vacancy answers for every task it creates (routing, the inbox row, the new-work message), and each answer is
 * read once per transaction instead. The answers die with the transaction, so the next one reads the chain of command
 * afresh — an assignment made a moment ago is seen by the next request, on this node or another. Once org itself
 * writes in a transaction ({@link #writing()}), that transaction reads straight from the tables again for the rest of
 * its life: what it just changed may not be flushed yet, and a cached answer would hide it. Outside a transaction
 * nothing is kept; a transaction started inside another (REQUIRES_NEW) has answers of its own.
 */
@Component
class OrgReadCache {

    private static final Object KEY = new Object();

    /** The answer for the key in this transaction, read by {@code load} the first time it is asked. */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> load) {
        Answers answers = answers();
        if (answers == null || answers.off) {
            return load.get();
        }
        if (answers.values.containsKey(key)) {
            return (T) answers.values.get(key);
        }
        T value = load.get();
        answers.values.put(key, value);
        return value;
    }

    /** Org is about to change the chain of command in this transaction: forget what was read and keep nothing more. */
    void writing() {
        Answers answers = answers();
        if (answers != null) {
            answers.off = true;
            answers.values.clear();
        }
    }

    private static Answers answers() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Answers answers = (Answers) TransactionSynchronizationManager.getResource(KEY);
        if (answers == null) {
            answers = new Answers();
            TransactionSynchronizationManager.bindResource(KEY, answers);
            TransactionSynchronizationManager.registerSynchronization(answers);
        }
        return answers;
    }

    /** One transaction's answers; set aside while an inner transaction runs, dropped when it ends. */
    private static final class Answers implements TransactionSynchronization {

        private final Map<Object, Object> values = new HashMap<>();
        private boolean off;

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(KEY, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}
