package th.tidtam.process;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves open work between positions, in the engine and in the {@code work_item} read model at once.
 *
 * <p>What needs no moving: open work follows the position, and the inbox resolves who fills a position when it is
 * read, so a new holder or acting holder sees the position's work at once.
 *
 * <p>What is moved: work that was routed to a superior because a position was vacant ({@link OrgRouting}) goes back
 * when someone holds or acts in the post. The engine records only the group a task went to, so the superior's own
 * work could not be told from the vacant position's; since issue 16 the read model notes, when such a task is
 * created, the position it was meant for ({@code work_item.meant_for_group}, see {@link VacancyCovers}), and
 * {@link VacancyReturn} moves exactly those tasks through {@link #moveTasks}. {@link #reassignPosition} stays for
 * when all of a group's work is meant.
 */
@Service
public class WorkRouting {

    private final TaskService taskService;
    private final JdbcTemplate jdbc;

    WorkRouting(TaskService taskService, JdbcTemplate jdbc) {
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    /**
     * Every open task that has {@code fromGroup} as a candidate group gets {@code toGroup} instead, in one
     * transaction: all move or none. Assignees are kept. Returns how many tasks moved.
     */
    @Transactional
    public int reassignPosition(String fromGroup, String toGroup) {
        List<String> taskIds = jdbc.queryForList(
                "select task_id from work_item_group where group_code = ? order by task_id", String.class, fromGroup);
        return moveTasks(taskIds, fromGroup, toGroup);
    }

    /** The given open tasks have {@code toGroup} instead of {@code fromGroup} as candidate group; all or none. */
    @Transactional
    public int moveTasks(List<String> taskIds, String fromGroup, String toGroup) {
        if (fromGroup.equals(toGroup)) {
            return 0;
        }
        int moved = 0;
        for (String taskId : taskIds) {
            List<IdentityLink> links = taskService.getIdentityLinksForTask(taskId);
            boolean hasFrom = links.stream().anyMatch(l -> isCandidateGroup(l, fromGroup));
            if (!hasFrom) {
                continue;
            }
            if (links.stream().noneMatch(l -> isCandidateGroup(l, toGroup))) {
                taskService.addCandidateGroup(taskId, toGroup);
            }
            // each change fires the task's update event, which rewrites its read model row in this transaction
            taskService.deleteCandidateGroup(taskId, fromGroup);
            moved++;
        }
        return moved;
    }

    private static boolean isCandidateGroup(IdentityLink link, String group) {
        return IdentityLinkType.CANDIDATE.equals(link.getType()) && group.equals(link.getGroupId());
    }
}
