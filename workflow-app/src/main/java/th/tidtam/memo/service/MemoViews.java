package th.tidtam.memo.service;

import java.util.List;
import java.util.Map;

import th.tidtam.memo.SubjectSummary;
import th.tidtam.memo.domain.Memo;
import th.tidtam.memo.domain.MemoAnnotation;
import th.tidtam.org.service.PositionSummary;

/** Memo entities to the records the screens and the API show. */
final class MemoViews {

    private MemoViews() {
    }

    static MemoDetails details(Memo m, List<MemoAnnotation> annotations, Map<Long, PositionSummary> titles,
            SubjectSummary about, MemoDetails.Actions actions) {
        PositionSummary drafter = titles.get(m.getDrafter().positionId());
        PositionSummary addressee = titles.get(m.getAddresseePositionId());
        PositionSummary at = m.getAtPositionId() == null ? null : titles.get(m.getAtPositionId());
        return new MemoDetails(m.getId(), m.getNumber(), m.getAgency(), m.getReferenceNo(), m.getMemoDate(),
                m.getSubject(), m.getSalutation(), m.getBody(), m.getPurpose(), m.getMatter(), m.getUrgency(),
                m.getSecrecy(), m.getSubjectType(), m.getSubjectId(), about, m.getDrafter().positionId(),
                th(drafter), en(drafter), m.getAddresseePositionId(), th(addressee), en(addressee), m.getStatus(),
                m.getAtPositionId(), th(at), en(at), m.getDecision(), m.getDirectiveId(), m.getCreatedAt(),
                m.getUpdatedAt(), annotations.stream().map(a -> annotation(a, titles)).toList(), actions);
    }

    private static MemoDetails.AnnotationView annotation(MemoAnnotation a, Map<Long, PositionSummary> titles) {
        PositionSummary to = a.getToPositionId() == null ? null : titles.get(a.getToPositionId());
        PositionSummary behalf = a.getOnBehalfOfPositionId() == null ? null : titles.get(a.getOnBehalfOfPositionId());
        return new MemoDetails.AnnotationView(a.getSeq(), a.getKind().name(), a.getPersonName(), a.getPositionTitleTh(),
                a.getPositionTitleEn(), a.getBy().capacity() == null ? null : a.getBy().capacity().name(), th(behalf),
                en(behalf), th(to), en(to), a.getPurpose(), a.getDecision(), a.getNote(), a.getAnnotatedAt());
    }

    private static String th(PositionSummary p) {
        return p == null ? null : p.titleTh();
    }

    private static String en(PositionSummary p) {
        return p == null ? null : p.titleEn();
    }
}
