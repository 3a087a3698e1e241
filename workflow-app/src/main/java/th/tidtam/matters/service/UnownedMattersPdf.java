package th.tidtam.matters.service;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.matters.UnownedMatter;

/** The list of matters without an owner on A4 in Sarabun: number, subject, source, received, age, declined by. */
@Component
class UnownedMattersPdf {

    private static final String[] COLUMNS = { "number", "subject", "source", "received", "age", "declined" };
    private static final float[] WIDTHS = { 10, 34, 12, 12, 7, 25 };

    private final ThaiFonts fonts;
    private final Translations translations;

    UnownedMattersPdf(ThaiFonts fonts, Translations translations) {
        this.fonts = fonts;
        this.translations = translations;
    }

    byte[] render(List<UnownedMatter> rows, LocalDate today, Locale locale) {
        Font title = new Font(fonts.bold(), 16);
        Font body = new Font(fonts.regular(), 14);
        Font small = new Font(fonts.regular(), 12);
        Font smallBold = new Font(fonts.bold(), 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 20 * ThaiPdf.MM, 20 * ThaiPdf.MM, 20 * ThaiPdf.MM, 15 * ThaiPdf.MM);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t(locale, "matters.doc.unowned-title"));
        doc.addCreator("Tidtam");
        doc.open();
        Paragraph heading = ThaiPdf.paragraph(t(locale, "matters.doc.unowned-title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        doc.add(heading);
        Paragraph asOf = ThaiPdf.paragraph(t(locale, "matters.doc.as-of", ThaiDates.formatLong(today, locale), rows.size()), body);
        asOf.setAlignment(Element.ALIGN_CENTER);
        doc.add(asOf);
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String key : COLUMNS) {
            PdfPCell c = ThaiPdf.cell(t(locale, "matters.doc.col." + key), smallBold);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        for (UnownedMatter r : rows) {
            table.addCell(ThaiPdf.cell(r.number(), small));
            table.addCell(ThaiPdf.cell(r.subject(), small));
            table.addCell(ThaiPdf.cell(t(locale, "matters.source." + r.source().name()), small));
            table.addCell(ThaiPdf.cell(ThaiDates.formatMedium(r.receivedOn(), locale), small));
            table.addCell(ThaiPdf.cell(String.valueOf(r.ageDays()), small));
            table.addCell(ThaiPdf.cell(r.declinedBy(), small));
        }
        if (rows.isEmpty()) {
            PdfPCell none = ThaiPdf.cell(t(locale, "matters.doc.none"), small);
            none.setColspan(COLUMNS.length);
            none.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(none);
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
