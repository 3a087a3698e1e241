package th.tidtam.memo.service;

import th.tidtam.org.SecrecyClass;
import th.tidtam.casework.Clearance;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoStatus;
import th.tidtam.memo.MemoSummary;
import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoAnnotation;
import th.tidtam.memo.domain.MemoAnnotationRepository;
import th.tidtam.memo.domain.MemoRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/** Reading memos: one memo with its annotations, the lists of the memos screen, and memos about a subject. */
@Service
@Transactional(readOnly = true)
public class MemoQueries {

    /** Which memos a list shows. */
    public enum Scope {
        /** drafted in my positions */
        MINE,
        /** waiting at one of my positions */
        WAITING,
        /** every memo I may see */
        ALL
    }

    private final MemoRepository memos;
    private final MemoAnnotationRepository annotations;
    private final MemoAccess access;
    private final MemoSubjects subjects;
    private final OrgDirectory org;

    MemoQueries(MemoRepository memos, MemoAnnotationRepository annotations, MemoAccess access, MemoSubjects subjects,
            OrgDirectory org) {
        this.memos = memos;
        this.annotations = annotations;
        this.access = access;
        this.subjects = subjects;
        this.org = org;
    }

    /** Whether any memo was ever drafted (the demo loads its memos once). */
    public boolean anyDrafted() {
        return memos.count() > 0;
    }

    /** The memos about a subject that the current user may see, newest first. */
    public List<MemoSummary> about(String caseType, long subjectId) {
        List<CurrentPosition> mine = access.mine();
        List<Memo> found = memos.findBySubjectTypeAndSubjectIdOrderByIdDesc(caseType, subjectId).stream()
                .filter(m -> access.sees(mine, m)).toList();
        return summaries(found);
    }

    /** The memo with its annotations; "not found" when the caller may not see it. */
    public MemoDetails details(long memoId) {
        Memo memo = access.visible(memos.findById(memoId));
        return MemoViews.details(memo, annotations.findByMemoIdOrderBySeqAsc(memoId), titles(memo),
                subjects.summaryIfAny(memo.getSubjectType(), memo.getSubjectId()).orElse(null), actions(memo));
    }

    /** The memo itself for the PDF and the page, checked as {@link #details}. */
    public Optional<MemoDetails> find(long memoId) {
        try {
            return Optional.of(details(memoId));
        } catch (ApiProblems.NotFound e) {
            return Optional.empty();
        }
    }

    public List<MemoSummary> list(Scope scope, int offset, int limit) {
        List<Long> mine = MemoAccess.ids(access.mine());
        if (mine.isEmpty() || limit <= 0) {
            return List.of();
        }
        Pageable page = PageRequest.of(offset / limit, limit);
        return summaries(switch (scope) {
            case MINE -> memos.findByDrafterPositionIdInOrderByUpdatedAtDesc(mine, page);
            case WAITING -> memos.findByAtPositionIdInOrderByUpdatedAtDesc(mine, page);
            case ALL -> MemoAccess.seesAll(access.mine())
                    ? memos.findByProvinceIdInOrderByUpdatedAtDescIdDesc(access.provinces(access.mine()), page)
                    : memos.reachedBy(access.provinces(access.mine()), mine, Clearance.clearedIds(access.mine(), SecrecyClass.CONFIDENTIAL),
                            Clearance.clearedIds(access.mine(), SecrecyClass.SECRET), page);
        });
    }

    public long count(Scope scope) {
        List<Long> mine = MemoAccess.ids(access.mine());
        if (mine.isEmpty()) {
            return 0;
        }
        return switch (scope) {
            case MINE -> memos.countByDrafterPositionIdIn(mine);
            case WAITING -> memos.countByAtPositionIdIn(mine);
            case ALL -> MemoAccess.seesAll(access.mine()) ? memos.countByProvinceIdIn(access.provinces(access.mine()))
                    : memos.countReachedBy(access.provinces(access.mine()), mine, Clearance.clearedIds(access.mine(), SecrecyClass.CONFIDENTIAL),
                            Clearance.clearedIds(access.mine(), SecrecyClass.SECRET));
        };
    }

    private List<MemoSummary> summaries(List<Memo> found) {
        Map<Long, PositionSummary> at = org.summaries(found.stream().map(Memo::getAtPositionId)
                .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        return found.stream().map(m -> {
            PositionSummary p = m.getAtPositionId() == null ? null : at.get(m.getAtPositionId());
            return new MemoSummary(m.getId(), m.getNumber(), m.getSubject(), m.getStatus(),
                    p == null ? null : p.titleTh(), p == null ? null : p.titleEn(), m.getDecision(), m.getUpdatedAt());
        }).toList();
    }

    private Map<Long, PositionSummary> titles(Memo memo) {
        Set<Long> ids = new java.util.HashSet<>();
        ids.add(memo.getDrafter().positionId());
        ids.add(memo.getAddresseePositionId());
        if (memo.getAtPositionId() != null) {
            ids.add(memo.getAtPositionId());
        }
        for (MemoAnnotation a : annotations.findByMemoIdOrderBySeqAsc(memo.getId())) {
            if (a.getToPositionId() != null) {
                ids.add(a.getToPositionId());
            }
            if (a.getOnBehalfOfPositionId() != null) {
                ids.add(a.getOnBehalfOfPositionId());
            }
        }
        return org.summaries(ids).stream().collect(Collectors.toMap(PositionSummary::id, Function.identity()));
    }

    private MemoDetails.Actions actions(Memo memo) {
        boolean drafter = access.filling(memo.getDrafter().positionId()).isPresent();
        boolean open = memo.getStatus() == MemoStatus.DRAFT || memo.getStatus() == MemoStatus.RETURNED;
        boolean inChain = memo.getStatus() == MemoStatus.IN_CHAIN;
        boolean atMine = inChain && access.filling(memo.getAtPositionId()).isPresent();
        boolean atTop = inChain && memo.getAddresseePositionId().equals(memo.getAtPositionId());
        boolean delegated = inChain && (atMine || atTop) && access.delegation(memo.getAddresseePositionId(), memo.getMatter()).isPresent();
        boolean decide = (atMine && atTop) || delegated;
        Set<Decision> decisions = decide ? subjects.decisions(memo.getSubjectType(), memo.getSubjectId()) : EnumSet.noneOf(Decision.class);
        return new MemoDetails.Actions(drafter && open, drafter && open, drafter && open, atMine && !atTop, atMine,
                decide, decisions);
    }
}
