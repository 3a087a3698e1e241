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
import th.tidtam.base.text.FreeText;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.directive.Progress;
import th.tidtam.directive.domain.ProgressReport;
import th.tidtam.directive.domain.ProgressReportRepository;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.process.Tasks;
import th.tidtam.security.CurrentUser;
import th.tidtam.work.MyTask;
import th.tidtam.work.MyTasks;

/**
 * The directive's task keys and the one guard every stage passes through: a task is open to whoever holds or acts in
 * one of its positions today (anyone else is told it does not exist), it must be of the kind the step expects, its
 * directive and part are loaded (the part locked), and what happens is recorded with who did it, in which position and
 * capacity. The steps themselves live by stage of the follow-up model: {@link ScreeningAndClosure},
 * {@link UnitPartTasks}, {@link ExtensionTasks}, {@link ProgressReviewTasks}.
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

    public enum ScreeningOutcome { CONFIRM, RETURN }

    public enum ClosureOutcome { CLOSE, FURTHER_ACTION }

    public enum ExtensionOutcome { GRANT, REFUSE }

    public enum ReviewOutcome { ACCEPT, RETURN }

    public enum UnitReportOutcome { SUBMIT, RETURN }


    private final MyTasks myTasks;
    private final Tasks tasks;
    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final Timeline timeline;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final Clock clock;

    DirectiveTasks(MyTasks myTasks, Tasks tasks, DirectiveRepository directives, DirectivePartRepository parts,
            Timeline timeline, OrgDirectory org, CurrentUser currentUser, Clock clock) {
        this.myTasks = myTasks;
        this.tasks = tasks;
        this.directives = directives;
        this.parts = parts;
        this.timeline = timeline;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The task, when it is the current user's (see {@link MyTasks}). */
    @Transactional(readOnly = true)
    public Optional<MyTask> mine(String taskId) {
        return myTasks.mine(taskId);
    }

    /** The part of a task, for screens: which unit, which round, due when. */
    @Transactional(readOnly = true)
    public Optional<Long> partIdOf(String taskId) {
        return tasks.variable(taskId, "partId").map(v -> ((Number) v).longValue());
    }

    /** My task of the expected kind, or "not found" (someone else's) / "wrong kind" (a task of another step). */
    MyTask require(String taskId, String... expectedKinds) {
        MyTask task = mine(taskId).orElseThrow(ApiProblems.NotFound::new);
        if (!List.of(expectedKinds).contains(task.item().taskDefinitionKey())) {
            throw new RuleViolation("task.error.wrong-kind");
        }
        return task;
    }

    Directive directive(MyTask task) {
        Long id = task.item().isOfCaseType(DirectiveCase.TYPE) ? task.item().caseId() : null;
        return directives.findById(id == null ? -1L : id).orElseThrow(ApiProblems.NotFound::new);
    }

    /** The task's part, locked for the rest of the transaction (every caller goes on to change it). */
    DirectivePart part(MyTask task, Directive directive) {
        return belongs(parts.lockById(partId(task)).orElseThrow(ApiProblems.NotFound::new), directive);
    }

    DirectivePart partToRead(MyTask task, Directive directive) {
        return belongs(parts.findById(partId(task)).orElseThrow(ApiProblems.NotFound::new), directive);
    }

    /**
     * The part a task is about, as its inbox row recorded it when the task was created (a task's part never changes);
     * a task created before the row carried its part is asked of the engine.
     */
    private long partId(MyTask task) {
        Long recorded = task.item().casePartId();
        if (recorded != null) {
            return recorded;
        }
        Object id = tasks.variable(task.item().taskId(), "partId")
                .orElseThrow(() -> new ApiProblems.NotFound("task.error.not-found-or-done"));
        return ((Number) id).longValue();
    }

    private static DirectivePart belongs(DirectivePart part, Directive directive) {
        if (!part.getDirectiveId().equals(directive.getId())) {
            throw new ApiProblems.NotFound();
        }
        return part;
    }

    void recordPart(Directive directive, DirectivePart part, MyTask task, DirectiveEvent.Kind kind, String detail) {
        timeline.record(DirectiveCase.of(directive.getId()), part.getId(), kind, new ActorStamp(currentUser.require().personId(), task.via().positionId(), task.via().capacity()),
                detail, clock.instant());
    }

    void record(Directive directive, MyTask task, DirectiveEvent.Kind kind, String detail, Instant at) {
        timeline.record(DirectiveCase.of(directive.getId()), null, kind, new ActorStamp(currentUser.require().personId(), task.via().positionId(), task.via().capacity()),
                detail, at);
    }

    /** An optional free text of a step (a note, an obstacle, a reason): the one free-text rule, several lines. */
    static String limited(String value, int max) {
        return FreeText.multiLine(max).optional(value, problem -> refusal(problem, max));
    }

    /** The note of a step; required to return, refuse or report. */
    static String note(String value, boolean required) {
        String v = limited(value, MAX_NOTE);
        if (v == null && required) {
            throw new RuleViolation("task.error.note-required");
        }
        return v;
    }

    private static RuleViolation refusal(FreeText.Problem problem, int max) {
        return switch (problem) {
            case TOO_LONG -> new RuleViolation("task.error.note-too-long", max);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", "field.text");
            case MISSING, CONTROL_CHARACTERS -> new RuleViolation("task.error.note-control-characters");
        };
    }
}
