package th.tidtam.memo.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import th.tidtam.casework.Urgency;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoPurpose;
import th.tidtam.memo.MemoStatus;
import th.tidtam.memo.SubjectSummary;
import th.tidtam.org.SecrecyClass;

/** A memo as its page and the API show it, with its annotations in order and what the caller may do now. */
public record MemoDetails(long id, String number, String agency, String referenceNo, LocalDate memoDate, String subject,
        String salutation, String body, MemoPurpose purpose, String matter, Urgency urgency, SecrecyClass secrecy,
        String subjectType, Long subjectId, SubjectSummary about, Long drafterPositionId, String drafterTitleTh,
        String drafterTitleEn, Long addresseePositionId, String addresseeTitleTh, String addresseeTitleEn,
        MemoStatus status, Long atPositionId, String atTitleTh, String atTitleEn, Decision decision, Long directiveId,
        Instant createdAt, Instant updatedAt, List<AnnotationView> annotations, Actions actions) {

    /** One เกษียน as shown. */
    public record AnnotationView(int seq, String kind, String personName, String positionTitleTh,
            String positionTitleEn, String capacity, String onBehalfOfTitleTh, String onBehalfOfTitleEn,
            String toTitleTh, String toTitleEn, MemoPurpose purpose, Decision decision, String note, Instant at) {
    }

    /** What the caller may do with the memo now. */
    public record Actions(boolean edit, boolean submit, boolean withdraw, boolean present, boolean returnIt,
            boolean decide, Set<Decision> decisions) {
    }
}
