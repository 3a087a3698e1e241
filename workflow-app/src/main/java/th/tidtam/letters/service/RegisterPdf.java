package th.tidtam.letters.service;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.letters.LetterSummary;

/**
 * The incoming register as the regulation's form, on landscape A4 in Sarabun: the heading, then a table of the
 * register's columns (เลขทะเบียนรับ · ที่ · ลงวันที่ · จาก · ถึง · เรื่อง · การปฏิบัติ · หมายเหตุ) with a date line
 * before each day's letters, repeated headers on every page and page numbers at the top from the second page.
 */
@Component
class RegisterPdf {

    static final String[] COLUMNS = { "number", "sender-number", "sender-date", "from", "to", "subject", "action", "remarks" };
    private static final float[] WIDTHS = { 9, 13, 9, 14, 12, 21, 12, 10 };

    private final ThaiFonts fonts;
    private final Translations translations;

    RegisterPdf(ThaiFonts fonts, Translations translations) {
        this.fonts = fonts;
        this.translations = translations;
    }

    byte[] render(RegisterPrintout.Period period, boolean thaiDigits) {
        RegisterText t = new RegisterText(translations, thaiDigits);
        Font title = new Font(fonts.bold(), 16);
        Font body = new Font(fonts.regular(), 14);
        Font small = new Font(fonts.regular(), 11);
        Font smallBold = new Font(fonts.bold(), 11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // landscape, 2 cm all round: eight columns need the width more than the official letter margins
        Document doc = new Document(PageSize.A4.rotate(), 20 * ThaiPdf.MM, 20 * ThaiPdf.MM, 20 * ThaiPdf.MM, 15 * ThaiPdf.MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(ThaiPdf.pageNumbersAtTop(page -> "- " + t.digits(String.valueOf(page)) + " -", body));
        doc.addTitle(t.t("letters.doc.title"));
        doc.addCreator("Tidtam");
        doc.open();
        centred(doc, t.t("letters.doc.title"), title);
        centred(doc, t.t("letters.doc.period", t.longDate(period.from()), t.longDate(period.to()),
                t.digits(String.valueOf(period.letters().size()))), body);
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String key : COLUMNS) {
            PdfPCell c = ThaiPdf.cell(t.t("letters.doc.col." + key), smallBold);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        LocalDate day = null;
        for (LetterSummary l : period.letters()) {
            if (!Objects.equals(day, l.receivedAt().toLocalDate())) {
                day = l.receivedAt().toLocalDate();
                PdfPCell line = ThaiPdf.cell(t.t("letters.doc.date-line", t.longDate(day)), smallBold);
                line.setColspan(COLUMNS.length);
                table.addCell(line);
            }
            PdfPCell number = ThaiPdf.cell(t.number(l) + "\n" + t.time(l), small);
            number.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(number);
            table.addCell(ThaiPdf.cell(t.digits(l.senderNumber()), small));
            table.addCell(ThaiPdf.cell(t.date(l.senderDate()), small));
            table.addCell(ThaiPdf.cell(t.digits(l.fromParty()), small));
            table.addCell(ThaiPdf.cell(t.digits(l.toParty()), small));
            table.addCell(ThaiPdf.cell(t.digits(l.subject()), small));
            table.addCell(ThaiPdf.cell(t.digits(l.actionTaken()), small));
            table.addCell(ThaiPdf.cell(t.remarks(l), small));
        }
        if (period.letters().isEmpty()) {
            PdfPCell none = ThaiPdf.cell(t.t("letters.doc.none"), small);
            none.setColspan(COLUMNS.length);
            none.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(none);
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }

    private static void centred(Document doc, String text, Font font) {
        Paragraph p = ThaiPdf.paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        doc.add(p);
    }
}
