package th.tidtam.outgoing.service;

import java.io.ByteArrayOutputStream;

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

import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.outgoing.LetterSummary;

/**
 * The letter (หนังสือภายนอก) as an A4 PDF in the regulation's layout: Sarabun 16, margins 3 cm left and 2 cm right, the
 * place of the emblem (3 cm, top centre, 1.5 cm below the edge) left empty; ที่ at the left and the owner's address at
 * the right level with the emblem's foot; the date in words from the middle of the page; เรื่อง, เรียน, อ้างถึง,
 * สิ่งที่ส่งมาด้วย; the body with its first lines indented; คำลงท้าย and the signature block from the middle; the
 * department, phone and copies at the foot. The class of secrecy at the top and the foot, the urgency at the top left.
 * A draft says so across its top. Thai digits unless asked otherwise.
 */
@Component
class LetterPdf {

    static final float SIZE = 16;
    private static final float EMBLEM = 30 * ThaiPdf.MM;
    private static final float INDENT = 25 * ThaiPdf.MM;

    private final ThaiFonts fonts;

    LetterPdf(ThaiFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(LetterSummary l, boolean thaiDigits) {
        Font body = new Font(fonts.regular(), SIZE);
        Font bold = new Font(fonts.bold(), SIZE);
        Font mark = new Font(fonts.bold(), 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, ThaiPdf.LEFT, ThaiPdf.RIGHT, 15 * ThaiPdf.MM, ThaiPdf.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        java.util.function.UnaryOperator<String> d = s -> s == null ? "" : thaiDigits ? ThaiDigits.toThai(s) : s;
        writer.setPageEvent(ThaiPdf.pageNumbersAtTop(page -> d.apply("- " + page + " -"), body));
        doc.addTitle(l.number() == null ? l.subject() : l.number());
        doc.addCreator("Tidtam");
        doc.open();

        PdfPTable top = new PdfPTable(new float[] { 36, 20, 44 });
        top.setWidthPercentage(100);
        String urgency = switch (l.urgency()) {
            case MOST_URGENT -> "ด่วนที่สุด";
            case VERY_URGENT -> "ด่วนมาก";
            case URGENT -> "ด่วน";
            case NORMAL -> "";
        };
        String secrecy = secrecy(l);
        PdfPCell u = plain(urgency, mark, Element.ALIGN_LEFT);
        PdfPCell emblem = plain(secrecy, mark, Element.ALIGN_CENTER);
        emblem.setFixedHeight(EMBLEM);
        top.addCell(u);
        top.addCell(emblem);
        top.addCell(plain(l.number() == null ? "ร่าง" : "", mark, Element.ALIGN_RIGHT));
        top.addCell(plain(d.apply("ที่ " + (l.number() == null ? l.ownerCode() + "/" + (l.circular() ? "ว " : "") : l.number())),
                body, Element.ALIGN_LEFT));
        top.addCell(plain("", body, Element.ALIGN_LEFT));
        top.addCell(plain(d.apply(l.ownerAddress()), body, Element.ALIGN_LEFT));
        doc.add(top);

        String date = l.letterDate() == null ? "" : d.apply(ThaiDates.formatLong(l.letterDate(), Translations.THAI));
        Paragraph when = ThaiPdf.paragraph(date.isEmpty() ? " " : date, body);
        when.setIndentationLeft(half(doc) - 10 * ThaiPdf.MM);
        when.setSpacingBefore(6);
        doc.add(when);

        labelled(doc, "เรื่อง", d.apply(l.subject()), body, 8);
        labelled(doc, "เรียน", d.apply(l.salutation()), body, 6);
        if (l.reference() != null) {
            labelled(doc, "อ้างถึง", d.apply(l.reference()), body, 6);
        }
        if (l.enclosures() != null) {
            labelled(doc, "สิ่งที่ส่งมาด้วย", d.apply(l.enclosures()), body, l.reference() == null ? 6 : 0);
        }
        boolean first = true;
        for (String para : l.body().strip().split("\\R")) {
            if (para.isBlank()) {
                continue;
            }
            Paragraph p = ThaiPdf.paragraph(d.apply(para.strip()), body);
            p.setFirstLineIndent(INDENT);
            p.setSpacingBefore(first ? 8 : 0);
            first = false;
            doc.add(p);
        }
        signature(doc, l, d, body);
        foot(doc, l, d, body);
        if (!secrecy.isEmpty()) {
            Paragraph s = ThaiPdf.paragraph(secrecy, mark);
            s.setAlignment(Element.ALIGN_CENTER);
            s.setSpacingBefore(12);
            doc.add(s);
        }
        doc.close();
        return out.toByteArray();
    }

    private static String secrecy(LetterSummary l) {
        return switch (l.secrecy()) {
            case CONFIDENTIAL -> "ลับ";
            case SECRET -> "ลับมาก";
            case NONE -> "";
        };
    }

    private static float half(Document doc) {
        return (doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin()) / 2;
    }

    /** คำลงท้าย, room to sign, "(name)" and the position lines, centred on the right, kept on one page. */
    private static void signature(Document doc, LetterSummary l, java.util.function.UnaryOperator<String> d, Font body) {
        PdfPTable table = new PdfPTable(new float[] { 40, 60 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        table.setKeepTogether(true);
        table.addCell(plain("", body, Element.ALIGN_LEFT));
        String block = l.signatureBlock();
        StringBuilder lines = new StringBuilder(d.apply(l.closing())).append("\n\n\n");
        if (block == null || block.isBlank()) {
            lines.append("(......................................................)");
        } else {
            String[] parts = block.split("\n");
            lines.append("(").append(parts[0]).append(")");
            for (int i = 1; i < parts.length; i++) {
                lines.append("\n").append(parts[i]);
            }
        }
        table.addCell(plain(d.apply(lines.toString()), body, Element.ALIGN_CENTER));
        doc.add(table);
    }

    /** ส่วนราชการเจ้าของเรื่อง, โทร., สำเนาส่ง at the left, below the signature. */
    private static void foot(Document doc, LetterSummary l, java.util.function.UnaryOperator<String> d, Font body) {
        float before = 24;
        for (String line : new String[] { l.department(), l.phone() == null ? null : "โทร. " + l.phone(),
                l.copiesTo() == null ? null : "สำเนาส่ง " + l.copiesTo() }) {
            if (line == null) {
                continue;
            }
            Paragraph p = ThaiPdf.paragraph(d.apply(line), body);
            p.setSpacingBefore(before);
            before = 0;
            doc.add(p);
        }
    }

    /** "อ้างถึง  …" with the lines after the first hanging under the text, not under the label. */
    private static void labelled(Document doc, String label, String text, Font body, float before) {
        String head = label + "\u00a0\u00a0";
        float hang = body.getBaseFont().getWidthPoint(head, body.getSize());
        Paragraph p = ThaiPdf.paragraph(body, new Chunk(head, body), ThaiPdf.chunk(text, body));
        p.setSpacingBefore(before);
        p.setIndentationLeft(hang);
        p.setFirstLineIndent(-hang);
        doc.add(p);
    }

    private static PdfPCell plain(String content, Font font, int alignment) {
        PdfPCell c = ThaiPdf.cell(content, font);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(alignment);
        c.setPaddingLeft(0);
        c.setPaddingRight(0);
        return c;
    }
}
