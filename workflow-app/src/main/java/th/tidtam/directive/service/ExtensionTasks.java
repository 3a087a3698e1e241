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

/** Asking for more time on a unit's part (ขอขยายเวลา) and the head of office's decision on it. */
@Service
public class ExtensionTasks {

    private final DirectiveTasks guard;
    private final Tasks tasks;
    private final Clock clock;
    private final WorkingCalendar calendar;
    private final Workflows workflows;
    private final Alerts alerts;

    ExtensionTasks(DirectiveTasks guard, Tasks tasks, Clock clock, WorkingCalendar calendar, Workflows workflows,
            Alerts alerts) {
        this.alerts = alerts;
        this.guard = guard;
        this.tasks = tasks;
        this.clock = clock;
        this.calendar = calendar;
        this.workflows = workflows;
    }

    /**
     * The holder of a part asks for more time (ขอขยายเวลา) with a reason and a proposed date; the work goes on while
     * the head of office decides. One request at a time per part.
     */
    @Transactional
    public void requestExtension(String taskId, String reason, LocalDate proposedDue) {
        MyTask task = guard.mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        String kind = task.item().taskDefinitionKey();
        if (!DirectiveTasks.ACKNOWLEDGE.equals(kind) && !DirectiveTasks.REPORT.equals(kind) && !DirectiveTasks.SUBMIT_UNIT.equals(kind)) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        String text = DirectiveTasks.note(reason, true);
        if (part.getExtensionRequestedDue() != null) {
            throw new RuleViolation("directive.error.extension-pending");
        }
        if (proposedDue == null || !proposedDue.isAfter(part.getDueDate())) {
            throw new RuleViolation("directive.error.extension-not-later", part.getDueDate());
        }
        calendar.requireDueDate(proposedDue);
        part.requestExtension(proposedDue, text);
        guard.recordPart(directive, part, task, DirectiveEvent.Kind.EXTENSION_REQUESTED, proposedDue + " · " + text);
        workflows.messageToScope("extensionRequested", String.valueOf(directive.getId()), "partId", part.getId());
    }

    /** The head of office grants a new due date (the original stays on record) or refuses, with a reason. */
    @Transactional
    public void decideExtension(String taskId, DirectiveTasks.ExtensionOutcome outcome, LocalDate grantedDue, String note) {
        MyTask task = guard.require(taskId, DirectiveTasks.EXTENSION);
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        if (part.getExtensionRequestedDue() == null) {
            throw new RuleViolation("directive.error.extension-none");
        }
        if (outcome == DirectiveTasks.ExtensionOutcome.GRANT) {
            LocalDate due = grantedDue == null ? part.getExtensionRequestedDue() : grantedDue;
            if (!due.isAfter(part.getDueDate()) || !calendar.isWorkingDay(due)) {
                throw new RuleViolation("directive.error.extension-not-later", part.getDueDate());
            }
            part.setDueDate(due);
            part.clearEscalation();
            String n = DirectiveTasks.note(note, false);
            guard.recordPart(directive, part, task, DirectiveEvent.Kind.EXTENSION_GRANTED, due + (n == null ? "" : " · " + n));
            for (String k : List.of(DirectiveTasks.REPORT, DirectiveTasks.SUBMIT_UNIT)) {
                tasks.moveDueDate(directive.getProcessInstanceId(), k, "partId", part.getId(),
                        java.util.Date.from(calendar.endOfWorkingDay(due)));
            }
        } else {
            String n = DirectiveTasks.note(note, true);
            guard.recordPart(directive, part, task, DirectiveEvent.Kind.EXTENSION_REFUSED, n);
            // the holder must know at once that the old due date stands (an immediate mail, issue 15)
            alerts.raise(part.getWorkerPositionId(), DirectiveCase.of(directive.getId()), part.getId(),
                    AlertKind.EXTENSION_REFUSED, th.tidtam.base.time.ThaiDates.formatShort(part.getDueDate()) + " " + directive.getNumber()
                            + " " + directive.getSubject() + (n == null ? "" : " · " + n), clock.instant());
        }
        part.clearExtensionRequest();
        tasks.complete(taskId, Map.of());
    }
}
