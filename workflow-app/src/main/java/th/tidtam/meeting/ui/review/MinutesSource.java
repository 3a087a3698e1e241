package th.tidtam.meeting.ui.review;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.meeting.extraction.MinutesDocuments;

/**
 * Where the minutes come in: pasted into the text area, or a .txt, .docx or text-based .pdf whose text is put into
 * the text area (so the reviewer sees what was read). A file that is not what it says is refused with the
 * extraction's own message.
 */
final class MinutesSource extends VerticalLayout {

    private final TextArea text = new TextArea();

    MinutesSource(Translations translations, Consumer<String> read) {
        setPadding(false);
        text.setLabel(getTranslation("meeting.ui.import.paste"));
        text.setWidthFull();
        text.setMinHeight("14em");
        text.setMaxHeight("24em");
        text.setMaxLength(MinutesDocuments.MAX_CHARS);
        text.setPlaceholder(getTranslation("meeting.ui.import.paste-placeholder"));
        text.getElement().setAttribute("data-testid", "minutes-text");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                String content = MinutesDocuments.text(metadata.fileName(), bytes);
                text.setValue(content.length() > MinutesDocuments.MAX_CHARS ? content.substring(0, MinutesDocuments.MAX_CHARS) : content);
                Notifications.success(getTranslation("meeting.ui.import.file-read", metadata.fileName()));
            } catch (RuleViolation refused) {
                Notifications.refused(refused, translations);
            }
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MinutesDocuments.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".docx", ".pdf");
        String tooBig = getTranslation("meeting.ui.import.file-too-large", MinutesDocuments.MAX_BYTES / (1024 * 1024));
        String wrongType = getTranslation("meeting.ui.import.file-type");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("meeting.ui.import.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("meeting.ui.import.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(tooBig).setIncorrectFileType(wrongType)
                        .setTooManyFiles(getTranslation("meeting.ui.import.one-file"))));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.getElement().setAttribute("data-testid", "minutes-upload");
        Span hint = new Span(getTranslation("meeting.ui.import.upload-hint", MinutesDocuments.MAX_BYTES / (1024 * 1024)));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

        Button go = new Button(getTranslation("meeting.ui.import.read"), e -> read.accept(text.getValue()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.getElement().setAttribute("data-testid", "minutes-read");
        HorizontalLayout files = new HorizontalLayout(upload, hint);
        files.setAlignItems(Alignment.CENTER);
        add(text, files, go);
    }
}
