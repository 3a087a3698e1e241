package th.tidtam.coordination.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.coordination.domain.CoordinationPartyRepository;
import th.tidtam.coordination.domain.CoordinationRequestRepository;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoDecided;
import th.tidtam.memo.MemoSubject;
import th.tidtam.memo.SubjectSummary;
import th.tidtam.org.service.CurrentPosition;

/**
 * The request as the subject of a memo to the governor (เสนอผลการประสานงาน): acknowledged (ทราบ) closes it; assigned
 * (มอบ … ดำเนินการ) turns it into a directive, which the memo module issues with the memo as its source.
 */
@Component
class CoordinationMemoSubject implements MemoSubject {

    static final String MATTER = "GENERAL";

    private final CoordinationRequestRepository requests;
    private final CoordinationPartyRepository parties;
    private final CoordinationAccess access;
    private final CoordinationClosing closing;

    CoordinationMemoSubject(CoordinationRequestRepository requests, CoordinationPartyRepository parties,
            CoordinationAccess access, CoordinationClosing closing) {
        this.requests = requests;
        this.parties = parties;
        this.access = access;
        this.closing = closing;
    }

    @Override
    public String caseType() {
        return CoordinationCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SubjectSummary> summary(long subjectId) {
        List<CurrentPosition> mine = access.mine();
        return requests.findById(subjectId).filter(r -> r.getNumberValue() != null)
                .filter(r -> access.sees(mine, r, parties.findByRequestIdOrderByIdAsc(subjectId)))
                .map(r -> new SubjectSummary(CoordinationRequests.number(r), r.getSubject(),
                        "หนังสือขอความร่วมมือ " + CoordinationRequests.number(r), r.getSecrecy(), r.getUrgency(), MATTER));
    }

    @Override
    public Set<Decision> decisions(long subjectId) {
        return EnumSet.of(Decision.ACKNOWLEDGE, Decision.ASSIGN);
    }

    @Override
    public void presented(long subjectId, long memoId) {
        closing.presented(subjectId, memoId);
    }

    @Override
    public void decided(long subjectId, MemoDecided decision) {
        closing.decided(subjectId, decision);
    }
}
