package th.tidtam.directive.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.Clearance;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.directive.domain.PartStatus;
import th.tidtam.directive.Progress;
import th.tidtam.directive.domain.ProgressReport;
import th.tidtam.directive.domain.ProgressReportRepository;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.Tasks;
import th.tidtam.process.Workflows;
import th.tidtam.process.WorkRouting;
import th.tidtam.security.CurrentUser;
import th.tidtam.work.MyTask;

/**
 * A unit's part of a directive: the holder acknowledges it and may hand it down the chain, whoever works it reports
 * the result (a delegate to the unit head, who submits it), marks it as waiting on another agency, and whoever a late
 * part was escalated to records the follow-up.
 */
@Service
public class UnitPartTasks {

    private final DirectiveTasks guard;
    private final Tasks tasks;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final OrgDirectory org;
    private final Alerts alerts;
    private final PartRouting routing;
    private final WorkRouting workRouting;
    private final Clearance clearance;

    UnitPartTasks(DirectiveTasks guard, Tasks tasks, Clock clock, WorkingCalendar calendar, OrgDirectory org, Alerts alerts, PartRouting routing, WorkRouting workRouting,
            Clearance clearance) {
        this.clearance = clearance;
        this.guard = guard;
        this.tasks = tasks;
        this.clock = clock;
        this.calendar = calendar;
        this.org = org;
        this.alerts = alerts;
        this.routing = routing;
        this.workRouting = workRouting;
    }

    /** The head of the unit (or whoever holds the part) acknowledges it (รับทราบ). */
    @Transactional
    public void acknowledge(String taskId) {
        acknowledge(taskId, null);
    }

    /**
     * Acknowledges the part and, when a position is given, hands the work at once to that position below the
     * holder in the chain of command (the holder still submits the unit's final report).
     */
    @Transactional
    public void acknowledge(String taskId, Long delegateTo) {
        MyTask task = guard.require(taskId, DirectiveTasks.ACKNOWLEDGE);
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        if (delegateTo != null) {
            // refused before the acknowledgement is recorded: a classified part goes only to a cleared delegate
            clearance.requireCleared(delegateTo, directive.getSecrecy(), DirectiveCase.TYPE, directive.getId(), "delegate");
        }
        part.setStatus(th.tidtam.directive.domain.PartStatus.ACKNOWLEDGED);
        part.setAcknowledgedAt(clock.instant());
        guard.recordPart(directive, part, task, DirectiveEvent.Kind.ACKNOWLEDGED, null);
        if (delegateTo != null) {
            delegatePart(directive, part, task, delegateTo);
        }
        tasks.complete(taskId, Map.of());
    }

    /**
     * Whoever works the part hands it down their own chain of command: to a sub-unit's head or a staff position, at
     * any depth; the delegate may delegate further. The open work of the part moves to the delegate at once; the
     * delegate's progress reports go to the position that delegated.
     */
    @Transactional
    public void delegate(String taskId, Long delegateTo) {
        MyTask task = guard.mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        String kind = task.item().taskDefinitionKey();
        if (!DirectiveTasks.REPORT.equals(kind) && !DirectiveTasks.REPORT_DUE.equals(kind)) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        String from = routing.workerGroup(part.getId());
        delegatePart(directive, part, task, delegateTo);
        List<String> open = tasks.openTasksOfScope(directive.getProcessInstanceId(), List.of(DirectiveTasks.REPORT, DirectiveTasks.REPORT_DUE), "partId",
                part.getId());
        workRouting.moveTasks(open, from, routing.workerGroup(part.getId()));
    }

