package th.tidtam.memo.service;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoPurpose;
import th.tidtam.memo.domain.AnnotationKind;
import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoAnnotation;
import th.tidtam.memo.domain.MemoAnnotationRepository;
import th.tidtam.memo.domain.MemoReach;
import th.tidtam.memo.domain.MemoReachRepository;
import th.tidtam.org.service.OrgDirectory;

/** What every step of a memo writes: the เกษียน row, the timeline entry, the positions reached, the alert. */
@Component
class MemoRecords {

    /** What one annotation says, apart from who wrote it. */
    record Annotation(AnnotationKind kind, Long onBehalfOf, Long to, MemoPurpose purpose, Decision decision, String note) {
    }

    private final MemoAnnotationRepository annotations;
    private final MemoReachRepository reach;
    private final Timeline timeline;
    private final Alerts alerts;
    private final OrgDirectory org;
    private final Clock clock;

    MemoRecords(MemoAnnotationRepository annotations, MemoReachRepository reach, Timeline timeline, Alerts alerts,
            OrgDirectory org, Clock clock) {
        this.annotations = annotations;
        this.reach = reach;
        this.timeline = timeline;
        this.alerts = alerts;
        this.org = org;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void annotate(Memo memo, ActorStamp by, Annotation a) {
        String name = org.person(by.personId()).map(p -> p.fullNameTh()).orElse(null);
        var position = org.position(by.positionId()).orElse(null);
        annotations.save(new MemoAnnotation(memo.getId(), annotations.countByMemoId(memo.getId()) + 1, a.kind(), by,
                a.onBehalfOf(), name, position == null ? null : position.titleTh(),
                position == null ? null : position.titleEn(), a.to(), a.purpose(), a.decision(), a.note(),
                memo.getSecrecy(), now()));
    }

    void event(Memo memo, MemoEvent kind, ActorStamp by, String detail) {
        timeline.record(MemoCase.ref(memo.getId()), null, kind, by, detail, now());
    }

    void reached(Memo memo, Long positionId) {
        if (positionId != null && !reach.existsByMemoIdAndPositionId(memo.getId(), positionId)) {
            reach.save(new MemoReach(memo.getId(), positionId));
        }
    }

    void alert(Memo memo, Long positionId, AlertKind kind) {
        alerts.raise(positionId, MemoCase.ref(memo.getId()), null, kind, memo.getNumber() + " " + memo.getSubject(), now());
    }

    String title(Long positionId) {
        return org.position(positionId).map(p -> p.titleTh() + " (" + p.code() + ")").orElse(String.valueOf(positionId));
    }
}
