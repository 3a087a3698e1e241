package th.tidtam.notify.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import th.tidtam.casework.alert.AlertRaised;
import th.tidtam.process.WorkItemOpened;

/**
 * Hears alerts and new tasks in the transaction that raised them (so a message exists exactly when the change does)
 * and wakes the sender once that transaction committed. A failure here is logged and swallowed: mail must never
 * stop the work.
 */
@Component
class NotificationListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

    private final ImmediateMessages messages;
    private final OutboxSender sender;

    NotificationListener(ImmediateMessages messages, OutboxSender sender) {
        this.messages = messages;
        this.sender = sender;
    }

    @EventListener
    void on(AlertRaised event) {
        try {
            messages.alertRaised(event);
        } catch (RuntimeException e) {
            log.warn("No message for alert {}: {}", event.alertId(), e.toString());
        }
    }

    @EventListener
    void on(WorkItemOpened event) {
        try {
            messages.workOpened(event);
        } catch (RuntimeException e) {
            log.warn("No message for task {}: {}", event.taskId(), e.toString());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(AlertRaised event) {
        sender.wake();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(WorkItemOpened event) {
        sender.wake();
    }
}
