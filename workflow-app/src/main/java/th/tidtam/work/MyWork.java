package th.tidtam.work;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.InboxFilter;
import th.tidtam.process.WorkInbox;
import th.tidtam.process.WorkItem;
import th.tidtam.security.CurrentUser;

/**
 * "My work": the open tasks of every position the user holds or acts in today, read from the application's own
 * indexed task table (never the engine's task query), most urgent first, then by due date.
 */
@Service
@Transactional(readOnly = true)
public class MyWork {

    private final WorkInbox inbox;
    private final OrgDirectory org;
    private final CurrentUser currentUser;

    MyWork(WorkInbox inbox, OrgDirectory org, CurrentUser currentUser) {
        this.inbox = inbox;
        this.org = org;
        this.currentUser = currentUser;
    }

    public List<WorkItem> page(InboxFilter filter, int offset, int limit) {
        List<String> codes = myPositionCodes();
        return codes.isEmpty() ? List.of() : inbox.forPositions(codes, filter, offset, Math.max(1, Math.min(limit, 500)));
    }

    public int count(InboxFilter filter) {
        List<String> codes = myPositionCodes();
        return codes.isEmpty() ? 0 : inbox.count(codes, filter);
    }

    private List<String> myPositionCodes() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId()).stream().map(CurrentPosition::code).toList())
                .orElse(List.of());
    }
}