    /**
     * The positions the part of this task can be handed to: filled positions below whoever works it now, nearest
     * first.
     */
    @Transactional(readOnly = true)
    public List<th.tidtam.org.service.PositionSummary> delegateCandidates(String taskId) {
        MyTask task = guard.mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        String kind = task.item().taskDefinitionKey();
        if (!DirectiveTasks.ACKNOWLEDGE.equals(kind) && !DirectiveTasks.REPORT.equals(kind) && !DirectiveTasks.REPORT_DUE.equals(kind)) {
            return List.of();
        }
        Directive directive = guard.directive(task);
        DirectivePart part = guard.partToRead(task, directive);
        Long worker = part.getWorkerPositionId();
        List<th.tidtam.org.service.PositionSummary> all = org.allPositions(directive.getProvinceId());
        Map<Long, Long> reportsTo = new java.util.HashMap<>();
        all.forEach(p -> reportsTo.put(p.id(), p.reportsToId()));
        List<th.tidtam.org.service.PositionSummary> below = new java.util.ArrayList<>();
        for (th.tidtam.org.service.PositionSummary p : all) {
            int depth = 0;
            for (Long up = p.reportsToId(); up != null && depth < 64; up = reportsTo.get(up), depth++) {
                if (up.equals(worker)) {
                    // a classified directive is not even offered to a position not cleared for its class
                    if (!p.actors().isEmpty() && Clearance.cleared(p, directive.getSecrecy())) {
                        below.add(p);
                    }
                    break;
                }
            }
        }
        return below;
    }

    private void delegatePart(Directive directive, DirectivePart part, MyTask task, Long delegateTo) {
        if (delegateTo == null) {
            throw new RuleViolation("directive.error.delegate-required");
        }
        Long from = part.getWorkerPositionId();
        if (!org.isBelow(delegateTo, from)) {
            throw new RuleViolation("directive.error.delegate-not-below");
        }
        if (org.actorsFor(delegateTo).isEmpty()) {
            throw new RuleViolation("directive.error.delegate-vacant");
        }
        clearance.requireCleared(delegateTo, directive.getSecrecy(), DirectiveCase.TYPE, directive.getId(), "delegate");
        part.delegate(from, delegateTo);
        String title = org.position(delegateTo).map(p -> p.titleTh()).orElse("");
        guard.recordPart(directive, part, task, DirectiveEvent.Kind.DELEGATED, title);
        alerts.raise(delegateTo, DirectiveCase.of(directive.getId()), part.getId(), AlertKind.DELEGATED_TO_YOU,
                    directive.getNumber() + " " + directive.getSubject(), clock.instant());
    }

    /** The unit head submits the delegate's result as the unit's final report, or returns it with a comment. */
    @Transactional
    public void submitUnitReport(String taskId, DirectiveTasks.UnitReportOutcome outcome, String note) {
        MyTask task = guard.require(taskId, DirectiveTasks.SUBMIT_UNIT);
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        String text = DirectiveTasks.note(note, true);
        if (outcome == DirectiveTasks.UnitReportOutcome.SUBMIT) {
            endWait(part);
            part.setStatus(th.tidtam.directive.domain.PartStatus.DONE);
            part.setFinishedAt(clock.instant());
            guard.recordPart(directive, part, task, DirectiveEvent.Kind.FINAL_REPORT, text);
        } else {
            part.setStatus(th.tidtam.directive.domain.PartStatus.ACKNOWLEDGED);
            guard.recordPart(directive, part, task, DirectiveEvent.Kind.UNIT_REPORT_RETURNED, text);
            alerts.raise(part.getWorkerPositionId(), DirectiveCase.of(directive.getId()), part.getId(), AlertKind.REPORT_RETURNED,
                    text, clock.instant());
        }
        tasks.complete(taskId, Map.of("outcome", outcome.name()));
    }

    /** The units a part may wait on: its directive's province's, itself left out (the wait's unit picker). */
    @Transactional(readOnly = true)
    public List<th.tidtam.org.service.UnitSummary> waitingUnits(String taskId) {
        MyTask task = guard.mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        Directive directive = guard.directive(task);
        DirectivePart part = guard.partToRead(task, directive);
        return org.allUnits(directive.getProvinceId()).stream().filter(u -> !u.id().equals(part.getUnitId())).toList();
    }

