package th.tidtam.memo.service;

import th.tidtam.casework.Clearance;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.casework.search.SearchText;
import th.tidtam.memo.MemoStatus;
import th.tidtam.memo.SubjectSummary;
import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoRepository;
import th.tidtam.memo.domain.MemoText;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.WorkItemVariables;
import th.tidtam.process.Workflows;

/**
 * The drafter's side of a memo: draft it (numbered บันทึก N/BE-year), correct it while it is a draft or returned,
 * send it up (the first time it starts the {@code memo-chain} process; after a return it completes the correction
 * task), or withdraw it. Every step locks the memo's row and checks its state, so a double click or two sends at once
 * leave one winner and a clear refusal for the other.
 */
@Service
public class MemoDrafting {

    private final MemoRepository memos;
    private final MemoAccess access;
    private final MemoRouting routing;
    private final MemoSubjects subjects;
    private final MemoTexts texts;
    private final MemoRecords records;
    private final MemoFlow flow;
    private final NumberSeries numbers;
    private final OrgDirectory org;

    private final Clearance clearance;
    private final th.tidtam.memo.domain.MemoReachRepository reach;
    MemoDrafting(MemoRepository memos, MemoAccess access, MemoRouting routing, MemoSubjects subjects, MemoTexts texts,
            MemoRecords records, MemoFlow flow, NumberSeries numbers, OrgDirectory org, Clearance clearance,
            th.tidtam.memo.domain.MemoReachRepository reach) {
        this.clearance = clearance;
        this.reach = reach;
        this.memos = memos;
        this.access = access;
        this.routing = routing;
        this.subjects = subjects;
        this.texts = texts;
        this.records = records;
        this.flow = flow;
        this.numbers = numbers;
        this.org = org;
    }

    /** Drafts a memo in one of the current user's positions; returns its id. */
    @Transactional
    public long draft(MemoDraft draft) {
        CurrentPosition via = drafterPosition(draft.positionId());
        SubjectSummary subject = null;
        if (draft.subjectType() != null || draft.subjectId() != null) {
            if (draft.subjectType() == null || draft.subjectId() == null) {
                throw new RuleViolation("memo.error.subject-unknown");
            }
            subject = subjects.summary(draft.subjectType(), draft.subjectId());
        }
        MemoText text = text(draft, via.positionId(), subject);
        // the drafter's position is on the route: a classified memo only from a position cleared for its class
        clearance.requireCleared(via.positionId(), text.secrecy(), MemoCase.TYPE, null, "draft");
        int beYear = MemoCase.SERIES.periodOf(org.today());
        long province = access.provinceOf(via);
        Memo memo = new Memo(province, numbers.next(province, MemoCase.SERIES, beYear), beYear, access.stamp(via),
                records.now());
        memo.write(text, records.now());
        if (subject != null) {
            memo.about(draft.subjectType(), draft.subjectId());
        }
        memo.searchText(search(memo, subject));
        memos.save(memo);
        records.reached(memo, via.positionId());
        records.event(memo, MemoEvent.DRAFTED, memo.getDrafter(), null);
        return memo.getId();
    }

    /** Corrects the text while the memo is a draft or returned for correction. */
    @Transactional
    public void edit(long memoId, MemoDraft draft) {
        Memo memo = lockedOwn(memoId);
        if (memo.getStatus() != MemoStatus.DRAFT && memo.getStatus() != MemoStatus.RETURNED) {
            throw new RuleViolation("memo.error.not-editable");
        }
        SubjectSummary subject = subjects.summaryIfAny(memo.getSubjectType(), memo.getSubjectId()).orElse(null);
        MemoText text = text(draft, memo.getDrafter().positionId(), subject);
        if (text.secrecy() != memo.getSecrecy()) {
            // a raised class re-checks the route the memo already has: every position it reached must be cleared
            for (var reached : reach.findByMemoId(memo.getId())) {
                clearance.requireCleared(reached.getPositionId(), text.secrecy(), MemoCase.TYPE, memo.getId(), "reclassify");
            }
        }
        memo.write(text, records.now());
        memo.searchText(search(memo, subject));
        records.event(memo, MemoEvent.EDITED, stamp(memo), null);
    }

