package th.tidtam.casework.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import th.tidtam.base.i18n.Translations;
import th.tidtam.casework.attachment.CaseAttachments;

/**
 * Files chosen on a form before their case exists: each is checked on arrival (size, type, content) and kept in
 * memory, then attached in the same transaction that creates the case (e.g. issuing a directive).
 */
public class PendingAttachments extends VerticalLayout {

    private final List<CaseAttachments.NewFile> files = Collections.synchronizedList(new ArrayList<>());

    /** @param noteKey the translation key of the form's note on when the files are attached */
    public PendingAttachments(CaseAttachments attachments, Translations translations, String noteKey) {
        setPadding(false);
        setId("attachments");
        add(new H3(getTranslation("attachment.heading")));
        var upload = AttachmentUploads.create(attachments, translations, event -> {
            byte[] bytes = event.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachments.maxSizeBytes() + 1));
            attachments.check(event.getFileName(), bytes);
            files.add(new CaseAttachments.NewFile(event.getFileName(), event.getContentType(), bytes));
        });
        upload.addFileRemovedListener(e -> files.removeIf(f -> f.fileName().equals(e.getFileName())));
        Span hint = new Span(AttachmentUploads.hint(attachments) + " · " + UI.getCurrent().getTranslation(noteKey));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(upload, hint);
    }

    /** The accepted files, in the order they arrived. */
    public List<CaseAttachments.NewFile> files() {
        synchronized (files) {
            return List.copyOf(files);
        }
    }
}