    /**
     * Whoever works the part marks it as waiting on another agency's input (รอข้อมูลจากหน่วยงานอื่น), with the agency
     * and why. The working days spent waiting are kept apart: the on-time rate does not count them against the unit,
     * and a waiting part is not escalated as overdue. One wait at a time.
     */
    @Transactional
    public void startWaiting(String taskId, Long onUnitId, String reason) {
        MyTask task = guard.mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        if (!DirectiveTasks.REPORT.equals(task.item().taskDefinitionKey()) && !DirectiveTasks.REPORT_DUE.equals(task.item().taskDefinitionKey())) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        if (part.isWaiting()) {
            throw new RuleViolation("directive.error.already-waiting");
        }
        // a unit of another province is no unit to the part: "required", as for a wrong id
        if (onUnitId == null || org.unit(onUnitId).filter(u -> java.util.Objects.equals(u.provinceId(), directive.getProvinceId())).isEmpty()) {
            throw new RuleViolation("directive.error.waiting-unit-required");
        }
        if (onUnitId.equals(part.getUnitId())) {
            throw new RuleViolation("directive.error.waiting-on-itself");
        }
        String why = DirectiveTasks.limited(reason, 500);
        if (why == null) {
            throw new RuleViolation("task.error.note-required");
        }
        part.startWaiting(onUnitId, calendar.today(), why);
        String unitName = org.unit(onUnitId).map(u -> u.nameTh()).orElse("");
        guard.recordPart(directive, part, task, DirectiveEvent.Kind.WAITING_STARTED, unitName + " · " + why);
    }

    /** The awaited input has come: the wait ends and its working days are added to the part's waiting total. */
    @Transactional
    public void stopWaiting(String taskId) {
        MyTask task = guard.mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        if (!part.isWaiting()) {
            throw new RuleViolation("directive.error.not-waiting");
        }
        int days = endWait(part);
        guard.recordPart(directive, part, task, DirectiveEvent.Kind.WAITING_ENDED, String.valueOf(days));
    }

    private int endWait(DirectivePart part) {
        if (!part.isWaiting()) {
            return 0;
        }
        LocalDate today = calendar.today();
        int days = today.isAfter(part.getWaitingSince()) ? calendar.workingDaysBetween(part.getWaitingSince(), today) : 0;
        part.stopWaiting(days);
        return days;
    }

    /** The position a late part was escalated to records how it followed it up. */
    @Transactional
    public void followUp(String taskId, String note) {
        MyTask task = guard.require(taskId, DirectiveTasks.FOLLOW_UP);
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        guard.recordPart(directive, part, task, DirectiveEvent.Kind.FOLLOWED_UP, DirectiveTasks.note(note, true));
        tasks.complete(taskId, Map.of());
    }

    /**
     * The unit's final report goes to the provincial office and finishes the unit's part. Interim reports never do
     * this: only the final report closes a part, and only the governor closes the directive.
     */
    @Transactional
    public void submitFinalReport(String taskId, String report) {
        MyTask task = guard.require(taskId, DirectiveTasks.REPORT);
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        String text = DirectiveTasks.note(report, true);
        if (part.isDelegated()) {
            // the delegate hands the result to the unit head, who submits the unit's final report
            part.setStatus(th.tidtam.directive.domain.PartStatus.FINAL_SUBMITTED);
            guard.recordPart(directive, part, task, DirectiveEvent.Kind.DELEGATE_RESULT, text);
        } else {
            endWait(part);
            part.setStatus(th.tidtam.directive.domain.PartStatus.DONE);
            part.setFinishedAt(clock.instant());
            guard.recordPart(directive, part, task, DirectiveEvent.Kind.FINAL_REPORT, text);
        }
        tasks.complete(taskId, Map.of());
    }
}
