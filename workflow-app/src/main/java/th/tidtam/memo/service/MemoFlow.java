package th.tidtam.memo.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import th.tidtam.process.WorkItemVariables;
import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.memo.domain.Memo;
import th.tidtam.process.Tasks;
import th.tidtam.process.Workflows;

/**
 * The memo's process: moving the memo to a level (recording every vacant level passed), and completing its one open
 * task with the outcome the BPMN gateway reads ({@code PRESENT}, {@code RETURN}, {@code DECIDE}, {@code RESUBMIT},
 * {@code WITHDRAW}) and the next level's candidate group in {@code levelGroup}.
 */
@Component
class MemoFlow {

    private final Workflows workflows;
    private final Tasks tasks;
    private final MemoRouting routing;
    private final MemoRecords records;

    MemoFlow(Workflows workflows, Tasks tasks, MemoRouting routing, MemoRecords records) {
        this.workflows = workflows;
        this.tasks = tasks;
        this.routing = routing;
        this.records = records;
    }

    String start(Memo memo, Map<String, Object> variables) {
        return workflows.start(MemoCase.PROCESS_KEY, MemoCase.businessKey(memo.getId()), memo.getProvinceId(), variables);
    }

    /** Puts the memo at the step's level; a vacant level passed is on the timeline with both positions. */
    void moveTo(Memo memo, MemoRoute.Step step, ActorStamp by) {
        for (Long vacant : step.skipped()) {
            records.event(memo, MemoEvent.LEVEL_SKIPPED, by, records.title(vacant) + " → " + records.title(step.target()));
        }
        memo.waitAt(step.target(), records.now());
        records.reached(memo, step.target());
        records.alert(memo, step.target(), AlertKind.REQUESTED);
    }

    /**
     * Completes the memo's open task of the kind; the step's level becomes the next task's candidate group, and the
     * first vacant level it passed is what the task was meant for (it goes back there when that post is filled).
     */
    void completeTo(Memo memo, String taskKey, String outcome, MemoRoute.Step step) {
        completeWith(memo, taskKey, outcome, step.target(), meantFor(step));
    }

    /** The variable naming the vacant level the next task is meant for; null when no level was skipped. */
    String meantFor(MemoRoute.Step step) {
        return step.skipped().isEmpty() ? null : routing.group(step.skipped().get(0));
    }

    /** Completes the memo's open task of the kind; {@code nextLevel} becomes the next task's candidate group. */
    void complete(Memo memo, String taskKey, String outcome, Long nextLevel) {
        completeWith(memo, taskKey, outcome, nextLevel, null);
    }

    private void completeWith(Memo memo, String taskKey, String outcome, Long nextLevel, String meantFor) {
        if (memo.getProcessInstanceId() == null) {
            throw new RuleViolation("task.error.already-done");
        }
        List<String> open = tasks.openTasksOfScope(memo.getProcessInstanceId(), List.of(taskKey), "memoId", memo.getId());
        if (open.isEmpty()) {
            throw new RuleViolation("task.error.already-done");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", outcome);
        if (nextLevel != null) {
            variables.put("levelGroup", routing.group(nextLevel));
            variables.put(WorkItemVariables.MEANT_FOR, meantFor);
        }
        tasks.complete(open.get(0), variables);
    }
}
