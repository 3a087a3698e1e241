package th.tidtam.directive.service;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.attachment.CaseAttachments.NewFile;
import th.tidtam.directive.domain.Directive;

/**
 * Issuing with files: the one thing about attachments only the directive does. Everything else — adding, listing,
 * downloading, the checks — is the casework core's {@link CaseAttachments}, asked with {@link DirectiveCase#of}, under
 * the directive's rules ({@code DirectiveAttachmentRules}).
 */
@Service
public class DirectiveAttachments {

    private final DirectiveService directiveService;
    private final CaseAttachments attachments;

    DirectiveAttachments(DirectiveService directiveService, CaseAttachments attachments) {
        this.directiveService = directiveService;
        this.attachments = attachments;
    }

    /**
     * Issues a directive and attaches the files the form received, in one transaction: a refused file leaves no
     * directive behind, so the governor can correct it and issue again without a stray number.
     */
    @Transactional
    public Directive issueWith(IssueDirective command, List<NewFile> files) {
        Directive directive = directiveService.issue(command);
        for (NewFile file : files) {
            attachments.add(DirectiveCase.of(directive.getId()), null, null, file.fileName(), file.contentType(), file.bytes());
        }
        return directive;
    }
}
