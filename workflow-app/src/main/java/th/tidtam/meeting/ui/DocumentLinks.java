package th.tidtam.meeting.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.meeting.service.MeetingDocuments;

/** Download links for the agenda and the minutes as A4 PDFs; the document service checks visibility when fetched. */
final class DocumentLinks {

    private DocumentLinks() {
    }

    static Anchor link(String label, String testId, Supplier<MeetingDocuments.Document> document) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                MeetingDocuments.Document d = document.get();
                return new DownloadResponse(new ByteArrayInputStream(d.bytes()), d.filename(), "application/pdf", d.bytes().length);
            } catch (ApiProblems.NotFound gone) {
                return DownloadResponse.error(404);
            } catch (RuleViolation refused) {
                return DownloadResponse.error(400);
            }
        });
        Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.FILE_TEXT_O.create());
        a.add(" " + label);
        a.getElement().setAttribute("data-testid", testId);
        return a;
    }
}
