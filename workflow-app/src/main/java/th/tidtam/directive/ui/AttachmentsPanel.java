package th.tidtam.directive.ui;

import th.tidtam.casework.ui.CaseAttachmentsPanel;
import th.tidtam.directive.service.DirectiveCase;

/**
 * A directive's files on a screen: the casework core's {@link CaseAttachmentsPanel} for the directive's case, under
 * the directive's attachment rules. Kept with these two factories so that screens (the directive page, a task's
 * evidence) add it in one line: {@code AttachmentsPanel.forDirective(directiveId)},
 * {@code AttachmentsPanel.forPart(directiveId, partId)}.
 */
public final class AttachmentsPanel {

    private AttachmentsPanel() {
    }

    /** The files of a whole directive. */
    public static CaseAttachmentsPanel forDirective(Long directiveId) {
        return CaseAttachmentsPanel.forCase(DirectiveCase.of(directiveId));
    }

    /** The evidence of one unit's part; uploads land on that part. */
    public static CaseAttachmentsPanel forPart(Long directiveId, Long partId) {
        return CaseAttachmentsPanel.forPart(DirectiveCase.of(directiveId), partId);
    }
}
