package th.tidtam.work;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.WorkInbox;
import th.tidtam.security.CurrentUser;

/**
 * The task guard of every case type: a task is mine when one of its candidate groups is a position I hold or act in
 * today. Anyone else is told the task does not exist (empty), like a task that is done.
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

    /** The open task, with the position through which it is mine; empty when it is not (or no longer) mine. */
    @Transactional(readOnly = true)
    public Optional<MyTask> mine(String taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        List<CurrentPosition> positions = org.positionsFilled(currentUser.require().personId());
        return inbox.byTaskId(taskId).flatMap(item -> positions.stream()
                .filter(p -> item.candidateGroups().contains(p.code())).findFirst().map(p -> new MyTask(item, p)));
    }
}
