package th.tidtam.meeting.service;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

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
import com.lowagie.text.pdf.draw.LineSeparator;

import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.meeting.AgendaSection;
import th.tidtam.meeting.MeetingSummary;

/**
 * The layout the agenda and the minutes share: A4 with the official margins, Sarabun 14 pt (the size that matches
 * TH Sarabun PSK 16 pt), the centred heading block (what, ครั้งที่, when, where) closed by a short rule, section and
 * item headings, indented text, page numbers "- ๒ -" at the top from the second page, signature blocks on the right.
 */
final class MeetingPdfLayout {

    static final float INDENT = 12 * ThaiPdf.MM;

    final DocumentText text;
    final Font title;
    final Font bold;
    final Font body;
    final Font small;
    final Font smallBold;
    private Document doc;

    MeetingPdfLayout(ThaiFonts fonts, DocumentText text) {
        this.text = text;
        this.title = new Font(fonts.bold(), 16);
        this.bold = new Font(fonts.bold(), 14);
        this.body = new Font(fonts.regular(), 14);
        this.small = new Font(fonts.regular(), 11);
        this.smallBold = new Font(fonts.bold(), 11);
    }

    byte[] render(String documentTitle, Consumer<MeetingPdfLayout> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc = new Document(PageSize.A4, ThaiPdf.LEFT, ThaiPdf.RIGHT, ThaiPdf.TOP, ThaiPdf.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(ThaiPdf.pageNumbersAtTop(page -> "- " + text.number(page) + " -", body));
        doc.addTitle(documentTitle);
        doc.addCreator("Tidtam");
        doc.open();
        content.accept(this);
        doc.close();
        return out.toByteArray();
    }

    void add(Element element) {
        doc.add(element);
    }

    /** The heading block: the document's title, ครั้งที่, day and time, place, and a short rule under them. */
    void heading(String what, MeetingSummary m, String mark) {
        centred(what, title, 0);
        centred(text.t("meeting.doc.number", m.number()), title, 0);
        centred(text.t("meeting.doc.when", text.dayAndDate(m.startsAt().toLocalDate()), text.time(m.startsAt())), bold, 0);
        if (m.room() != null && !m.room().isBlank()) {
            centred(text.t("meeting.doc.where", text.digits(m.room())), bold, 0);
        }
        if (mark != null) {
            centred(mark, body, 0);
        }
        // the short rule under the heading block sits in a line of its own, below the last heading line's marks
        Paragraph rule = new Paragraph(14);
        rule.add(new Chunk(new LineSeparator(0.6f, 30, null, Element.ALIGN_CENTER, 4)));
        rule.setSpacingAfter(2);
        doc.add(rule);
    }

    void centred(String content, Font font, float spacingBefore) {
        Paragraph p = ThaiPdf.paragraph(content, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(spacingBefore);
        doc.add(p);
    }

    /** "ระเบียบวาระที่ ๑  เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ" */
    void section(AgendaSection section) {
        Paragraph p = ThaiPdf.paragraph(bold, new Chunk(text.t("meeting.doc.section", section.number()) + "\u00a0\u00a0", bold),
                ThaiPdf.chunk(text.t("meeting.doc.section." + section.name()), bold));
        p.setSpacingBefore(6);
        p.setKeepTogether(true);
        doc.add(p);
    }

    /** "๔.๑ title (presenter)" set in from the margin. */
    void item(String number, String title, String presenter) {
        String line = text.digits(number) + "\u00a0\u00a0" + text.digits(title)
                + (presenter == null || presenter.isBlank() ? "" : " (" + text.digits(presenter) + ")");
        Paragraph p = ThaiPdf.paragraph(line, bold);
        p.setIndentationLeft(INDENT);
        p.setSpacingBefore(4);
        doc.add(p);
    }

    /**
     * Running text set in from the margin with its first line indented further. Left-aligned: OpenPDF justifies by
     * widening spaces, and Thai has few, so justified Thai lines gape.
     */
    void text(String content) {
        for (String para : content.strip().split("\\R")) {
            if (para.isBlank()) {
                continue;
            }
            Paragraph p = ThaiPdf.paragraph(text.digits(para.strip()), body);
            p.setIndentationLeft(INDENT);
            p.setFirstLineIndent(INDENT);
            doc.add(p);
        }
    }

    /** A bold label ("มติที่ประชุม") followed by text on the same line, set in from the margin. */
    void labelled(String label, String content) {
        Paragraph p = ThaiPdf.paragraph(body, new Chunk(label + "\u00a0\u00a0", bold), ThaiPdf.chunk(text.digits(content), body));
        p.setIndentationLeft(INDENT);
        p.setSpacingBefore(2);
        doc.add(p);
    }

    /** A bold label followed by text on the same line, at the margin ("เริ่มประชุมเวลา ๐๙.๓๐ น."). */
    void labelledFlush(String label, String content) {
        Paragraph p = ThaiPdf.paragraph(body, new Chunk(label + "\u00a0", bold), ThaiPdf.chunk(content, body));
        p.setSpacingBefore(8);
        doc.add(p);
    }

    /** A bold label on its own line ("ข้อสั่งการ"), set in from the margin. */
    void label(String label) {
        Paragraph p = ThaiPdf.paragraph(label, bold);
        p.setIndentationLeft(INDENT);
        p.setSpacingBefore(2);
        doc.add(p);
    }

    /** "๑) ..." with the text hanging under its first word. */
    void numbered(String marker, String content, float indent) {
        Paragraph p = ThaiPdf.paragraph(body, new Chunk(marker + "\u00a0", body), ThaiPdf.chunk(content, body));
        p.setIndentationLeft(indent + 8 * ThaiPdf.MM);
        p.setFirstLineIndent(-8 * ThaiPdf.MM);
        doc.add(p);
    }

    /** A list of people without lines: number, who, and their part in the meeting on the right. */
    void people(String heading, List<String[]> rows) {
        Paragraph h = ThaiPdf.paragraph(heading, bold);
        h.setSpacingBefore(6);
        doc.add(h);
        PdfPTable table = new PdfPTable(new float[] { 8, 64, 28 });
        table.setWidthPercentage(100);
        int n = 0;
        for (String[] row : rows) {
            n++;
            table.addCell(plain(text.number(n) + ".", Element.ALIGN_RIGHT));
            table.addCell(plain(text.digits(row[0]), Element.ALIGN_LEFT));
            table.addCell(plain(row.length > 1 && row[1] != null ? text.digits(row[1]) : "", Element.ALIGN_LEFT));
        }
        doc.add(table);
    }

    private PdfPCell plain(String content, int alignment) {
        PdfPCell c = ThaiPdf.cell(content, body);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(alignment);
        c.setPaddingBottom(1);
        return c;
    }

    /** Signature blocks stacked on the right half: dotted line to sign on, (name), position, part. */
    void signatures(List<String[]> blocks) {
        PdfPTable table = new PdfPTable(new float[] { 40, 60 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(24);
        table.setKeepTogether(true);
        for (String[] b : blocks) {
            table.addCell(plain("", Element.ALIGN_LEFT));
            StringBuilder lines = new StringBuilder("\n");
            lines.append(b[0] == null || b[0].isBlank() ? "(......................................................)" : "(" + b[0] + ")");
            if (b[1] != null && !b[1].isBlank()) {
                lines.append("\n").append(b[1]);
            }
            lines.append("\n").append(b[2]).append("\n");
            table.addCell(plain(text.digits(lines.toString()), Element.ALIGN_CENTER));
        }
        doc.add(table);
    }
}
