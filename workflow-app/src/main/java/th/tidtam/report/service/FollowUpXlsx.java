package th.tidtam.report.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

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
import org.springframework.stereotype.Component;

import th.tidtam.base.i18n.Translations;
import th.tidtam.directive.service.FollowUpSource.DirectiveLine;
import th.tidtam.directive.service.FollowUpSource.PartLine;

/**
 * The report as one sheet with one row per assigned unit, so it can be filtered and sorted: the same rows and numbers
 * as the PDF. Dates are BE text (a spreadsheet date would show the Gregorian year); percent and days are numbers.
 */
@Component
class FollowUpXlsx {

    /** Header keys, in column order; widths in characters. */
    static final List<String> COLUMNS = List.of("report.col.no", "report.col.group", "report.col.number",
            "report.col.subject", "report.col.directive-status", "report.col.unit", "report.col.role", "report.col.status",
            "report.col.due", "report.col.original-due", "report.col.latest-date", "report.col.latest-kind",
            "report.col.latest", "report.col.percent", "report.col.late", "report.col.waiting");
    private static final int[] WIDTHS = { 6, 34, 12, 40, 22, 36, 10, 26, 14, 14, 14, 16, 60, 9, 12, 14 };

    /** Rows before the table: title, scope, generation date, blank. */
    static final int HEADER_ROW = 4;

    private final Translations translations;
    private final Clock clock;

    FollowUpXlsx(Translations translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    byte[] render(FollowUpReport report, boolean thaiDigits) {
        ReportText text = new ReportText(translations, thaiDigits, clock.getZone());
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text.t("report.sheet"));
            XSSFFont boldFont = book.createFont();
            boldFont.setBold(true);
            XSSFFont titleFont = book.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle title = book.createCellStyle();
            title.setFont(titleFont);
            CellStyle header = bordered(book.createCellStyle());
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = bordered(book.createCellStyle());
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);

            sheet.createRow(0).createCell(0).setCellValue(text.t("report.title") + " " + text.subject(report));
            sheet.getRow(0).getCell(0).setCellStyle(title);
            sheet.createRow(1).createCell(0).setCellValue(text.scope(report) + " " + text.window(report));
            sheet.createRow(2).createCell(0).setCellValue(text.t("report.generated-on", text.date(report.generatedOn())));
            Row head = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(text.t(COLUMNS.get(c)));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            int r = HEADER_ROW + 1;
            int n = 0;
            for (FollowUpReport.Group group : report.groups()) {
                String groupTitle = text.groupTitle(group);
                for (DirectiveLine d : group.directives()) {
                    for (PartLine p : d.parts()) {
                        n++;
                        Row row = sheet.createRow(r++);
                        int c = 0;
                        c = number(row, c, n, wrap);
                        c = string(row, c, groupTitle, wrap);
                        c = string(row, c, text.digits(d.number()), wrap);
                        c = string(row, c, text.digits(d.subject()), wrap);
                        c = string(row, c, text.directiveStatus(d), wrap);
                        c = string(row, c, text.digits(p.unitNameTh()), wrap);
                        c = string(row, c, text.role(p), wrap);
                        c = string(row, c, text.partStatus(p), wrap);
                        c = string(row, c, text.shortDate(p.dueDate()), wrap);
                        c = string(row, c, text.shortDate(p.originalDueDate()), wrap);
                        c = string(row, c, text.shortDate(p.latestReportAt()), wrap);
                        c = string(row, c, p.latestReport() == null ? "" : text.t(p.finalReport()
                                ? "report.kind.final" : "report.kind.progress"), wrap);
                        c = string(row, c, p.latestReport() == null ? "" : text.digits(p.latestReport().strip()), wrap);
                        if (p.percent() == null) {
                            c = string(row, c, "", wrap);
                        } else {
                            c = number(row, c, p.percent(), wrap);
                        }
                        c = number(row, c, p.workingDaysLate(), wrap);
                        number(row, c, p.waitingWorkingDays(), wrap);
                    }
                }
            }
            if (r > HEADER_ROW + 1) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(HEADER_ROW, r - 1, 0, COLUMNS.size() - 1));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static int string(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return column + 1;
    }

    private static int number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return column + 1;
    }
}