    /** Sends the memo up to its first filled level (the first time, or again after a correction). */
    @Transactional
    public void submit(long memoId, String note) {
        Memo memo = lockedOwn(memoId);
        if (memo.getStatus() != MemoStatus.DRAFT && memo.getStatus() != MemoStatus.RETURNED) {
            throw new RuleViolation("memo.error.already-sent");
        }
        String clean = MemoTexts.note(note, false);
        boolean first = memo.getStatus() == MemoStatus.DRAFT;
        ActorStamp by = stamp(memo);
        MemoRoute.Step step = routing.next(memo.getDrafter().positionId(), memo.getAddresseePositionId(), null)
                .orElseThrow(() -> new RuleViolation("memo.error.addressee-not-above"));
        clearance.requireReceiving(step.target(), memo.getSecrecy(), MemoCase.TYPE, memo.getId(), "forward");
        records.annotate(memo, by, new MemoRecords.Annotation(th.tidtam.memo.domain.AnnotationKind.SUBMIT, null,
                step.target(), memo.getPurpose(), null, clean));
        flow.moveTo(memo, step, by);
        if (first) {
            // only ids and codes go into the engine: Camunda's MySQL schema is utf8 (3-byte), and the subject (Thai
            // text with emoji) lives in the memo's utf8mb4 table
            Map<String, Object> variables = new HashMap<>();
            variables.put("memoId", memo.getId());
            variables.put("memoNumber", memo.getNumber());
            variables.put(WorkItemVariables.URGENCY, memo.getUrgency().name());
            variables.put(WorkItemVariables.SECRECY, memo.getSecrecy().name());
            variables.put("levelGroup", routing.group(step.target()));
            variables.put(WorkItemVariables.MEANT_FOR, flow.meantFor(step));
            variables.put("drafterGroup", routing.group(memo.getDrafter().positionId()));
            memo.started(flow.start(memo, variables));
            if (memo.getSubjectType() != null) {
                subjects.require(memo.getSubjectType()).presented(memo.getSubjectId(), memo.getId());
            }
        } else {
            flow.completeTo(memo, MemoCase.TASK_CORRECT, "RESUBMIT", step);
        }
        records.event(memo, MemoEvent.SUBMITTED, by, records.title(step.target()));
    }

    /** Withdraws a draft or a returned memo: nothing more happens to it. */
    @Transactional
    public void withdraw(long memoId, String note) {
        Memo memo = lockedOwn(memoId);
        if (memo.getStatus() != MemoStatus.DRAFT && memo.getStatus() != MemoStatus.RETURNED) {
            throw new RuleViolation("memo.error.not-withdrawable");
        }
        boolean returned = memo.getStatus() == MemoStatus.RETURNED;
        memo.withdrawn(records.now());
        if (returned) {
            flow.complete(memo, MemoCase.TASK_CORRECT, "WITHDRAW", null);
        }
        records.event(memo, MemoEvent.WITHDRAWN, stamp(memo), MemoTexts.note(note, false));
    }

    /** The positions the current user may draft in (those they fill today). */
    /** What the record a new memo is about says of itself (empty when the drafter may not see it), for the form. */
    public java.util.Optional<th.tidtam.memo.SubjectSummary> subjectSummary(String caseType, Long subjectId) {
        return subjects.summaryIfAny(caseType, subjectId);
    }

    /** Whether the record a new memo is about waits for a signature (an outgoing draft, an order). */
    public boolean subjectAwaitsSignature(String caseType, Long subjectId) {
        return subjectId != null && subjects.decisions(caseType, subjectId).contains(th.tidtam.memo.Decision.SIGN);
    }

    public java.util.List<CurrentPosition> myPositions() {
        return access.mine();
    }

    /** The positions a memo drafted in this position may be addressed to, nearest first. */
    public java.util.List<th.tidtam.org.service.PositionSummary> addressees(Long positionId) {
        return positionId == null ? java.util.List.of() : routing.addressees(positionId);
    }

    private MemoText text(MemoDraft draft, Long drafterPositionId, SubjectSummary subject) {
        Long addressee = draft.addresseePositionId() != null ? draft.addresseePositionId()
                : java.util.Optional.ofNullable(routing.governor(drafterPositionId))
                        // a position in no province (the installation's, the Ministry's) has no governor to write to
                        .orElseThrow(() -> new RuleViolation("org.error.no-province"));
        routing.levels(drafterPositionId, addressee); // refuses an addressee not above the drafter
        String salutation = org.position(addressee).map(p -> p.titleTh()).orElse("");
        return texts.check(draft, org.today(), addressee, salutation, subject);
    }

    private CurrentPosition drafterPosition(Long positionId) {
        var mine = access.mine();
        if (mine.isEmpty()) {
            throw new RuleViolation("memo.error.no-position");
        }
        if (positionId == null) {
            return mine.get(0);
        }
        return mine.stream().filter(p -> p.positionId().equals(positionId)).findFirst()
                .orElseThrow(() -> new RuleViolation("memo.error.not-your-position"));
    }

    /** The memo locked, visible to the caller, and the caller filling the drafter's position today. */
    private Memo lockedOwn(long memoId) {
        Memo memo = access.visible(memos.lockById(memoId));
        access.requireFilling(memo.getDrafter().positionId(), "memo.error.not-drafter");
        return memo;
    }

    private ActorStamp stamp(Memo memo) {
        return access.stamp(access.requireFilling(memo.getDrafter().positionId(), "memo.error.not-drafter"));
    }

    static String search(Memo memo, SubjectSummary subject) {
        return SearchText.fold(memo.getNumber(), memo.getSubject(), memo.getAgency(), memo.getReferenceNo(),
                memo.getBody(), subject == null ? null : subject.number(), subject == null ? null : subject.reference());
    }

}
