package th.tidtam.work;

import th.tidtam.org.service.CurrentPosition;
import th.tidtam.process.WorkItem;

/** A task of the current user, with the position through which it is theirs today. */
public record MyTask(WorkItem item, CurrentPosition via) {
}
