package th.tidtam.letters.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.letters.domain.IncomingLetterRepository;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoDecided;
import th.tidtam.memo.MemoSubject;
import th.tidtam.memo.SubjectSummary;
import th.tidtam.org.service.CurrentPosition;

/**
 * The incoming letter as the subject of a memo (เสนอหนังสือรับด้วยบันทึกข้อความ): its heading for the memo, the
 * decisions a letter allows (all but signing: there is nothing of ours to sign), and the two moments the memo module
 * reports back — sent up (the handling task ends) and decided (the decision becomes the letter's action).
 */
@Component
class LetterMemoSubject implements MemoSubject {

    /** A letter received is the office's general business unless the memo names another matter. */
    static final String MATTER = "GENERAL";

    private final IncomingLetterRepository letters;
    private final LetterAccess access;
    private final LetterHandling handling;

    LetterMemoSubject(IncomingLetterRepository letters, LetterAccess access, LetterHandling handling) {
        this.letters = letters;
        this.access = access;
        this.handling = handling;
    }

    @Override
    public String caseType() {
        return LetterCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectSummary> summary(long subjectId) {
        List<CurrentPosition> mine = access.mine();
        return letters.findById(subjectId).filter(l -> access.sees(mine, l)).map(l -> new SubjectSummary(
                "รับ " + l.getReceivedYear() + "/" + String.format("%05d", l.getReceivedNumber()), l.getSubject(),
                ThaiDigits.toThai("หนังสือ " + l.getFromParty() + " ที่ " + l.getSenderNumber() + " ลงวันที่ "
                        + ThaiDates.formatMedium(l.getSenderDate(), Translations.THAI)),
                l.getSecrecy(), l.getUrgency(), MATTER));
    }

    @Override
    public Set<Decision> decisions(long subjectId) {
        return EnumSet.complementOf(EnumSet.of(Decision.SIGN));
    }

    @Override
    public void presented(long subjectId, long memoId) {
        handling.presented(subjectId, memoId);
    }

    @Override
    public void decided(long subjectId, MemoDecided decision) {
        handling.decided(subjectId, decision.decision().name(), decision.by(), decision.at(), decision.note(),
                decision.directiveId());
    }
}
