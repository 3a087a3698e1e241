package th.tidtam.outgoing.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoDecided;
import th.tidtam.memo.MemoStatus;
import th.tidtam.memo.MemoSubject;
import th.tidtam.memo.service.MemoQueries;
import th.tidtam.memo.SubjectSummary;
import th.tidtam.outgoing.OutgoingStatus;
import th.tidtam.outgoing.domain.OutgoingLetter;
import th.tidtam.outgoing.domain.OutgoingLetterRepository;

/**
 * The outgoing draft as a memo's subject: a memo asks for its signature; "ลงนาม" numbers and signs it in the deciding
 * transaction (as the decider), "ไม่อนุมัติ" puts it back to a draft. Only the memo it was presented with decides it.
 */
@Component
class OutgoingMemoSubject implements MemoSubject {

    private final OutgoingLetterRepository letters;
    private final OutgoingDrafts drafts;
    private final OutgoingSigning signing;
    private final Timeline timeline;
    private final java.time.Clock clock;
    /** Lazily: the memo module's beans may need the subjects (this one among them) to be built. */
    private final ObjectProvider<MemoQueries> memos;

    OutgoingMemoSubject(OutgoingLetterRepository letters, OutgoingDrafts drafts, OutgoingSigning signing,
            Timeline timeline, java.time.Clock clock, ObjectProvider<MemoQueries> memos) {
        this.memos = memos;
        this.letters = letters;
        this.drafts = drafts;
        this.signing = signing;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public String caseType() {
        return OutgoingCase.TYPE;
    }

    @Override
    public Optional<SubjectSummary> summary(long subjectId) {
        return drafts.letter(subjectId).map(l -> new SubjectSummary(l.number(), l.subject(),
                // a draft has no number yet: its book's code only, the number comes with the signature
                l.number() == null ? "ร่างหนังสือ" + (l.circular() ? "เวียน " : " ") + l.ownerCode()
                        : "หนังสือ " + l.number() + " ลงวันที่ " + ThaiDates.formatMedium(l.letterDate(), Translations.THAI),
                l.secrecy(), l.urgency(), l.matter()));
    }

    @Override
    public Set<Decision> decisions(long subjectId) {
        return EnumSet.of(Decision.SIGN, Decision.DISAPPROVE);
    }

    @Override
    @Transactional
    public void presented(long subjectId, long memoId) {
        OutgoingLetter letter = letters.lockById(subjectId).orElseThrow(() -> new RuleViolation("outgoing.error.no-letter"));
        OutgoingSigning.requireUnsigned(letter);
        // another memo still up the chain keeps it; one withdrawn or decided lets a new memo present it again
        if (letter.getStatus() == OutgoingStatus.PRESENTED && letter.getMemoId() != null && letter.getMemoId() != memoId
                && memos.getObject().about(OutgoingCase.TYPE, subjectId).stream()
                        .anyMatch(m -> m.id() == letter.getMemoId() && m.status() == MemoStatus.IN_CHAIN)) {
            throw new RuleViolation("outgoing.error.already-presented");
        }
        Instant now = clock.instant();
        letter.presented(memoId, now);
        letters.saveAndFlush(letter);
        timeline.record(OutgoingCase.of(subjectId), null, OutgoingEvent.PRESENTED, letter.getDraftedBy(), "memo " + memoId, now);
    }

    @Override
    @Transactional
    public void decided(long subjectId, MemoDecided decision) {
        OutgoingLetter letter = letters.lockById(subjectId).orElseThrow(() -> new RuleViolation("outgoing.error.no-letter"));
        if (letter.getMemoId() == null || letter.getMemoId() != decision.memoId()) {
            OutgoingSigning.requireUnsigned(letter);
            throw new RuleViolation("outgoing.error.not-this-memo");
        }
        switch (decision.decision()) {
            case SIGN -> signing.sign(subjectId, decision.by());
            case DISAPPROVE -> {
                OutgoingSigning.requireUnsigned(letter);
                letter.settle(OutgoingStatus.DRAFT, clock.instant());
                letters.saveAndFlush(letter);
                timeline.record(OutgoingCase.of(subjectId), null, OutgoingEvent.DISAPPROVED, decision.by(), decision.note(),
                        clock.instant());
            }
            default -> throw new RuleViolation("outgoing.error.decision-not-allowed", decision.decision().name());
        }
    }
}
