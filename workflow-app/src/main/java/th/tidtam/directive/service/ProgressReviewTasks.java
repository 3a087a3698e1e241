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

/**
 * Progress reports on a unit's part (รายงานความก้าวหน้า): filed by whoever works it, reviewed one level up — by the
 * position that delegated the part, or by the head of office for a unit head's own report.
 */
@Service
public class ProgressReviewTasks {

    private final DirectiveTasks guard;
    private final Tasks tasks;
    private final Clock clock;
    private final OrgDirectory org;
    private final Alerts alerts;
    private final Workflows workflows;
    private final ProgressReportRepository reports;
    private final DirectivePartRepository parts;
    private final CurrentUser currentUser;

    ProgressReviewTasks(DirectiveTasks guard, Tasks tasks, Clock clock, OrgDirectory org, Alerts alerts, Workflows workflows, ProgressReportRepository reports, DirectivePartRepository parts, CurrentUser currentUser) {
        this.guard = guard;
        this.tasks = tasks;
        this.clock = clock;
        this.org = org;
        this.alerts = alerts;
        this.workflows = workflows;
        this.reports = reports;
        this.parts = parts;
        this.currentUser = currentUser;
    }

    /** How long an identical progress report from the same position counts as the same click. */
    private static final java.time.Duration DUPLICATE_WINDOW = java.time.Duration.ofMinutes(10);

    /**
     * A progress report (รายงานความก้าวหน้า) on the part: status, percent done, what was done and, when blocked, the
     * obstacle. It goes one level up for review and fulfils any report the cadence asked for; it never finishes the
     * part.
     */
    @Transactional
    public Long fileProgressReport(String taskId, Progress progress, Integer percent, String body, String obstacle) {
        MyTask task = guard.mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        String kind = task.item().taskDefinitionKey();
        if (!DirectiveTasks.REPORT.equals(kind) && !DirectiveTasks.REPORT_DUE.equals(kind)) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        Directive directive = guard.directive(task);
        DirectivePart part = guard.part(task, directive);
        if (progress == null) {
            throw new RuleViolation("directive.error.progress-required");
        }
        if (percent == null || percent < 0 || percent > 100) {
            throw new RuleViolation("directive.error.percent-range");
        }
        String text = DirectiveTasks.note(body, true);
        String why = DirectiveTasks.limited(obstacle, DirectiveTasks.MAX_OBSTACLE);
        if (progress == Progress.BLOCKED && why == null) {
            throw new RuleViolation("directive.error.obstacle-required");
        }
        if (sameAsJustSent(part, task, progress, percent, text, why)) {
            throw new RuleViolation("directive.error.progress-duplicate");
        }
        Long reviewer = part.isDelegated() && part.getDelegatedByPositionId() != null ? part.getDelegatedByPositionId()
                : org.positionWithRole(directive.getProvinceId(), th.tidtam.org.PositionRole.HEAD_OF_OFFICE).orElseThrow();
        ProgressReport report = reports.save(new ProgressReport(directive.getId(), part.getId(), clock.instant(),
                currentUser.require().personId(), task.via().positionId(), task.via().capacity(), progress, percent, text, why,
                reviewer));
        part.progressReported(progress, percent);
        part.setReportDue(null);
        guard.recordPart(directive, part, task, DirectiveEvent.Kind.PROGRESS_REPORTED, percent + "% · " + progress.name() + " · " + text);
        workflows.messageToScope("progressReported", String.valueOf(directive.getId()), "partId", part.getId());
        for (String due : tasks.openTasksOfScope(directive.getProcessInstanceId(), List.of(DirectiveTasks.REPORT_DUE), "partId", part.getId())) {
            tasks.complete(due, Map.of());
        }
        return report.getId();
    }

    /** The reviewer one level up accepts the progress report or returns it with a comment. */
    @Transactional
    public void reviewProgressReport(String taskId, DirectiveTasks.ReviewOutcome outcome, String comment) {
        MyTask task = guard.require(taskId, DirectiveTasks.REVIEW);
        Directive directive = guard.directive(task);
        ProgressReport report = reports.findByReviewTaskId(taskId).orElseThrow(ApiProblems.NotFound::new);
        String text = DirectiveTasks.note(comment, outcome == DirectiveTasks.ReviewOutcome.RETURN);
        Instant now = clock.instant();
        report.review(outcome == DirectiveTasks.ReviewOutcome.ACCEPT ? ProgressReport.Review.ACCEPTED : ProgressReport.Review.RETURNED, now,
                currentUser.require().personId(), task.via().positionId(), task.via().capacity(), text);
        DirectivePart part = parts.findById(report.getPartId()).orElseThrow();
        guard.recordPart(directive, part, task, outcome == DirectiveTasks.ReviewOutcome.ACCEPT ? DirectiveEvent.Kind.REPORT_ACCEPTED
                : DirectiveEvent.Kind.REPORT_RETURNED, text);
        if (outcome == DirectiveTasks.ReviewOutcome.RETURN) {
            alerts.raise(report.getPositionId(), DirectiveCase.of(directive.getId()), part.getId(), AlertKind.REPORT_RETURNED,
                    text, now);
        }
        tasks.complete(taskId, Map.of());
    }

    /**
     * The same report from the same position a few minutes ago is a second click, not news: the part's row lock
     * makes the second request wait for the first and see it here.
     */
    private boolean sameAsJustSent(DirectivePart part, MyTask task, Progress progress, int percent, String text,
            String obstacle) {
        return reports.findFirstByPartIdOrderByIdDesc(part.getId())
                .filter(last -> last.getPositionId().equals(task.via().positionId()) && last.getProgress() == progress
                        && last.getPercentDone() == percent && java.util.Objects.equals(last.getBody(), text)
                        && java.util.Objects.equals(last.getObstacle(), obstacle)
                        && last.getReportedAt().isAfter(clock.instant().minus(DUPLICATE_WINDOW)))
                .isPresent();
    }

    /** The progress report a review task is about. */
    @Transactional(readOnly = true)
    public Optional<Long> reportUnderReview(String taskId) {
        return guard.mine(taskId).flatMap(t -> reports.findByReviewTaskId(taskId)).map(ProgressReport::getId);
    }
}
