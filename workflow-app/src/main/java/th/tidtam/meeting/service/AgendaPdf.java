package th.tidtam.meeting.service;

import java.util.List;

import org.springframework.stereotype.Component;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AgendaSection;
import th.tidtam.meeting.FollowUpLine;
import th.tidtam.meeting.MeetingSummary;

/**
 * The agenda (ระเบียบวาระการประชุม) as an A4 PDF: the heading block, then the six standard sections with the items on
 * the agenda; item 2 names the minutes to adopt, item 3 lists the open directives of earlier meetings with where their
 * follow-up stands. Marked "(ร่าง)" before it is published and with its version after a change.
 */
@Component
class AgendaPdf {

    private final ThaiFonts fonts;
    private final Translations translations;

    AgendaPdf(ThaiFonts fonts, Translations translations) {
        this.fonts = fonts;
        this.translations = translations;
    }

    byte[] render(MeetingPapers papers, boolean thaiDigits) {
        DocumentText t = new DocumentText(translations, thaiDigits);
        MeetingSummary m = papers.meeting();
        String title = t.t("meeting.doc.agenda.title", m.bodyNameTh());
        return new MeetingPdfLayout(fonts, t).render(title, doc -> {
            doc.heading(title, m, m.agendaVersion() == 0 ? t.t("meeting.doc.draft")
                    : m.agendaVersion() > 1 ? t.t("meeting.doc.agenda.version", String.valueOf(m.agendaVersion())) : null);
            for (AgendaSection section : AgendaSection.values()) {
                doc.section(section);
                List<AgendaItemView> items = papers.items().stream()
                        .filter(i -> i.section() == section && i.status().onAgenda()).toList();
                if (section == AgendaSection.ADOPT_MINUTES && items.isEmpty() && papers.previous() != null) {
                    MeetingSummary previous = papers.previous();
                    doc.text(t.t("meeting.doc.adopt", previous.bodyNameTh(), previous.number(),
                            t.date(previous.startsAt().toLocalDate())));
                }
                for (AgendaItemView item : items) {
                    // the chair's announcements are the chair's, whoever typed them in
            doc.item(item.number(), item.title(),
                    section == AgendaSection.CHAIR_ANNOUNCEMENTS ? null : item.presenterUnitNameTh());
                    if (item.summary() != null && !item.summary().isBlank()) {
                        doc.text(item.summary());
                    }
                }
                if (section == AgendaSection.FOLLOW_UP && !papers.followUp().isEmpty()) {
                    doc.label(t.t("meeting.doc.follow-up.title", String.valueOf(papers.followUp().size())));
                    doc.add(followUp(papers.followUp(), doc));
                }
                boolean empty = items.isEmpty() && !(section == AgendaSection.FOLLOW_UP && !papers.followUp().isEmpty())
                        && !(section == AgendaSection.ADOPT_MINUTES && papers.previous() != null);
                if (empty && section != AgendaSection.CHAIR_ANNOUNCEMENTS) {
                    doc.text(t.t("meeting.doc.none"));
                }
            }
        });
    }

    /** Item 3's table: one row per open directive, as the follow-up shows it. */
    private static PdfPTable followUp(List<FollowUpLine> lines, MeetingPdfLayout doc) {
        DocumentText t = doc.text;
        PdfPTable table = new PdfPTable(new float[] { 5, 37, 17, 23, 9, 9 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (String key : List.of("no", "directive", "from", "lead", "done", "late")) {
            PdfPCell c = ThaiPdf.cell(t.t("meeting.doc.follow-up.col." + key), doc.smallBold);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        int n = 0;
        for (FollowUpLine l : lines) {
            n++;
            table.addCell(centre(ThaiPdf.cell(t.number(n), doc.small)));
            table.addCell(ThaiPdf.cell(t.digits(l.directiveNumber() + " " + l.subject()), doc.small));
            table.addCell(ThaiPdf.cell(l.meetingNumber() == null ? "" : t.t("meeting.doc.follow-up.meeting-item",
                    l.meetingNumber(), l.agendaItem() == null ? "-" : l.agendaItem()), doc.small));
            table.addCell(ThaiPdf.cell(t.digits(l.leadUnitNameTh()), doc.small));
            table.addCell(centre(ThaiPdf.cell(t.digits(l.unitsDone() + "/" + l.units()), doc.small)));
            table.addCell(centre(ThaiPdf.cell(l.workingDaysLate() > 0 ? t.number(l.workingDaysLate()) : "-", doc.small)));
        }
        return table;
    }

    private static PdfPCell centre(PdfPCell c) {
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }
}
