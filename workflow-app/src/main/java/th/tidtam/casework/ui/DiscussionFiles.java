package th.tidtam.casework.ui;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.discussion.DiscussionViews;

/** The discussion panel's smaller pieces: a comment's file link and the dialog with a comment's earlier texts. */
final class DiscussionFiles {

    private DiscussionFiles() {
    }

    /** A file posted with a comment; visibility is checked again when the bytes are fetched. */
    static Anchor link(CaseAttachments attachments, DiscussionViews.File file) {
        Long id = file.attachmentId();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                CaseAttachments.Download download = attachments.open(id);
                return new DownloadResponse(download.open(), download.item().fileName(), download.item().contentType(),
                        download.item().size());
            } catch (ApiProblems.NotFound gone) {
                return DownloadResponse.error(404);
            }
        });
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD,
                "📎 " + file.fileName() + " (" + CaseAttachments.humanSize(file.size()) + ")");
        link.getElement().setAttribute("data-testid", "discussion-file");
        return link;
    }

    /** Every text the comment had, oldest first, then the text it has now; all as text. */
    static Dialog historyDialog(DiscussionViews.History history, boolean thai, Function<Instant, String> when) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ui.getTranslation("discussion.history"));
        dialog.getElement().setAttribute("data-testid", "discussion-history");
        dialog.setWidth("min(40rem, 95vw)");
        for (DiscussionViews.Revision r : history.revisions()) {
            String by = Objects.requireNonNullElse(thai ? r.editorPositionTitleTh() : r.editorPositionTitleEn(), "")
                    + " (" + Objects.requireNonNullElse(thai ? r.editorNameTh() : r.editorNameEn(), "") + ")";
            dialog.add(entry(ui.getTranslation("discussion.history.replaced", when.apply(r.writtenAt()),
                    when.apply(r.replacedAt()), by), r.body()));
        }
        DiscussionViews.Comment now = history.comment();
        dialog.add(entry(ui.getTranslation("discussion.history.current",
                when.apply(now.editedAt() == null ? now.createdAt() : now.editedAt())), now.body()));
        Button close = new Button(ui.getTranslation("discussion.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        return dialog;
    }

    private static Div entry(String heading, String body) {
        Span head = new Span(heading);
        head.getStyle().set("font-weight", "600");
        Div text = new Div();
        text.setText(body);
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        Div entry = new Div(head, text);
        entry.getElement().setAttribute("data-testid", "discussion-revision");
        entry.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return entry;
    }
}
