package th.tidtam.coordination.ui;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.coordination.PartyView;

/** How the screens write a request's dates, facts and files. */
final class CoordinationLabels {

    private CoordinationLabels() {
    }

    static String date(LocalDate day, Locale locale) {
        return day == null ? "" : ThaiDates.formatMedium(day, locale);
    }

    static String at(Instant when, Locale locale) {
        return when == null ? "" : ThaiDates.formatDateTime(when.atZone(WorkingCalendar.ZONE).toLocalDateTime(), locale);
    }

    /** A bold label and its text (plain text, never markup); nothing for an empty value. */
    static void fact(VerticalLayout into, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span l = new Span(label + ": ");
        l.getStyle().set("font-weight", "bold");
        Span text = new Span(value);
        text.getStyle().set("white-space", "pre-wrap");
        into.add(new Div(l, text));
    }

    static VerticalLayout facts() {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        v.setSpacing(false);
        return v;
    }

    /** Files as links: to the request's API for staff. */
    static void files(VerticalLayout into, long requestId, List<PartyView.FileView> files) {
        for (PartyView.FileView f : files) {
            Anchor a = new Anchor("api/coordination/" + requestId + "/files/" + f.id(), f.fileName() + " ("
                    + CaseAttachments.humanSize(f.size()) + ")");
            a.setTarget(AnchorTarget.BLANK);
            into.add(new Div(a));
        }
    }

    static Anchor download(String label, String testId, String name, String type, Supplier<byte[]> bytes) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] b = bytes.get();
            return new DownloadResponse(new ByteArrayInputStream(b), name, type, b.length);
        });
        Anchor a = new Anchor(handler, com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, label);
        a.getElement().setAttribute("data-testid", testId);
        return a;
    }
}
