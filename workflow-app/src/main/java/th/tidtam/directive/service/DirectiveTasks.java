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
import th.tidtam.directive.domain.Cadence;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.domain.DirectiveEventRepository;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
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
    public static final int MAX_NOTE = 4000;

    /** A task of the current user, with the position through which it is theirs. */
    public record MyTask(WorkItem item, CurrentPosition via) {
    }

    public enum ScreeningOutcome { CONFIRM, RETURN }

    public enum ClosureOutcome { CLOSE, FURTHER_ACTION }

    public enum ExtensionOutcome { GRANT, REFUSE }

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

    DirectiveTasks(WorkInbox inbox, Tasks tasks, DirectiveRepository directives, DirectivePartRepository parts,
            DirectiveEventRepository events, OrgDirectory org, WorkingCalendar calendar, CurrentUser currentUser,
            Clock clock, th.tidtam.process.Workflows workflows) {
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
        MyTask task = require(taskId, ACKNOWLEDGE);
        Directive directive = directive(task);
        DirectivePart part = part(task, directive);
        part.setStatus(th.tidtam.directive.domain.PartStatus.ACKNOWLEDGED);
        part.setAcknowledgedAt(clock.instant());
        recordPart(directive, part, task, DirectiveEvent.Kind.ACKNOWLEDGED, null);
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
        part.setStatus(th.tidtam.directive.domain.PartStatus.DONE);
        part.setFinishedAt(clock.instant());
        recordPart(directive, part, task, DirectiveEvent.Kind.FINAL_REPORT, text);
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
        if (!ACKNOWLEDGE.equals(kind) && !REPORT.equals(kind)) {
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
            String n = note(note, false);
            recordPart(directive, part, task, DirectiveEvent.Kind.EXTENSION_GRANTED, due + (n == null ? "" : " · " + n));
            tasks.moveDueDate(directive.getProcessInstanceId(), REPORT, "partId", part.getId(),
                    java.util.Date.from(calendar.endOfWorkingDay(due)));
        } else {
            recordPart(directive, part, task, DirectiveEvent.Kind.EXTENSION_REFUSED, note(note, true));
        }
        part.clearExtensionRequest();
        tasks.complete(taskId, Map.of());
    }

    private DirectivePart part(MyTask task, Directive directive) {
        Object id = tasks.variable(task.item().taskId(), "partId").orElseThrow(ApiProblems.NotFound::new);
        DirectivePart part = parts.findById(((Number) id).longValue()).orElseThrow(ApiProblems.NotFound::new);
        if (!part.getDirectiveId().equals(directive.getId())) {
            throw new ApiProblems.NotFound();
        }
        return part;
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

    private static String note(String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new RuleViolation("task.error.note-required");
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_NOTE) {
            throw new RuleViolation("task.error.note-too-long", MAX_NOTE);
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new RuleViolation("task.error.note-control-characters");
        }
        return v;
    }
}
