package th.tidtam.base.pdf;

import java.util.function.IntFunction;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The building blocks of Tidtam's A4 documents in Thai: text that breaks lines between Thai words
 * ({@link ThaiLineBreaks}), with room above each line for stacked vowels and tone marks, and the page number at the
 * foot. Official documents use left 3 cm and right 2 cm margins ({@link #LEFT}, {@link #RIGHT}).
 */
public final class ThaiPdf {

    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;
    public static final float LEFT = 30 * MM;
    public static final float RIGHT = 20 * MM;
    public static final float TOP = 25 * MM;
    public static final float BOTTOM = 20 * MM;
    /** Line height as a multiple of the font size: Thai needs more than Latin for marks above and below. */
    public static final float LEADING = 1.45f;

    private ThaiPdf() {
    }

    /** A run of text that may break between Thai words. */
    public static Chunk chunk(String content, Font font) {
        Chunk chunk = new Chunk(content == null ? "" : content, font);
        chunk.setSplitCharacter(ThaiLineBreaks.INSTANCE);
        return chunk;
    }

    public static Phrase phrase(String content, Font font) {
        return new Phrase(font.getSize() * LEADING, chunk(content, font));
    }

    public static Paragraph paragraph(String content, Font font) {
        Paragraph p = new Paragraph(font.getSize() * LEADING, "", font);
        p.add(chunk(content, font));
        return p;
    }

    /** A paragraph of runs in different fonts (a bold label, then text). */
    public static Paragraph paragraph(Font font, Chunk... chunks) {
        Paragraph p = new Paragraph(font.getSize() * LEADING, "", font);
        for (Chunk c : chunks) {
            p.add(c);
        }
        return p;
    }

    public static PdfPCell cell(String content, Font font) {
        PdfPCell c = new PdfPCell(phrase(content, font));
        c.setLeading(0, LEADING);
        c.setPaddingTop(1);
        c.setPaddingBottom(5);
        c.setPaddingLeft(3);
        c.setPaddingRight(3);
        c.setUseAscender(true);
        return c;
    }

    /**
     * Official documents number their pages at the top centre from the second page on ("- ๒ -"): writes
     * {@code label.apply(pageNumber)} there.
     */
    public static PdfPageEventHelper pageNumbersAtTop(IntFunction<String> label, Font font) {
        return new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                if (writer.getPageNumber() < 2) {
                    return;
                }
                Rectangle page = document.getPageSize();
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(label.apply(writer.getPageNumber()), font), (page.getLeft() + page.getRight()) / 2,
                        page.getTop() - 13 * MM, 0);
            }
        };
    }

    /** Writes {@code label.apply(pageNumber)} centred at the foot of every page. */
    public static PdfPageEventHelper pageNumbers(IntFunction<String> label, Font font) {
        return new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                Rectangle page = document.getPageSize();
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(label.apply(writer.getPageNumber()), font), (page.getLeft() + page.getRight()) / 2,
                        10 * MM, 0);
            }
        };
    }
}
