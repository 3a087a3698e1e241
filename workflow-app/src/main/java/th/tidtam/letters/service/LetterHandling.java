package th.tidtam.letters.service;

import th.tidtam.casework.Clearance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.letters.LetterStatus;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.RouteRole;
import th.tidtam.letters.domain.IncomingLetter;
import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.letters.domain.LetterRouteEntry;
import th.tidtam.letters.domain.LetterRouteRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.Tasks;

/**
 * What the position handling an incoming letter does with it (task {@code handleLetter}): files it with the action
 * taken, hands it to another position, or presents it up with a memo — the memo module tells this module when the
 * memo went up and when it was decided. The letter's row is locked and its state checked first: a double click or two
 * holders of the position at once — one wins, the other is told it is already done.
 */
@Service
public class LetterHandling {

    /** What the handling task's completion tells the process (gateway in incoming-letter.bpmn). */
    static final String OUTCOME = "outcome";

    private final IncomingLetterRepository letters;
    private final LetterRouteRepository route;
    private final LetterAccess access;
    private final LetterViews views;
    private final Timeline timeline;
    private final Tasks tasks;
    private final OrgDirectory org;
    private final Translations translations;
    private final Clock clock;
    private final Clearance clearance;

    LetterHandling(IncomingLetterRepository letters, LetterRouteRepository route, LetterAccess access, LetterViews views,
            Timeline timeline, Tasks tasks, OrgDirectory org, Translations translations, Clock clock, Clearance clearance) {
        this.clearance = clearance;
        this.letters = letters;
        this.route = route;
        this.access = access;
        this.views = views;
        this.timeline = timeline;
        this.tasks = tasks;
        this.org = org;
        this.translations = translations;
        this.clock = clock;
    }

    private record Step(IncomingLetter letter, CurrentPosition via, ActorStamp by, Instant at) {
    }

    /** Files the letter with the action taken (การปฏิบัติ); its handling ends. */
    @Transactional
    public LetterSummary file(long letterId, String action) {
        Step step = handlerStep(letterId);
        String text = LetterText.lines(action, "letters.field.action", LetterText.MAX_ACTION, true);
        step.letter().setActionTaken(text);
        step.letter().setStatus(LetterStatus.FILED);
        timeline.record(LetterCase.of(letterId), null, LetterEvent.FILED, step.by(), null, step.at());
        completeTask(step.letter(), "FILED");
        return views.letter(step.letter());
    }

    /** Hands the letter to another position to handle, with a note; the task moves to that position. */
    @Transactional
    public LetterSummary handTo(long letterId, Long positionId, String note) {
        Step step = handlerStep(letterId);
        String text = LetterText.lines(note, "letters.field.note", LetterText.MAX_NOTE, false);
        // another province's position is "not found" here (one of no province may serve, as before)
        if (positionId == null || org.position(positionId)
                .filter(p -> p.provinceId() == null || p.provinceId().equals(step.letter().getProvinceId())).isEmpty()) {
            throw new RuleViolation("letters.error.position-not-found");
        }
        if (positionId.equals(step.letter().getHandlerPositionId())) {
            throw new RuleViolation("letters.error.same-handler");
        }
        clearance.requireReceiving(positionId, step.letter().getSecrecy(), LetterCase.TYPE, letterId, "forward");
        step.letter().setHandlerPositionId(positionId);
        route.save(new LetterRouteEntry(letterId, positionId, RouteRole.HANDLER, text, step.letter().getSecrecy(), step.by(),
                step.at()));
        timeline.record(LetterCase.of(letterId), null, LetterEvent.HANDED, step.by(),
                org.position(positionId).map(p -> p.code()).orElse(null), step.at());
        completeTask(step.letter(), "HANDED");
        return views.letter(step.letter());
    }

    /**
     * A memo about the letter went up the chain: its handling task ends as "presented". Only while the letter is with
     * its handler, by the handler (or the correspondence section); refused otherwise, and the memo with it.
     */
    @Transactional
    public void presented(long letterId, long memoId) {
        List<CurrentPosition> mine = access.mine();
        IncomingLetter letter = letters.lockById(letterId).filter(l -> access.sees(mine, l)).orElseThrow(LetterAccess::notFound);
        if (!letter.getStatus().open()) {
            throw new RuleViolation("letters.error.not-with-handler", LetterSummary.format(letter.getReceivedNumber()));
        }
        CurrentPosition via = access.handlerVia(mine, letter).or(() -> access.clerk(mine))
                .orElseThrow(() -> new RuleViolation("letters.error.not-handler"));
        ActorStamp by = access.stamp(via);
        Instant now = clock.instant();
        letter.setStatus(LetterStatus.PRESENTED);
        route.save(new LetterRouteEntry(letterId, via.positionId(), RouteRole.PRESENTED, "#" + memoId, letter.getSecrecy(), by, now));
        timeline.record(LetterCase.of(letterId), null, LetterEvent.PRESENTED, by, String.valueOf(memoId), now);
        completeTask(letter, "PRESENTED");
    }

    /**
     * The memo about the letter was decided: the decision (e.g. "มอบ … ดำเนินการ", "ทราบ") goes into the letter's action
     * (การปฏิบัติ) with the memo's note, and the deciding position joins the route.
     *
     * @param decisionKey the decision's name (ACKNOWLEDGE, ASSIGN, ...)
     */
    @Transactional
    public void decided(long letterId, String decisionKey, ActorStamp by, Instant at, String note, Long directiveId) {
        IncomingLetter letter = letters.lockById(letterId).orElseThrow(LetterAccess::notFound);
        String decision = translations.getTranslation("letters.decision." + decisionKey, Translations.THAI);
        String action = decision + (note == null || note.isBlank() ? "" : " — " + note.strip())
                + (directiveId == null ? "" : " (" + translations.getTranslation("letters.decision.directive", Translations.THAI,
                        directiveId) + ")");
        String before = letter.getActionTaken();
        String all = before == null || before.isBlank() ? action : before + "\n" + action;
        letter.setActionTaken(all.length() > LetterText.MAX_ACTION ? all.substring(all.length() - LetterText.MAX_ACTION) : all);
        letter.setStatus(LetterStatus.DECIDED);
        if (by.positionId() != null) {
            route.save(new LetterRouteEntry(letterId, by.positionId(), RouteRole.DECIDED, null, letter.getSecrecy(), by, at));
        }
        timeline.record(LetterCase.of(letterId), null, LetterEvent.DECIDED, by, decisionKey, at);
    }

    private Step handlerStep(long letterId) {
        List<CurrentPosition> mine = access.mine();
        IncomingLetter letter = letters.lockById(letterId).filter(l -> access.sees(mine, l)).orElseThrow(LetterAccess::notFound);
        if (!letter.getStatus().open()) {
            throw new RuleViolation("task.error.already-done");
        }
        CurrentPosition via = access.handlerVia(mine, letter)
                .orElseThrow(() -> new AccessDeniedException("only the position handling the letter acts on it"));
        return new Step(letter, via, access.stamp(via), clock.instant());
    }

    private void completeTask(IncomingLetter letter, String outcome) {
        if (letter.getProcessInstanceId() == null) {
            return;
        }
        List<String> open = tasks.openTasksOfScope(letter.getProcessInstanceId(), Set.of(LetterCase.TASK_HANDLE), "letterId",
                letter.getId());
        for (String taskId : open) {
            tasks.complete(taskId, Map.of(OUTCOME, outcome));
        }
    }
}
