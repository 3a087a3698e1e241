package th.tidtam.report.service;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.directive.service.FollowUpSource.DirectiveLine;
import th.tidtam.directive.service.FollowUpSource.PartLine;

/**
 * The report as an A4 memo (บันทึกข้อความ) to the governor: the heading block (ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน),
 * a short opening, then one table per group with the header row repeated on every page, page numbers at the foot.
 */
@Component
class FollowUpPdf {

    private static final float MM = ThaiPdf.MM;

    private final ThaiFonts fonts;
    private final Translations translations;
    private final Clock clock;

    FollowUpPdf(ThaiFonts fonts, Translations translations, Clock clock) {
        this.fonts = fonts;
        this.translations = translations;
        this.clock = clock;
    }

    byte[] render(FollowUpReport report, boolean thaiDigits, ReportLetterhead.Letterhead letterhead) {
        String office = letterhead.office();
        String registerPrefix = letterhead.registerPrefix();
        ReportText text = new ReportText(translations, thaiDigits, clock.getZone());
        Font title = new Font(fonts.bold(), 20);
        Font label = new Font(fonts.bold(), 14);
        Font body = new Font(fonts.regular(), 14);
        Font groupFont = new Font(fonts.bold(), 13);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // official memos: 3 cm left, 2 cm right, 2.5 cm top, 2 cm bottom
        Document doc = new Document(PageSize.A4, ThaiPdf.LEFT, ThaiPdf.RIGHT, ThaiPdf.TOP, ThaiPdf.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(ThaiPdf.pageNumbers(page -> text.t("report.page", text.number(page)),
                new Font(fonts.regular(), 11)));
        doc.addTitle(text.t("report.title"));
        doc.addCreator("Tidtam");
        doc.open();

        Paragraph heading = new Paragraph(text.t("report.memo"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(6);
        doc.add(heading);
        doc.add(field(text.t("report.memo-field.office"), text.digits(office), label, body));
        doc.add(field(text.t("report.memo-field.number"), text.digits(registerPrefix) + "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0"
                + text.t("report.memo-field.date") + "\u00a0\u00a0" + text.date(report.generatedOn()), label, body));
        doc.add(field(text.t("report.memo-field.subject"), text.t("report.title") + " " + text.subject(report), label, body));
        doc.add(field(text.t("report.memo-field.to"), text.t("report.to", letterhead.province()), label, body));

        Paragraph opening = ThaiPdf.paragraph(text.t("report.opening", text.scope(report), text.window(report),
                text.number(report.directiveCount()), text.number(report.partCount()), letterhead.province(), office), body);
        opening.setFirstLineIndent(25 * MM);
        opening.setSpacingBefore(8);
        opening.setAlignment(Element.ALIGN_JUSTIFIED);
        doc.add(opening);

        if (report.groups().isEmpty()) {
            doc.add(ThaiPdf.paragraph(text.t("report.empty"), body));
        }
        int groupNumber = 0;
        for (FollowUpReport.Group group : report.groups()) {
            groupNumber++;
            doc.add(table(text.number(groupNumber) + ". " + text.groupTitle(group), groupFont, group.directives(), text));
        }
        Paragraph note = ThaiPdf.paragraph(text.t("report.note"), new Font(fonts.regular(), 11));
        note.setSpacingBefore(10);
        doc.add(note);
        Paragraph closing = ThaiPdf.paragraph(text.t("report.closing"), body);
        closing.setFirstLineIndent(25 * MM);
        closing.setSpacingBefore(8);
        doc.add(closing);
        doc.close();
        return out.toByteArray();
    }

    private PdfPTable table(String title, Font titleFont, List<DirectiveLine> directives, ReportText text) {
        Font head = new Font(fonts.bold(), 10.5f);
        Font cell = new Font(fonts.regular(), 10.5f);
        PdfPTable table = new PdfPTable(new float[] { 5, 19, 18, 10, 10, 26, 6, 6 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        // the group's title is a header row: it repeats on every page the group runs over and never stays behind alone
        table.setHeaderRows(2);
        PdfPCell heading = ThaiPdf.cell(title, titleFont);
        heading.setColspan(8);
        heading.setBorder(Rectangle.NO_BORDER);
        table.addCell(heading);
        for (String key : List.of("report.col.no-short", "report.col.directive", "report.col.unit", "report.col.status",
                "report.col.due", "report.col.latest", "report.col.late-short", "report.col.waiting-short")) {
            PdfPCell c = ThaiPdf.cell(text.t(key), head);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        int n = 0;
        for (DirectiveLine d : directives) {
            n++;
            List<PartLine> parts = d.parts();
            // no row spans: OpenPDF loses the rest of a spanned row that breaks across a page; the directive is written
            // on its first unit's row and the cells below it are left open instead
            for (int i = 0; i < Math.max(1, parts.size()); i++) {
                boolean first = i == 0;
                boolean last = i == Math.max(1, parts.size()) - 1;
                PdfPCell no = ThaiPdf.cell(first ? text.number(n) : "", cell);
                no.setHorizontalAlignment(Element.ALIGN_CENTER);
                PdfPCell what = ThaiPdf.cell(first ? text.t("report.directive", d.number()) + "\n" + text.digits(d.subject())
                        + "\n(" + text.directiveStatus(d) + ")" : "", cell);
                for (PdfPCell c : List.of(no, what)) {
                    if (!first) {
                        c.disableBorderSide(Rectangle.TOP);
                    }
                    if (!last) {
                        c.disableBorderSide(Rectangle.BOTTOM);
                    }
                    table.addCell(c);
                }
                if (parts.isEmpty()) {
                    PdfPCell none = ThaiPdf.cell("-", cell);
                    none.setColspan(6);
                    table.addCell(none);
                    continue;
                }
                PartLine p = parts.get(i);
                table.addCell(ThaiPdf.cell(text.digits(p.unitNameTh()) + " (" + text.role(p) + ")", cell));
                table.addCell(ThaiPdf.cell(text.partStatus(p), cell));
                table.addCell(ThaiPdf.cell(text.due(p), cell));
                table.addCell(ThaiPdf.cell(text.latest(p), cell));
                PdfPCell late = ThaiPdf.cell(text.late(p), cell);
                late.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(late);
                PdfPCell waiting = ThaiPdf.cell(text.waiting(p), cell);
                waiting.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(waiting);
            }
        }
        return table;
    }

    private static Paragraph field(String label, String value, Font labelFont, Font valueFont) {
        Paragraph p = new Paragraph(valueFont.getSize() * 1.5f, "", valueFont);
        p.add(new Chunk(label + "\u00a0\u00a0", labelFont));
        p.add(ThaiPdf.chunk(value, valueFont));
        return p;
    }
}
