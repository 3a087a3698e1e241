package th.tidtam.directive.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.lateness.EscalationLadder;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.PartStatus;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.directive.domain.ProgressReport;
import th.tidtam.directive.domain.ProgressReportRepository;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;

/**
 * The follow-up model's expressions ({@code ${partFollowUp...}}) for what happens to a unit's part without anyone
 * asking: the daily check (report due by the cadence, reminders, escalation) and routing progress reports to
 * their reviewer. Runs in the engine's transaction; returns plain values so the engine API stays out of here.
 */
@Component("partFollowUp")
public class PartFollowUp {

    /** Why a part was escalated, as stored on the timeline (translated by the screens). */
    public enum Lateness { UNACKNOWLEDGED, REPORT_OVERDUE, OVERDUE }

    public static final String REPORT_DUE = "reportDue";
    public static final String ESCALATE_TO = "escalateTo";

    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final Timeline timeline;
    private final ProgressReportRepository reports;
    private final Alerts alerts;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final PartRouting routing;
    private final FollowUpSettings settings;
    private final Clock clock;
    private final CadenceSchedule cadence;
    private final EscalationLadder ladder;

    PartFollowUp(DirectiveRepository directives, DirectivePartRepository parts, Timeline timeline,
            ProgressReportRepository reports, Alerts alerts, OrgDirectory org, WorkingCalendar calendar,
            PartRouting routing, FollowUpSettings settings, Clock clock, EscalationLadder ladder,
            ObjectProvider<MeetingSchedule> meetings) {
        this.ladder = ladder;
        this.directives = directives;
        this.parts = parts;
        this.timeline = timeline;
        this.reports = reports;
        this.alerts = alerts;
        this.org = org;
        this.calendar = calendar;
        this.routing = routing;
        this.settings = settings;
        this.clock = clock;
        this.cadence = new CadenceSchedule(calendar, meetings::getIfAvailable);
    }

    /**
     * The morning check of one part. On a day off nothing happens (no report is asked, nobody is escalated over a
     * weekend). Answers the model's flags: {@code reportDue} (a report-due task for the worker) and
     * {@code escalateTo} (the candidate group that must chase the part, or null).
     */
    @Transactional
    public Map<String, Object> check(Long partId) {
        Map<String, Object> flags = new HashMap<>();
        flags.put(REPORT_DUE, false);
        flags.put(ESCALATE_TO, null);
        DirectivePart part = parts.findById(partId).orElse(null);
        if (part == null || part.getStatus() == PartStatus.DONE) {
            return flags;
        }
        Directive directive = directives.findById(part.getDirectiveId()).orElseThrow();
        // the job executor has no user: the directive's province says whose holidays are days off
        WorkingCalendar calendar = this.calendar.ofCase(directive.getProvinceId());
        LocalDate today = calendar.today();
        if (!calendar.isWorkingDay(today)) {
            return flags;
        }
        Instant now = clock.instant();

        LocalDate acknowledged = part.getAcknowledgedAt() == null ? null
                : part.getAcknowledgedAt().atZone(clock.getZone()).toLocalDate();
        if (part.getReportDue() == null) {
            Optional<LocalDate> due = cadence.inProvince(directive.getProvinceId()).reportDueOn(directive.getCadence(), directive.getCadenceDays(), acknowledged, today);
            if (due.isPresent()) {
                part.setReportDue(due.get());
                timeline.record(DirectiveCase.of(directive.getId()), part.getId(), DirectiveEvent.Kind.REPORT_DUE, new ActorStamp(null, part.getWorkerPositionId(), null),
                due.get().toString(), now);
                flags.put(REPORT_DUE, true);
            }
        }

        remind(directive, part, calendar, today, now);

        escalation(directive.getProvinceId(), part, today).ifPresent(step -> {
            String about = directive.getNumber() + " " + directive.getSubject() + " · "
                    + org.unit(part.getUnitId()).map(UnitSummary::nameTh).orElse("");
            part.escalate(step.level(), step.positionId(), now);
            timeline.record(DirectiveCase.of(directive.getId()), part.getId(), DirectiveEvent.Kind.ESCALATED, new ActorStamp(null, step.positionId(), null),
                step.lateness().name() + " " + step.level(), now);
            alerts.raise(step.positionId(), DirectiveCase.of(directive.getId()), part.getId(), AlertKind.ESCALATED_TO_YOU,
                    about, now);
            alerts.raise(part.getWorkerPositionId(), DirectiveCase.of(directive.getId()), part.getId(), AlertKind.ESCALATED,
                    about, now);
            flags.put(ESCALATE_TO, routing.groupOf(step.positionId()));
        });
        return flags;
    }

