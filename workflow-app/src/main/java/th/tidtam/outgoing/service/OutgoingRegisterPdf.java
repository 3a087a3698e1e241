package th.tidtam.outgoing.service;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.base.time.ThaiDigits;
import th.tidtam.outgoing.RegisterLine;

/**
 * The register of a period on landscape A4 as the regulation's form (ทะเบียนหนังสือส่ง): the title and period, then a
 * ruled table with the form's columns, the header repeated on every page, page numbers at the foot.
 */
@Component
class OutgoingRegisterPdf {

    private static final float[] WIDTHS = { 9, 15, 10, 13, 16, 19, 9, 9 };

    private final ThaiFonts fonts;

    OutgoingRegisterPdf(ThaiFonts fonts) {
        this.fonts = fonts;
    }

    byte[] render(OutgoingRegister.Period period, boolean thaiDigits) {
        UnaryOperator<String> d = s -> s == null ? "" : thaiDigits ? ThaiDigits.toThai(s) : s;
        Font title = new Font(fonts.bold(), 16);
        Font head = new Font(fonts.bold(), 12);
        Font body = new Font(fonts.regular(), 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 15 * ThaiPdf.MM, 15 * ThaiPdf.MM, 15 * ThaiPdf.MM, 18 * ThaiPdf.MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(ThaiPdf.pageNumbers(page -> d.apply("หน้า " + page), body));
        doc.addTitle("ทะเบียนหนังสือส่ง");
        doc.addCreator("Tidtam");
        doc.open();
        Paragraph t = ThaiPdf.paragraph(RegisterColumns.title(period, d), title);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingAfter(6);
        doc.add(t);
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : RegisterColumns.HEADERS) {
            PdfPCell c = ThaiPdf.cell(h, head);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        for (RegisterLine line : period.lines()) {
            List<String> cells = RegisterColumns.cells(line, d);
            for (int i = 0; i < cells.size(); i++) {
                PdfPCell c = ThaiPdf.cell(cells.get(i), body);
                if (i == 0) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(c);
            }
        }
        if (period.lines().isEmpty()) {
            PdfPCell none = ThaiPdf.cell("ไม่มีหนังสือส่งในช่วงนี้", body);
            none.setColspan(WIDTHS.length);
            none.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(none);
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }
}
