package th.tidtam.coordination.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.coordination.PartyView;
import th.tidtam.coordination.RequestPage;
import th.tidtam.coordination.RequestSummary;

/**
 * The consolidation's summary (สรุปผลการประสานงาน) of one request: every party asked, when it answered, on time or
 * late or not at all, and its answer; as an A4 PDF in Sarabun (the official look) and as one Excel sheet to sort and
 * filter. Dates in the Buddhist era; the words in Thai, as the office files them.
 */
@Service
public class CoordinationSummaryDocs {

    static final String[] COLUMNS = { "no", "party", "kind", "answered-at", "timeliness", "answer", "answerer" };
    private static final float[] WIDTHS = { 5, 19, 9, 12, 9, 32, 14 };

    private final CoordinationQueries queries;
    private final ThaiFonts fonts;
    private final Translations translations;

    CoordinationSummaryDocs(CoordinationQueries queries, ThaiFonts fonts, Translations translations) {
        this.queries = queries;
        this.fonts = fonts;
        this.translations = translations;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long requestId) {
        RequestPage page = queries.page(requestId);
        RequestSummary r = page.request();
        Font title = new Font(fonts.bold(), 18);
        Font body = new Font(fonts.regular(), 15);
        Font bold = new Font(fonts.bold(), 15);
        Font small = new Font(fonts.regular(), 12);
        Font smallBold = new Font(fonts.bold(), 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // landscape: seven columns of Thai text need the width more than the official letter margins
        Document doc = new Document(PageSize.A4.rotate(), 20 * ThaiPdf.MM, 20 * ThaiPdf.MM, 20 * ThaiPdf.MM, 15 * ThaiPdf.MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(ThaiPdf.pageNumbersAtTop(n -> "- " + n + " -", body));
        doc.addTitle(t("coordination.doc.title"));
        doc.addCreator("Tidtam");
        doc.open();
        Paragraph heading = ThaiPdf.paragraph(t("coordination.doc.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        doc.add(heading);
        for (String[] line : facts(page)) {
            doc.add(ThaiPdf.paragraph(body, ThaiPdf.chunk(line[0] + " ", bold), ThaiPdf.chunk(line[1], body)));
        }
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String key : COLUMNS) {
            PdfPCell c = ThaiPdf.cell(t("coordination.doc.col." + key), smallBold);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        for (String[] row : rows(page)) {
            for (String value : row) {
                table.addCell(ThaiPdf.cell(value, small));
            }
        }
        doc.add(table);
        if (page.result() != null) {
            Paragraph result = ThaiPdf.paragraph(body, ThaiPdf.chunk(t("coordination.field.result") + ": ", bold),
                    ThaiPdf.chunk(page.result(), body));
            result.setSpacingBefore(10);
            doc.add(result);
        }
        doc.close();
        return out.toByteArray();
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(long requestId) {
        RequestPage page = queries.page(requestId);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t("coordination.doc.sheet"));
            XSSFFont boldFont = book.createFont();
            boldFont.setBold(true);
            CellStyle header = bordered(book.createCellStyle());
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = bordered(book.createCellStyle());
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(t("coordination.doc.title"));
            for (String[] line : facts(page)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line[0]);
                row.createCell(1).setCellValue(line[1]);
            }
            int headerRow = ++r;
            Row head = sheet.createRow(headerRow);
            for (int c = 0; c < COLUMNS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(t("coordination.doc.col." + COLUMNS[c]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, (int) (WIDTHS[c] * 2.2 + 4) * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            r = headerRow + 1;
            for (String[] values : rows(page)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(values[c]);
                    cell.setCellStyle(wrap);
                }
            }
            if (page.result() != null) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(t("coordination.field.result"));
                row.createCell(1).setCellValue(page.result());
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String[]> facts(RequestPage page) {
        RequestSummary r = page.request();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] { t("coordination.field.number") + ":", r.number() == null ? "-" : r.number() });
        lines.add(new String[] { t("coordination.field.subject") + ":", r.subject() });
        lines.add(new String[] { t("coordination.field.ask-kind") + ":", t("coordination.ask." + r.askKind().name()) });
        lines.add(new String[] { t("coordination.field.requester") + ":", nz(r.requesterTitleTh()) + " " + nz(r.requesterUnitTh()) });
        lines.add(new String[] { t("coordination.field.due-date") + ":", ThaiDates.formatLong(r.dueDate(), Translations.THAI) });
        lines.add(new String[] { t("coordination.doc.answered") + ":", t("coordination.doc.answered-count", r.answered(), r.parties()) });
        return lines;
    }

    private List<String[]> rows(RequestPage page) {
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (PartyView p : page.parties()) {
            String answer = nz(p.answer());
            if (p.nomineeName() != null) {
                answer = (answer.isEmpty() ? "" : answer + "\n") + t("coordination.doc.nominee", p.nomineeName(),
                        nz(p.nomineePosition()), nz(p.nomineePhone()));
            }
            String timeliness = !p.answered() ? t("coordination.doc.no-answer")
                    : Boolean.TRUE.equals(p.onTime()) ? t("coordination.doc.on-time") : t("coordination.doc.late");
            rows.add(new String[] { String.valueOf(++n), p.nameTh(), t("coordination.party." + p.kind().name()),
                    at(p.answeredAt()), timeliness, answer,
                    nz(p.answererName()) + (p.answererPosition() == null ? "" : " " + p.answererPosition()) });
        }
        return rows;
    }

    private static String at(Instant when) {
        return when == null ? "" : ThaiDates.formatDateTime(when.atZone(WorkingCalendar.ZONE).toLocalDateTime(), Translations.THAI);
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, Translations.THAI, args);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