    /** One reminder per due date, on the working day before it (or on the day itself when it came sooner). */
    private void remind(Directive directive, DirectivePart part, WorkingCalendar calendar, LocalDate today, Instant now) {
        LocalDate tomorrow = calendar.addWorkingDays(today, 1);
        for (LocalDate due : openDueDates(part)) {
            boolean soon = !due.isBefore(today) && !due.isAfter(tomorrow);
            if (soon && !due.equals(part.getRemindedFor())) {
                part.setRemindedFor(due);
                timeline.record(DirectiveCase.of(directive.getId()), part.getId(), DirectiveEvent.Kind.REMINDED, new ActorStamp(null, part.getWorkerPositionId(), null),
                due.toString(), now);
                alerts.raise(part.getWorkerPositionId(), DirectiveCase.of(directive.getId()), part.getId(), AlertKind.REMINDER,
                    due + " " + directive.getNumber() + " " + directive.getSubject(), now);
                return;
            }
        }
    }

    private List<LocalDate> openDueDates(DirectivePart part) {
        List<LocalDate> dues = new ArrayList<>();
        if (part.getAcknowledgedAt() == null && part.getAcknowledgeDue() != null) {
            dues.add(part.getAcknowledgeDue());
        }
        if (part.getReportDue() != null) {
            dues.add(part.getReportDue());
        }
        dues.add(part.getDueDate());
        dues.sort(null);
        return dues;
    }

    record Step(int level, Long positionId, Lateness lateness) {
    }

    /**
     * The next step up the chain for a late part, if it is late enough for one and a position is there to take it;
     * working days counted in the directive's province.
     */
    Optional<Step> escalation(Long provinceId, DirectivePart part, LocalDate today) {
        LocalDate since = null;
        Lateness why = null;
        if (part.getAcknowledgedAt() == null && part.getAcknowledgeDue() != null && part.getAcknowledgeDue().isBefore(today)) {
            since = part.getAcknowledgeDue();
            why = Lateness.UNACKNOWLEDGED;
        }
        if (part.getReportDue() != null && part.getReportDue().isBefore(today) && (since == null || part.getReportDue().isBefore(since))) {
            since = part.getReportDue();
            why = Lateness.REPORT_OVERDUE;
        }
        // a part waiting on another agency's input is not chased as overdue: the wait is on record instead
        if (!part.isWaiting() && part.getDueDate().isBefore(today) && (since == null || part.getDueDate().isBefore(since))) {
            since = part.getDueDate();
            why = Lateness.OVERDUE;
        }
        if (since == null) {
            return Optional.empty();
        }
        Lateness reason = why;
        return ladder.nextStep(provinceId, ladder(part), since, today, part.getEscalationLevel(), settings.escalationStepWorkingDays())
                .map(step -> new Step(step.level(), step.positionId(), reason));
    }

    /** The rungs above a late part (see {@link EscalationLadder#rungs}). */
    List<Long> ladder(DirectivePart part) {
        return ladder.rungs(part.getWorkerPositionId(), part.getUnitId(),
                directives.findById(part.getDirectiveId()).map(Directive::getSecrecy).orElse(null));
    }

    /** The reviewer of the part's next progress report: one level up from whoever filed it. */
    @Transactional(readOnly = true)
    public String reviewerGroupOfNextReport(Long partId) {
        ProgressReport report = reports.findFirstByPartIdAndReviewTaskIdIsNullAndReviewStateOrderByIdAsc(partId,
                ProgressReport.Review.PENDING).orElseThrow(() -> new IllegalStateException("No report to review on part " + partId));
        return routing.groupOf(report.getReviewerPositionId());
    }

    /** Ties the review task to the report it reviews (the model's create listener). */
    @Transactional
    public void attachReviewTask(Long partId, String taskId) {
        reports.findFirstByPartIdAndReviewTaskIdIsNullAndReviewStateOrderByIdAsc(partId, ProgressReport.Review.PENDING)
                .orElseThrow(() -> new IllegalStateException("No report to review on part " + partId))
                .attachReviewTask(taskId);
    }
}
