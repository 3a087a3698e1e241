package th.tidtam.outgoing.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.outgoing.service.OutgoingDocuments;

/** Runs a change of the outgoing screens (a refusal shown in the user's words) and offers the documents to download. */
final class OutgoingActions {

    private static final Translations TRANSLATIONS = new Translations();

    private OutgoingActions() {
    }

    static boolean run(String doneKey, Runnable change) {
        UI ui = UI.getCurrent();
        try {
            change.run();
            Notifications.success(ui.getTranslation(doneKey));
            return true;
        } catch (RuleViolation refused) {
            Notifications.refused(refused, TRANSLATIONS);
        } catch (AccessDeniedException denied) {
            Notifications.error(ui.getTranslation("error.forbidden"));
        } catch (ApiProblems.NotFound gone) {
            Notifications.error(ui.getTranslation("error.not-found"));
        }
        return false;
    }

    /** A download link; the document service checks visibility when the file is fetched. */
    static Anchor download(String label, String testId, String mime, Supplier<OutgoingDocuments.Document> document) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                OutgoingDocuments.Document d = document.get();
                return new DownloadResponse(new ByteArrayInputStream(d.bytes()), d.filename(), mime, d.bytes().length);
            } catch (ApiProblems.NotFound gone) {
                return DownloadResponse.error(404);
            } catch (RuleViolation refused) {
                return DownloadResponse.error(400);
            }
        });
        Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.DOWNLOAD_ALT.create());
        a.add(" " + label);
        a.getElement().setAttribute("data-testid", testId);
        return a;
    }
}
