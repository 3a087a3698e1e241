package th.tidtam.matters.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.matters.domain.Matter;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.process.Tasks;

/** What every step of a matter writes: its timeline entry, alerts, and completing the step's open task. */
@Component
class MatterRecords {

    private final Timeline timeline;
    private final Alerts alerts;
    private final OrgDirectory org;
    private final Tasks tasks;
    private final Clock clock;

    MatterRecords(Timeline timeline, Alerts alerts, OrgDirectory org, Tasks tasks, Clock clock) {
        this.timeline = timeline;
        this.alerts = alerts;
        this.org = org;
        this.tasks = tasks;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void event(Matter matter, Long partId, MatterEvent kind, ActorStamp by, String detail) {
        timeline.record(MatterCase.of(matter.getId()), partId, kind, by, detail, now());
    }

    void alert(Long positionId, Matter matter, Long partId, AlertKind kind) {
        if (positionId != null) {
            alerts.raise(positionId, MatterCase.of(matter.getId()), partId, kind, matter.getNumber() + " " + matter.getSubject(), now());
        }
    }

    String unitName(Long unitId) {
        return org.unit(unitId).map(UnitSummary::nameTh).orElse(String.valueOf(unitId));
    }

    /** Completes the open task of the kind for the part (or the matter, partId null); already done: refused. */
    void complete(Matter matter, String taskKey, Long partId) {
        if (matter.getProcessInstanceId() == null) {
            throw new RuleViolation("task.error.already-done");
        }
        List<String> open = partId == null
                ? tasks.openTasksOfScope(matter.getProcessInstanceId(), List.of(taskKey), "matterId", matter.getId())
                : tasks.openTasksOfScope(matter.getProcessInstanceId(), List.of(taskKey), "partId", partId);
        if (open.isEmpty()) {
            throw new RuleViolation("task.error.already-done");
        }
        tasks.complete(open.get(0), java.util.Map.of());
    }
}
