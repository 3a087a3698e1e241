package th.tidtam.directive.service;

import th.tidtam.casework.Clearance;
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
 * The directive's own stages in the follow-up model: the provincial office screens it (or asks the governor a
 * question), proposes closure once every unit has reported, and the governor closes it or orders further action.
 */
@Service
public class ScreeningAndClosure {

    private final DirectiveTasks guard;
    private final Tasks tasks;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final DirectivePartRepository parts;
    private final OrgDirectory org;

    private final Clearance clearance;
    ScreeningAndClosure(DirectiveTasks guard, Tasks tasks, Clock clock, WorkingCalendar calendar, DirectivePartRepository parts, OrgDirectory org, Clearance clearance) {
        this.clearance = clearance;
        this.guard = guard;
        this.tasks = tasks;
        this.clock = clock;
        this.calendar = calendar;
        this.parts = parts;
        this.org = org;
    }

    /**
     * The head of office (or whoever acts for that position) confirms the directive, correcting the due date and
     * cadence if needed, or sends it back to the governor with a question.
     */
    @Transactional
    public void screen(String taskId, DirectiveTasks.ScreeningOutcome outcome, String note, LocalDate correctedDueDate,
            Cadence correctedCadence) {
        MyTask task = guard.require(taskId, DirectiveTasks.SCREEN);
        Directive directive = guard.directive(task);
        String text = DirectiveTasks.note(note, outcome == DirectiveTasks.ScreeningOutcome.RETURN);
        Instant now = clock.instant();
        if (outcome == DirectiveTasks.ScreeningOutcome.CONFIRM) {
            if (correctedDueDate != null && !correctedDueDate.equals(directive.getDueDate())) {
                calendar.requireDueDate(correctedDueDate);
                directive.setDueDate(correctedDueDate);
                for (DirectivePart part : parts.findByDirectiveIdOrderByLeadDescIdAsc(directive.getId())) {
                    part.setDueDate(correctedDueDate);
                }
            }
            if (correctedCadence != null) {
                directive.setCadence(correctedCadence);
            }
            directive.setStatus(DirectiveStatus.IN_PROGRESS);
            guard.record(directive, task, DirectiveEvent.Kind.SCREENED, text, now);
        } else {
            directive.setStatus(DirectiveStatus.RETURNED_TO_GOVERNOR);
            guard.record(directive, task, DirectiveEvent.Kind.RETURNED_TO_GOVERNOR, text, now);
        }
        tasks.complete(taskId, Map.of("outcome", outcome.name()));
    }

    /** The governor answers the provincial office's question; the directive goes back to screening. */
    @Transactional
    public void answer(String taskId, String answer) {
        MyTask task = guard.require(taskId, DirectiveTasks.ANSWER);
        Directive directive = guard.directive(task);
        String text = DirectiveTasks.note(answer, true);
        directive.setStatus(DirectiveStatus.SCREENING);
        guard.record(directive, task, DirectiveEvent.Kind.ANSWERED, text, clock.instant());
        tasks.complete(taskId, Map.of());
    }

    /** The provincial office has checked every unit's evidence and proposes closure to the governor. */
    @Transactional
    public void proposeClosure(String taskId, String note) {
        MyTask task = guard.require(taskId, DirectiveTasks.EVIDENCE);
        Directive directive = guard.directive(task);
        directive.setStatus(DirectiveStatus.CLOSURE_PROPOSED);
        guard.record(directive, task, DirectiveEvent.Kind.CLOSURE_PROPOSED, DirectiveTasks.note(note, false), clock.instant());
        tasks.complete(taskId, Map.of());
    }

    /**
     * The governor closes the directive (ปิดเรื่อง) or orders further action for chosen units: a new round within
     * the same directive, with a new due date.
     */
    @Transactional
    public void decideClosure(String taskId, DirectiveTasks.ClosureOutcome outcome, String note, List<Long> furtherUnitIds,
            LocalDate furtherDueDate) {
        MyTask task = guard.require(taskId, DirectiveTasks.CLOSURE);
        Directive directive = guard.directive(task);
        Instant now = clock.instant();
        if (outcome == DirectiveTasks.ClosureOutcome.CLOSE) {
            directive.setStatus(DirectiveStatus.CLOSED);
            directive.setClosedAt(now);
            guard.record(directive, task, DirectiveEvent.Kind.CLOSED, DirectiveTasks.note(note, false), now);
        } else {
            String text = DirectiveTasks.note(note, true);
            if (furtherUnitIds == null || furtherUnitIds.isEmpty()) {
                throw new RuleViolation("directive.error.further-action-units");
            }
            if (furtherDueDate == null) {
                throw new RuleViolation("directive.error.due-required");
            }
            calendar.requireDueDate(furtherDueDate);
            List<DirectivePart> existing = parts.findByDirectiveIdOrderByLeadDescIdAsc(directive.getId());
            int round = directive.getRound() + 1;
            // a further round goes to whoever receives each unit's work today: cleared for a classified directive
            for (Long unitId : new java.util.LinkedHashSet<>(furtherUnitIds)) {
                org.headOf(unitId).ifPresent(head -> clearance.requireReceiving(head, directive.getSecrecy(), DirectiveCase.TYPE,
                        directive.getId(), "assign"));
            }
            for (Long unitId : new java.util.LinkedHashSet<>(furtherUnitIds)) {
                DirectivePart earlier = existing.stream().filter(p -> p.getUnitId().equals(unitId)).findFirst()
                        .orElseThrow(() -> new RuleViolation("directive.error.further-action-unit-not-assigned"));
                Long head = org.headOf(unitId).orElse(earlier.getHolderPositionId());
                Long holder = org.responsiblePosition(head).orElse(head);
                parts.save(new DirectivePart(directive.getId(), unitId, earlier.isLead(), round, holder, furtherDueDate));
            }
            directive.setRound(round);
            directive.setDueDate(furtherDueDate);
            directive.setStatus(DirectiveStatus.IN_PROGRESS);
            guard.record(directive, task, DirectiveEvent.Kind.FURTHER_ACTION, text, now);
        }
        tasks.complete(taskId, Map.of("outcome", outcome.name()));
    }
}
