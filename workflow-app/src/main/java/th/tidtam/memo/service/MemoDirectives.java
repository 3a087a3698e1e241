package th.tidtam.memo.service;

import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.SourceKind;
import th.tidtam.directive.service.DirectiveService;
import th.tidtam.directive.service.IssueDirective;
import th.tidtam.memo.SubjectSummary;
import th.tidtam.memo.domain.Memo;

/**
 * "มอบ &lt;units&gt; ดำเนินการ": the decision that issues a directive, as the deciding user, sourced from the memo
 * (LETTER when the memo is about an incoming letter, else ANNOTATION). The directive service checks the issuer.
 */
@Component
class MemoDirectives {

    private final DirectiveService directives;
    private final MemoSubjects subjects;

    MemoDirectives(DirectiveService directives, MemoSubjects subjects) {
        this.directives = directives;
        this.subjects = subjects;
    }

    long issue(Memo memo, DecideMemo command, String note) {
        if (command.leadUnitId() == null) {
            throw new RuleViolation("memo.error.assign-unit-missing");
        }
        if (command.dueDate() == null) {
            throw new RuleViolation("memo.error.assign-due-missing");
        }
        SubjectSummary subject = subjects.summaryIfAny(memo.getSubjectType(), memo.getSubjectId()).orElse(null);
        SourceKind source = "LETTER_IN".equals(memo.getSubjectType()) ? SourceKind.LETTER : SourceKind.ANNOTATION;
        String reference = "บันทึก " + memo.getNumber() + (subject == null || subject.reference() == null ? "" : " " + subject.reference());
        if (reference.length() > 255) {
            reference = reference.substring(0, 255);
        }
        String text = note != null ? note : memo.getSubject();
        List<Long> supporting = command.supportingUnitIds() == null ? List.of() : command.supportingUnitIds();
        return directives.issueAndTell(new IssueDirective(memo.getSubject(), text, memo.getUrgency().name(),
                memo.getSecrecy().name(), command.leadUnitId(), supporting, false, command.dueDate(), null,
                Cadence.NONE, null, source, reference, null, null, null)).id();
    }
}
