package th.tidtam.memo.service;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.memo.Decision;
import th.tidtam.memo.MemoSubject;
import th.tidtam.memo.SubjectSummary;

/** The MemoSubject beans of the modules that plug in (letters, outgoing, orders), by case type. */
@Component
class MemoSubjects {

    private final Map<String, MemoSubject> byType;

    MemoSubjects(ObjectProvider<MemoSubject> subjects) {
        this.byType = subjects.orderedStream().collect(Collectors.toUnmodifiableMap(MemoSubject::caseType, Function.identity()));
    }

    Optional<MemoSubject> of(String caseType) {
        return caseType == null ? Optional.empty() : Optional.ofNullable(byType.get(caseType));
    }

    MemoSubject require(String caseType) {
        return of(caseType).orElseThrow(() -> new RuleViolation("memo.error.subject-unknown"));
    }

    /** The subject's summary; refused as unknown when it does not exist or the caller may not see it. */
    SubjectSummary summary(String caseType, long subjectId) {
        return require(caseType).summary(subjectId).orElseThrow(() -> new RuleViolation("memo.error.subject-unknown"));
    }

    Optional<SubjectSummary> summaryIfAny(String caseType, Long subjectId) {
        return subjectId == null ? Optional.empty() : of(caseType).flatMap(s -> s.summary(subjectId));
    }

    /** What may be decided at the top: the subject's say, or for a plain memo every order but signing. */
    Set<Decision> decisions(String caseType, Long subjectId) {
        if (caseType == null || subjectId == null) {
            return EnumSet.complementOf(EnumSet.of(Decision.SIGN));
        }
        return of(caseType).map(s -> s.decisions(subjectId)).orElse(Set.of());
    }
}
