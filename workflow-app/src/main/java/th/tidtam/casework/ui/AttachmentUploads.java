package th.tidtam.casework.ui;

import java.io.IOException;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.attachment.CaseAttachments;

/** The upload field shared by the attachments panel and the forms of every case type: same limits, same messages. */
final class AttachmentUploads {

    private AttachmentUploads() {
    }

    /** What to do with one received file; a {@link RuleViolation} refuses it. */
    interface Receiver {
        void receive(UploadEvent event) throws IOException;
    }

    /**
     * An upload that refuses over-size and unlisted files in the browser already (with the same message the server
     * would give) and shows the server's refusal both as a notification and as a failed file in the list.
     */
    static Upload create(CaseAttachments attachments, Translations translations, Receiver receiver) {
        Upload upload = new Upload(new Refusing(translations, receiver));
        UI ui = UI.getCurrent();
        String tooBig = ui.getTranslation("attachment.error.too-large", "", CaseAttachments.humanSize(attachments.maxSizeBytes()));
        String wrongType = ui.getTranslation("attachment.error.type-not-allowed", "", allowed(attachments.allowedTypes()));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, attachments.maxSizeBytes()));
        upload.setAcceptedFileTypes(attachments.allowedTypes().stream().map(t -> "." + t).toArray(String[]::new));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(ui.getTranslation("attachment.upload"))
                        .setMany(ui.getTranslation("attachment.upload")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(ui.getTranslation("attachment.drop"))
                        .setMany(ui.getTranslation("attachment.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(tooBig).setIncorrectFileType(wrongType))
                // a refusal arrives as a failed upload; the reason is in the notification
                .setUploading(new UploadI18N.Uploading().setError(new UploadI18N.Uploading.Error()
                        .setUnexpectedServerError(ui.getTranslation("attachment.not-attached")))));
        upload.addFileRejectedListener(e -> Notifications.error(tooBig.equals(e.getErrorMessage())
                ? ui.getTranslation("attachment.error.too-large", e.getFileName(), CaseAttachments.humanSize(attachments.maxSizeBytes()))
                : ui.getTranslation("attachment.error.type-not-allowed", e.getFileName(), allowed(attachments.allowedTypes()))));
        upload.setId("attachment-upload");
        upload.getElement().setAttribute("data-testid", "attachment-upload");
        return upload;
    }

    static String hint(CaseAttachments attachments) {
        return UI.getCurrent().getTranslation("attachment.hint", allowed(attachments.allowedTypes()),
                CaseAttachments.humanSize(attachments.maxSizeBytes()));
    }

    private static String allowed(List<String> types) {
        return String.join(", ", types.stream().map(t -> "." + t).toList());
    }

    /**
     * Turns a refusal into a failed upload rather than an exception: the browser marks the file as not uploaded
     * and the user reads why in a notification. The flag is per request thread, as each file is its own request.
     */
    private static final class Refusing implements UploadHandler {

        private static final ThreadLocal<Boolean> REFUSED = new ThreadLocal<>();
        private final Translations translations;
        private final Receiver receiver;

        Refusing(Translations translations, Receiver receiver) {
            this.translations = translations;
            this.receiver = receiver;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            try {
                receiver.receive(event);
            } catch (RuleViolation violation) {
                REFUSED.set(true);
                ui.access(() -> Notifications.refused(violation, translations));
            } catch (ApiProblems.NotFound gone) {
                REFUSED.set(true);
                ui.access(() -> Notifications.error(ui.getTranslation("error.not-found")));
            }
        }

        @Override
        public void responseHandled(boolean success, VaadinResponse response) {
            boolean refused = Boolean.TRUE.equals(REFUSED.get());
            REFUSED.remove();
            UploadHandler.super.responseHandled(success && !refused, response);
        }
    }
}
