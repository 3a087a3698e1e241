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
import th.tidtam.directive.Cadence;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.domain.DirectiveEventRepository;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.directive.domain.PositionAlert;
import th.tidtam.directive.domain.PositionAlertRepository;
import th.tidtam.directive.Progress;
import th.tidtam.directive.domain.ProgressReport;
import th.tidtam.directive.domain.ProgressReportRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.process.Tasks;
import th.tidtam.process.WorkInbox;
import th.tidtam.process.WorkItem;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.TidtamUser;

/**
 * The directive's tasks as the user sees them: a task is open to whoever holds or acts in one of its positions
 * today, and the record says who did it, in which position and capacity. Anyone else is told the task does not
 * exist.
 */
@Service
public class DirectiveTasks {

    public static final String SCREEN = "screenDirective";
    public static final String ANSWER = "answerQuestion";
    public static final String ACKNOWLEDGE = "acknowledgePart";
    public static final String REPORT = "reportOnPart";
    public static final String EVIDENCE = "checkEvidence";
    public static final String CLOSURE = "decideClosure";
    public static final String EXTENSION = "decideExtension";
    public static final String SUBMIT_UNIT = "submitUnitReport";
    public static final String REVIEW = "reviewProgressReport";
    public static final String REPORT_DUE = "progressReportDue";
    public static final String FOLLOW_UP = "followUpEscalation";
    public static final int MAX_OBSTACLE = 2000;
    public static final int MAX_NOTE = 4000;

    /** A task of the current user, with the position through which it is theirs. */
    public record MyTask(WorkItem item, CurrentPosition via) {
    }

    public enum ScreeningOutcome { CONFIRM, RETURN }

    public enum ClosureOutcome { CLOSE, FURTHER_ACTION }

    public enum ExtensionOutcome { GRANT, REFUSE }

    public enum ReviewOutcome { ACCEPT, RETURN }

    public enum UnitReportOutcome { SUBMIT, RETURN }

    /** How long an identical progress report from the same position counts as the same click. */
    private static final java.time.Duration DUPLICATE_WINDOW = java.time.Duration.ofMinutes(10);

    private final WorkInbox inbox;
    private final Tasks tasks;
    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final DirectiveEventRepository events;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final th.tidtam.process.Workflows workflows;
    private final th.tidtam.process.WorkRouting workRouting;
    private final ProgressReportRepository reports;
    private final PositionAlertRepository alerts;
    private final PartRouting routing;

