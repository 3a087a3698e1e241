package th.tidtam.work;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.WorkInbox;
import th.tidtam.security.CurrentUser;

/**
 * The task guard of every case type: a task is mine when one of its candidate groups is a position I hold or act in
 * today. Anyone else is told the task does not exist (empty), like a task that is done.
 * <p>
 * The API checks a task before it reads the request for it (someone else's task is "not found" whatever was sent),
 * and the case type's step checks it again as the guard of every way in; {@link #mineHandedOn} lets the second
 * check, in the same transaction, by the same person, for the same task, take the first one's answer instead of asking
 * the database again. The answer is handed on once: any later check reads afresh.
 */
@Service
public class MyTasks {

    private final WorkInbox inbox;
    private final OrgDirectory org;
    private final CurrentUser currentUser;

    MyTasks(WorkInbox inbox, OrgDirectory org, CurrentUser currentUser) {
        this.inbox = inbox;
        this.org = org;
        this.currentUser = currentUser;
    }

    private static final Object HANDED_ON = new Object();

    /** A check's answer waiting for the next check of the same task by the same person in the same transaction. */
    private static final class HandedOn implements TransactionSynchronization {

        private final long personId;
        private final String taskId;
        private final Optional<MyTask> answer;
        private boolean suspended;

        HandedOn(long personId, String taskId, Optional<MyTask> answer) {
            this.personId = personId;
            this.taskId = taskId;
            this.answer = answer;
        }

        // an inner transaction (REQUIRES_NEW) neither sees nor takes the outer one's answer
        @Override
        public void suspend() {
            suspended = TransactionSynchronizationManager.getResource(HANDED_ON) == this;
            if (suspended) {
                TransactionSynchronizationManager.unbindResource(HANDED_ON);
            }
        }

        @Override
        public void resume() {
            if (suspended) {
                suspended = false;
                TransactionSynchronizationManager.bindResource(HANDED_ON, this);
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (TransactionSynchronizationManager.getResource(HANDED_ON) == this) {
                TransactionSynchronizationManager.unbindResource(HANDED_ON);
            }
        }
    }

    /** The open task, with the position through which it is mine; empty when it is not (or no longer) mine. */
    @Transactional(readOnly = true)
    public Optional<MyTask> mine(String taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        long personId = currentUser.require().personId();
        HandedOn handedOn = (HandedOn) TransactionSynchronizationManager.getResource(HANDED_ON);
        if (handedOn != null) {
            TransactionSynchronizationManager.unbindResource(HANDED_ON);
            if (handedOn.personId == personId && handedOn.taskId.equals(taskId)) {
                return handedOn.answer;
            }
        }
        List<CurrentPosition> positions = org.positionsFilled(personId);
        return inbox.byTaskId(taskId).flatMap(item -> positions.stream()
                .filter(p -> item.candidateGroups().contains(p.code())).findFirst().map(p -> new MyTask(item, p)));
    }

    /**
     * {@link #mine}, whose answer the next check of the same task in this transaction takes (once) instead of asking
     * again: for a caller that checks first and then hands the task to the case type's step, which checks too. Needs
     * the caller's transaction, so that nothing the transaction did not see can come between the two.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<MyTask> mineHandedOn(String taskId) {
        Optional<MyTask> answer = mine(taskId);
        if (taskId != null) {
            HandedOn handedOn = new HandedOn(currentUser.require().personId(), taskId, answer);
            TransactionSynchronizationManager.unbindResourceIfPossible(HANDED_ON);
            TransactionSynchronizationManager.bindResource(HANDED_ON, handedOn);
            TransactionSynchronizationManager.registerSynchronization(handedOn);
        }
        return answer;
    }
}
