package th.tidtam.rollup.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.base.pdf.ThaiPdf;
import th.tidtam.base.time.ThaiDates;

/**
 * The national comparison as files: an A4 landscape PDF in Sarabun and a spreadsheet with the same rows and numbers
 * (province by province, then by agency type, then the trend). Official documents are Thai whatever the screen's
 * language; dates are BE text (a spreadsheet date would show the Gregorian year), figures are numbers.
 */
@Service
public class RollUpExport {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Column header keys of the province and agency-type tables. */
    static final List<String> COLUMNS = List.of("rollup.col.name", "rollup.col.open", "rollup.col.overdue",
            "rollup.col.due-soon", "rollup.col.finished", "rollup.col.on-time", "rollup.col.late", "rollup.col.percent");

    private final ThaiFonts fonts;
    private final Translations translations;

    RollUpExport(ThaiFonts fonts, Translations translations) {
        this.fonts = fonts;
        this.translations = translations;
    }

    public byte[] pdf(RollUp r) {
        Font title = new Font(fonts.bold(), 18);
        Font head = new Font(fonts.bold(), 13);
        Font body = new Font(fonts.regular(), 13);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), ThaiPdf.RIGHT, ThaiPdf.RIGHT, ThaiPdf.BOTTOM, ThaiPdf.BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(ThaiPdf.pageNumbersAtTop(page -> t("rollup.page", page), new Font(fonts.regular(), 11)));
        doc.addTitle(t("rollup.title"));
        doc.addCreator("Tidtam");
        doc.open();
        Paragraph heading = ThaiPdf.paragraph(t("rollup.title"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        doc.add(heading);
        doc.add(ThaiPdf.paragraph(period(r), body));
        doc.add(ThaiPdf.paragraph(t("rollup.clearance." + r.clearance().name()), body));
        doc.add(table(t("rollup.by-province"), names(r.provinces()), r.provinces(), head, body));
        doc.add(table(t("rollup.by-agency-type"), kinds(r.byAgencyType()), r.byAgencyType(), head, body));
        PdfPTable trend = new PdfPTable(new float[] { 3, 2, 2, 2 });
        trend.setWidthPercentage(60);
        trend.setSpacingBefore(10);
        trend.setHeaderRows(1);
        for (String key : List.of("rollup.col.month", "rollup.col.finished-month", "rollup.col.on-time", "rollup.col.percent")) {
            trend.addCell(ThaiPdf.cell(t(key), head));
        }
        for (RollUp.Month m : r.trend()) {
            trend.addCell(ThaiPdf.cell(month(m.month()), body));
            trend.addCell(ThaiPdf.cell(Long.toString(m.finished()), body));
            trend.addCell(ThaiPdf.cell(Long.toString(m.onTime()), body));
            trend.addCell(ThaiPdf.cell(percent(m.percentOnTime()), body));
        }
        doc.add(ThaiPdf.paragraph(t("rollup.trend"), head));
        doc.add(trend);
        doc.close();
        return out.toByteArray();
    }

    public byte[] xlsx(RollUp r) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            Sheet sheet = book.createSheet(t("rollup.sheet"));
            sheet.createRow(0).createCell(0).setCellValue(t("rollup.title"));
            sheet.getRow(0).getCell(0).setCellStyle(header);
            sheet.createRow(1).createCell(0).setCellValue(period(r));
            sheet.createRow(2).createCell(0).setCellValue(t("rollup.clearance." + r.clearance().name()));
            int next = rows(sheet, 4, t("rollup.by-province"), names(r.provinces()), r.provinces(), header);
            next = rows(sheet, next + 1, t("rollup.by-agency-type"), kinds(r.byAgencyType()), r.byAgencyType(), header);
            Row title = sheet.createRow(next + 1);
            title.createCell(0).setCellValue(t("rollup.trend"));
            title.getCell(0).setCellStyle(header);
            Row head = sheet.createRow(next + 2);
            List<String> keys = List.of("rollup.col.month", "rollup.col.finished-month", "rollup.col.on-time", "rollup.col.percent");
            for (int c = 0; c < keys.size(); c++) {
                head.createCell(c).setCellValue(t(keys.get(c)));
                head.getCell(c).setCellStyle(header);
            }
            int n = next + 3;
            for (RollUp.Month m : r.trend()) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(month(m.month()));
                row.createCell(1).setCellValue(m.finished());
                row.createCell(2).setCellValue(m.onTime());
                if (m.percentOnTime() != null) {
                    row.createCell(3).setCellValue(m.percentOnTime());
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            for (int c = 1; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, 14 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int rows(Sheet sheet, int at, String caption, List<String> names, List<RollUp.Row> rows, CellStyle header) {
        Row title = sheet.createRow(at);
        title.createCell(0).setCellValue(caption);
        title.getCell(0).setCellStyle(header);
        Row head = sheet.createRow(at + 1);
        for (int c = 0; c < COLUMNS.size(); c++) {
            head.createCell(c).setCellValue(t(COLUMNS.get(c)));
            head.getCell(c).setCellStyle(header);
        }
        int n = at + 2;
        for (int i = 0; i < rows.size(); i++) {
            RollUp.Row r = rows.get(i);
            Row row = sheet.createRow(n++);
            row.createCell(0).setCellValue(names.get(i));
            long[] v = { r.open(), r.overdue(), r.dueSoon(), r.finished(), r.onTime(), r.late() };
            for (int c = 0; c < v.length; c++) {
                row.createCell(c + 1).setCellValue(v[c]);
            }
            if (r.percentOnTime() != null) {
                row.createCell(7).setCellValue(r.percentOnTime());
            }
        }
        return n;
    }

    private PdfPTable table(String caption, List<String> names, List<RollUp.Row> rows, Font head, Font body) {
        PdfPTable table = new PdfPTable(new float[] { 5, 2, 2, 2, 2, 2, 2, 2 });
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(2);
        com.lowagie.text.pdf.PdfPCell cap = ThaiPdf.cell(caption, head);
        cap.setColspan(COLUMNS.size());
        table.addCell(cap);
        COLUMNS.forEach(k -> table.addCell(ThaiPdf.cell(t(k), head)));
        for (int i = 0; i < rows.size(); i++) {
            RollUp.Row r = rows.get(i);
            table.addCell(ThaiPdf.cell(names.get(i), body));
            for (long v : new long[] { r.open(), r.overdue(), r.dueSoon(), r.finished(), r.onTime(), r.late() }) {
                table.addCell(ThaiPdf.cell(Long.toString(v), body));
            }
            table.addCell(ThaiPdf.cell(percent(r.percentOnTime()), body));
        }
        return table;
    }

    /** The rows' names as written in the files: Thai. */
    private static List<String> names(List<RollUp.Row> rows) {
        return rows.stream().map(r -> r.nameTh()).toList();
    }

    private List<String> kinds(List<RollUp.Row> rows) {
        return rows.stream().map(r -> t("rollup.kind." + r.key())).toList();
    }

    private String period(RollUp r) {
        return t("rollup.period", String.valueOf(r.fiscalYear()), ThaiDates.formatLong(r.from(), Translations.THAI),
                ThaiDates.formatLong(r.to(), Translations.THAI), ThaiDates.formatLong(r.today(), Translations.THAI));
    }

    private String month(java.time.YearMonth m) {
        return ThaiDates.monthName(m.getMonthValue(), Translations.THAI) + " " + (m.getYear() + ThaiDates.BE_OFFSET);
    }

    private static String percent(Double p) {
        return p == null ? "–" : String.format(Locale.ROOT, "%.1f", p);
    }

    private String t(String key, Object... args) {
        return translations.getTranslation(key, Translations.THAI, args);
    }
}