    DirectiveTasks(WorkInbox inbox, Tasks tasks, DirectiveRepository directives, DirectivePartRepository parts,
            DirectiveEventRepository events, OrgDirectory org, WorkingCalendar calendar, CurrentUser currentUser,
            Clock clock, th.tidtam.process.Workflows workflows, th.tidtam.process.WorkRouting workRouting,
            ProgressReportRepository reports, PositionAlertRepository alerts, PartRouting routing) {
        this.workRouting = workRouting;
        this.reports = reports;
        this.alerts = alerts;
        this.routing = routing;
        this.inbox = inbox;
        this.workflows = workflows;
        this.tasks = tasks;
        this.directives = directives;
        this.parts = parts;
        this.events = events;
        this.org = org;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<MyTask> mine(String taskId) {
        if (taskId == null) {
            return Optional.empty();
        }
        TidtamUser user = currentUser.require();
        List<CurrentPosition> positions = org.positionsFilled(user.personId());
        return inbox.byTaskId(taskId).flatMap(item -> positions.stream()
                .filter(p -> item.candidateGroups().contains(p.code())).findFirst().map(p -> new MyTask(item, p)));
    }

    /**
     * The head of office (or whoever acts for that position) confirms the directive, correcting the due date and
     * cadence if needed, or sends it back to the governor with a question.
     */
    @Transactional
    public void screen(String taskId, ScreeningOutcome outcome, String note, LocalDate correctedDueDate,
            Cadence correctedCadence) {
        MyTask task = require(taskId, SCREEN);
        Directive directive = directive(task);
        String text = note(note, outcome == ScreeningOutcome.RETURN);
        Instant now = clock.instant();
        if (outcome == ScreeningOutcome.CONFIRM) {
            if (correctedDueDate != null && !correctedDueDate.equals(directive.getDueDate())) {
                if (correctedDueDate.isBefore(calendar.today())) {
                    throw new RuleViolation("directive.error.due-in-past", correctedDueDate);
                }
                if (!calendar.isWorkingDay(correctedDueDate)) {
                    throw new RuleViolation("directive.error.due-not-working-day", correctedDueDate,
                            calendar.nextWorkingDay(correctedDueDate));
                }
                directive.setDueDate(correctedDueDate);
                for (DirectivePart part : parts.findByDirectiveIdOrderByLeadDescIdAsc(directive.getId())) {
                    part.setDueDate(correctedDueDate);
                }
            }
            if (correctedCadence != null) {
                directive.setCadence(correctedCadence);
            }
            directive.setStatus(DirectiveStatus.IN_PROGRESS);
            record(directive, task, DirectiveEvent.Kind.SCREENED, text, now);
        } else {
            directive.setStatus(DirectiveStatus.RETURNED_TO_GOVERNOR);
            record(directive, task, DirectiveEvent.Kind.RETURNED_TO_GOVERNOR, text, now);
        }
        tasks.complete(taskId, Map.of("outcome", outcome.name()));
    }

    /** The governor answers the provincial office's question; the directive goes back to screening. */
    @Transactional
    public void answer(String taskId, String answer) {
        MyTask task = require(taskId, ANSWER);
        Directive directive = directive(task);
        String text = note(answer, true);
        directive.setStatus(DirectiveStatus.SCREENING);
        record(directive, task, DirectiveEvent.Kind.ANSWERED, text, clock.instant());
        tasks.complete(taskId, Map.of());
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
        MyTask task = require(taskId, ACKNOWLEDGE);
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        part.setStatus(th.tidtam.directive.domain.PartStatus.ACKNOWLEDGED);
        part.setAcknowledgedAt(clock.instant());
        recordPart(directive, part, task, DirectiveEvent.Kind.ACKNOWLEDGED, null);
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
        MyTask task = mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        String kind = task.item().taskDefinitionKey();
        if (!REPORT.equals(kind) && !REPORT_DUE.equals(kind)) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        String from = routing.workerGroup(part.getId());
        delegatePart(directive, part, task, delegateTo);
        List<String> open = tasks.openTasksOfScope(directive.getProcessInstanceId(), List.of(REPORT, REPORT_DUE), "partId",
                part.getId());
        workRouting.moveTasks(open, from, routing.workerGroup(part.getId()));
    }

    /**
     * The positions the part of this task can be handed to: filled positions below whoever works it now, nearest
     * first.
     */
    @Transactional(readOnly = true)
    public List<th.tidtam.org.service.PositionSummary> delegateCandidates(String taskId) {
        MyTask task = mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        String kind = task.item().taskDefinitionKey();
        if (!ACKNOWLEDGE.equals(kind) && !REPORT.equals(kind) && !REPORT_DUE.equals(kind)) {
            return List.of();
        }
        DirectivePart part = partToRead(task, directive(task));
        Long worker = part.getWorkerPositionId();
        List<th.tidtam.org.service.PositionSummary> all = org.allPositions();
        Map<Long, Long> reportsTo = new java.util.HashMap<>();
        all.forEach(p -> reportsTo.put(p.id(), p.reportsToId()));
        List<th.tidtam.org.service.PositionSummary> below = new java.util.ArrayList<>();
        for (th.tidtam.org.service.PositionSummary p : all) {
            int depth = 0;
            for (Long up = p.reportsToId(); up != null && depth < 64; up = reportsTo.get(up), depth++) {
                if (up.equals(worker)) {
                    if (!p.actors().isEmpty()) {
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
        part.delegate(from, delegateTo);
        String title = org.position(delegateTo).map(p -> p.titleTh()).orElse("");
        recordPart(directive, part, task, DirectiveEvent.Kind.DELEGATED, title);
        alerts.save(new PositionAlert(delegateTo, directive.getId(), part.getId(), PositionAlert.Kind.DELEGATED_TO_YOU,
                clock.instant(), directive.getNumber() + " " + directive.getSubject()));
    }

    /**
     * A progress report (รายงานความก้าวหน้า) on the part: status, percent done, what was done and, when blocked, the
     * obstacle. It goes one level up for review and fulfils any report the cadence asked for; it never finishes the
     * part.
     */
    @Transactional
    public Long fileProgressReport(String taskId, Progress progress, Integer percent, String body, String obstacle) {
        MyTask task = mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        String kind = task.item().taskDefinitionKey();
        if (!REPORT.equals(kind) && !REPORT_DUE.equals(kind)) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        if (progress == null) {
            throw new RuleViolation("directive.error.progress-required");
        }
        if (percent == null || percent < 0 || percent > 100) {
            throw new RuleViolation("directive.error.percent-range");
        }
        String text = note(body, true);
        String why = limited(obstacle, MAX_OBSTACLE);
        if (progress == Progress.BLOCKED && why == null) {
            throw new RuleViolation("directive.error.obstacle-required");
        }
        if (sameAsJustSent(part, task, progress, percent, text, why)) {
            throw new RuleViolation("directive.error.progress-duplicate");
        }
        Long reviewer = part.isDelegated() && part.getDelegatedByPositionId() != null ? part.getDelegatedByPositionId()
                : org.positionWithRole(th.tidtam.org.PositionRole.HEAD_OF_OFFICE).orElseThrow();
        ProgressReport report = reports.save(new ProgressReport(directive.getId(), part.getId(), clock.instant(),
                currentUser.require().personId(), task.via().positionId(), task.via().capacity(), progress, percent, text, why,
                reviewer));
        part.progressReported(progress, percent);
        part.setReportDue(null);
        recordPart(directive, part, task, DirectiveEvent.Kind.PROGRESS_REPORTED, percent + "% · " + progress.name() + " · " + text);
        workflows.messageToScope("progressReported", String.valueOf(directive.getId()), "partId", part.getId());
        for (String due : tasks.openTasksOfScope(directive.getProcessInstanceId(), List.of(REPORT_DUE), "partId", part.getId())) {
            tasks.complete(due, Map.of());
        }
        return report.getId();
    }

    /** The reviewer one level up accepts the progress report or returns it with a comment. */
    @Transactional
    public void reviewProgressReport(String taskId, ReviewOutcome outcome, String comment) {
        MyTask task = require(taskId, REVIEW);
        Directive directive = directive(task);
        ProgressReport report = reports.findByReviewTaskId(taskId).orElseThrow(ApiProblems.NotFound::new);
        String text = note(comment, outcome == ReviewOutcome.RETURN);
        Instant now = clock.instant();
        report.review(outcome == ReviewOutcome.ACCEPT ? ProgressReport.Review.ACCEPTED : ProgressReport.Review.RETURNED, now,
                currentUser.require().personId(), task.via().positionId(), task.via().capacity(), text);
        DirectivePart part = parts.findById(report.getPartId()).orElseThrow();
        recordPart(directive, part, task, outcome == ReviewOutcome.ACCEPT ? DirectiveEvent.Kind.REPORT_ACCEPTED
                : DirectiveEvent.Kind.REPORT_RETURNED, text);
        if (outcome == ReviewOutcome.RETURN) {
            alerts.save(new PositionAlert(report.getPositionId(), directive.getId(), part.getId(), PositionAlert.Kind.REPORT_RETURNED,
                    now, text));
        }
        tasks.complete(taskId, Map.of());
    }

    /** The unit head submits the delegate's result as the unit's final report, or returns it with a comment. */
    @Transactional
    public void submitUnitReport(String taskId, UnitReportOutcome outcome, String note) {
        MyTask task = require(taskId, SUBMIT_UNIT);
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        String text = note(note, true);
        if (outcome == UnitReportOutcome.SUBMIT) {
            endWait(part);
            part.setStatus(th.tidtam.directive.domain.PartStatus.DONE);
            part.setFinishedAt(clock.instant());
            recordPart(directive, part, task, DirectiveEvent.Kind.FINAL_REPORT, text);
        } else {
            part.setStatus(th.tidtam.directive.domain.PartStatus.ACKNOWLEDGED);
            recordPart(directive, part, task, DirectiveEvent.Kind.UNIT_REPORT_RETURNED, text);
            alerts.save(new PositionAlert(part.getWorkerPositionId(), directive.getId(), part.getId(),
                    PositionAlert.Kind.REPORT_RETURNED, clock.instant(), text));
        }
        tasks.complete(taskId, Map.of("outcome", outcome.name()));
    }

    /**
     * Whoever works the part marks it as waiting on another agency's input (รอข้อมูลจากหน่วยงานอื่น), with the agency
     * and why. The working days spent waiting are kept apart: the on-time rate does not count them against the unit,
     * and a waiting part is not escalated as overdue. One wait at a time.
     */
    @Transactional
    public void startWaiting(String taskId, Long onUnitId, String reason) {
        MyTask task = mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        if (!REPORT.equals(task.item().taskDefinitionKey()) && !REPORT_DUE.equals(task.item().taskDefinitionKey())) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        if (part.isWaiting()) {
            throw new RuleViolation("directive.error.already-waiting");
        }
        if (onUnitId == null || org.unit(onUnitId).isEmpty()) {
            throw new RuleViolation("directive.error.waiting-unit-required");
        }
        if (onUnitId.equals(part.getUnitId())) {
            throw new RuleViolation("directive.error.waiting-on-itself");
        }
        String why = limited(reason, 500);
        if (why == null) {
            throw new RuleViolation("task.error.note-required");
        }
        part.startWaiting(onUnitId, calendar.today(), why);
        String unitName = org.unit(onUnitId).map(UnitSummary::nameTh).orElse("");
        recordPart(directive, part, task, DirectiveEvent.Kind.WAITING_STARTED, unitName + " · " + why);
    }

    /** The awaited input has come: the wait ends and its working days are added to the part's waiting total. */
    @Transactional
    public void stopWaiting(String taskId) {
        MyTask task = mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        if (!part.isWaiting()) {
            throw new RuleViolation("directive.error.not-waiting");
        }
        int days = endWait(part);
        recordPart(directive, part, task, DirectiveEvent.Kind.WAITING_ENDED, String.valueOf(days));
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
        MyTask task = require(taskId, FOLLOW_UP);
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        recordPart(directive, part, task, DirectiveEvent.Kind.FOLLOWED_UP, note(note, true));
        tasks.complete(taskId, Map.of());
    }

    /**
     * The unit's final report goes to the provincial office and finishes the unit's part. Interim reports never do
     * this: only the final report closes a part, and only the governor closes the directive.
     */
    @Transactional
    public void submitFinalReport(String taskId, String report) {
        MyTask task = require(taskId, REPORT);
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        String text = note(report, true);
        if (part.isDelegated()) {
            // the delegate hands the result to the unit head, who submits the unit's final report
            part.setStatus(th.tidtam.directive.domain.PartStatus.FINAL_SUBMITTED);
            recordPart(directive, part, task, DirectiveEvent.Kind.DELEGATE_RESULT, text);
        } else {
            endWait(part);
            part.setStatus(th.tidtam.directive.domain.PartStatus.DONE);
            part.setFinishedAt(clock.instant());
            recordPart(directive, part, task, DirectiveEvent.Kind.FINAL_REPORT, text);
        }
        tasks.complete(taskId, Map.of());
    }

    /** The provincial office has checked every unit's evidence and proposes closure to the governor. */
    @Transactional
    public void proposeClosure(String taskId, String note) {
        MyTask task = require(taskId, EVIDENCE);
        Directive directive = directive(task);
        directive.setStatus(DirectiveStatus.CLOSURE_PROPOSED);
        record(directive, task, DirectiveEvent.Kind.CLOSURE_PROPOSED, note(note, false), clock.instant());
        tasks.complete(taskId, Map.of());
    }

    /**
     * The governor closes the directive (ปิดเรื่อง) or orders further action for chosen units: a new round within
     * the same directive, with a new due date.
     */
    @Transactional
    public void decideClosure(String taskId, ClosureOutcome outcome, String note, List<Long> furtherUnitIds,
            LocalDate furtherDueDate) {
        MyTask task = require(taskId, CLOSURE);
        Directive directive = directive(task);
        Instant now = clock.instant();
        if (outcome == ClosureOutcome.CLOSE) {
            directive.setStatus(DirectiveStatus.CLOSED);
            directive.setClosedAt(now);
            record(directive, task, DirectiveEvent.Kind.CLOSED, note(note, false), now);
        } else {
            String text = note(note, true);
            if (furtherUnitIds == null || furtherUnitIds.isEmpty()) {
                throw new RuleViolation("directive.error.further-action-units");
            }
            if (furtherDueDate == null) {
                throw new RuleViolation("directive.error.due-required");
            }
            if (furtherDueDate.isBefore(calendar.today())) {
                throw new RuleViolation("directive.error.due-in-past", furtherDueDate);
            }
            if (!calendar.isWorkingDay(furtherDueDate)) {
                throw new RuleViolation("directive.error.due-not-working-day", furtherDueDate,
                        calendar.nextWorkingDay(furtherDueDate));
            }
            List<DirectivePart> existing = parts.findByDirectiveIdOrderByLeadDescIdAsc(directive.getId());
            int round = directive.getRound() + 1;
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
            record(directive, task, DirectiveEvent.Kind.FURTHER_ACTION, text, now);
        }
        tasks.complete(taskId, Map.of("outcome", outcome.name()));
    }

    /**
     * The holder of a part asks for more time (ขอขยายเวลา) with a reason and a proposed date; the work goes on while
     * the head of office decides. One request at a time per part.
     */
    @Transactional
    public void requestExtension(String taskId, String reason, LocalDate proposedDue) {
        MyTask task = mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        String kind = task.item().taskDefinitionKey();
        if (!ACKNOWLEDGE.equals(kind) && !REPORT.equals(kind) && !SUBMIT_UNIT.equals(kind)) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        String text = note(reason, true);
        if (part.getExtensionRequestedDue() != null) {
            throw new RuleViolation("directive.error.extension-pending");
        }
        if (proposedDue == null || !proposedDue.isAfter(part.getDueDate())) {
            throw new RuleViolation("directive.error.extension-not-later", part.getDueDate());
        }
        if (!calendar.isWorkingDay(proposedDue)) {
            throw new RuleViolation("directive.error.due-not-working-day", proposedDue, calendar.nextWorkingDay(proposedDue));
        }
        part.requestExtension(proposedDue, text);
        recordPart(directive, part, task, DirectiveEvent.Kind.EXTENSION_REQUESTED, proposedDue + " · " + text);
        workflows.messageToScope("extensionRequested", String.valueOf(directive.getId()), "partId", part.getId());
    }

    /** The head of office grants a new due date (the original stays on record) or refuses, with a reason. */
    @Transactional
    public void decideExtension(String taskId, ExtensionOutcome outcome, LocalDate grantedDue, String note) {
        MyTask task = require(taskId, EXTENSION);
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        if (part.getExtensionRequestedDue() == null) {
            throw new RuleViolation("directive.error.extension-none");
        }
        if (outcome == ExtensionOutcome.GRANT) {
            LocalDate due = grantedDue == null ? part.getExtensionRequestedDue() : grantedDue;
            if (!due.isAfter(part.getDueDate()) || !calendar.isWorkingDay(due)) {
                throw new RuleViolation("directive.error.extension-not-later", part.getDueDate());
            }
            part.setDueDate(due);
            part.clearEscalation();
            String n = note(note, false);
            recordPart(directive, part, task, DirectiveEvent.Kind.EXTENSION_GRANTED, due + (n == null ? "" : " · " + n));
            for (String k : List.of(REPORT, SUBMIT_UNIT)) {
                tasks.moveDueDate(directive.getProcessInstanceId(), k, "partId", part.getId(),
                        java.util.Date.from(calendar.endOfWorkingDay(due)));
            }
        } else {
            recordPart(directive, part, task, DirectiveEvent.Kind.EXTENSION_REFUSED, note(note, true));
        }
        part.clearExtensionRequest();
        tasks.complete(taskId, Map.of());
    }

    /** The task's part, locked for the rest of the transaction (every caller goes on to change it). */
    private DirectivePart part(MyTask task, Directive directive) {
        Object id = tasks.variable(task.item().taskId(), "partId").orElseThrow(ApiProblems.NotFound::new);
        return belongs(parts.lockById(((Number) id).longValue()).orElseThrow(ApiProblems.NotFound::new), directive);
    }

    private DirectivePart partToRead(MyTask task, Directive directive) {
        Object id = tasks.variable(task.item().taskId(), "partId").orElseThrow(ApiProblems.NotFound::new);
        return belongs(parts.findById(((Number) id).longValue()).orElseThrow(ApiProblems.NotFound::new), directive);
    }

    private static DirectivePart belongs(DirectivePart part, Directive directive) {
        if (!part.getDirectiveId().equals(directive.getId())) {
            throw new ApiProblems.NotFound();
        }
        return part;
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
        return mine(taskId).flatMap(t -> reports.findByReviewTaskId(taskId)).map(ProgressReport::getId);
    }

    /** The part of a task, for screens: which unit, which round, due when. */
    @Transactional(readOnly = true)
    public Optional<Long> partIdOf(String taskId) {
        return tasks.variable(taskId, "partId").map(v -> ((Number) v).longValue());
    }

    private void recordPart(Directive directive, DirectivePart part, MyTask task, DirectiveEvent.Kind kind, String detail) {
        events.save(new DirectiveEvent(directive.getId(), part.getId(), clock.instant(), kind, currentUser.require().personId(),
                task.via().positionId(), task.via().capacity(), detail));
    }

    private MyTask require(String taskId, String expectedKind) {
        MyTask task = mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        if (!expectedKind.equals(task.item().taskDefinitionKey())) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        return task;
    }

    private Directive directive(MyTask task) {
        Long id = task.item().directiveId();
        return directives.findById(id == null ? -1L : id).orElseThrow(ApiProblems.NotFound::new);
    }

    private void record(Directive directive, MyTask task, DirectiveEvent.Kind kind, String detail, Instant at) {
        events.save(new DirectiveEvent(directive.getId(), null, at, kind, currentUser.require().personId(),
                task.via().positionId(), task.via().capacity(), detail));
    }

    private static String limited(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new RuleViolation("task.error.note-too-long", max);
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new RuleViolation("task.error.note-control-characters");
        }
        if (!th.tidtam.base.Texts.wellFormed(v)) {
            throw new RuleViolation("error.text-invalid-unicode", "field.text");
        }
        return v;
    }

    private static String note(String value, boolean required) {
        String v = limited(value, MAX_NOTE);
        if (v == null && required) {
            throw new RuleViolation("task.error.note-required");
        }
        return v;
    }
}
