package th.tidtam.letters.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

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
import th.tidtam.letters.LetterSummary;

/**
 * The register for a period as one sheet, one row per letter, so it can be filtered and sorted: the form's columns
 * plus the received date and time, urgency and secrecy as columns of their own. Dates are BE text (a spreadsheet date
 * would show the Gregorian year); the received number stays text, so its five digits keep their zeros.
 */
@Component
class RegisterXlsx {

    static final String[] COLUMNS = { "number", "received-at", "sender-number", "sender-date", "from", "to", "subject",
            "urgency", "secrecy", "action", "remarks" };
    private static final int[] WIDTHS = { 10, 20, 22, 14, 34, 30, 50, 12, 10, 40, 30 };
    static final int HEADER_ROW = 3;

    private final Translations translations;

    RegisterXlsx(Translations translations) {
        this.translations = translations;
    }

    byte[] render(RegisterPrintout.Period period) {
        RegisterText t = new RegisterText(translations, false);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(t.t("letters.doc.sheet"));
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            CellStyle header = bordered(book.createCellStyle());
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = bordered(book.createCellStyle());
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            sheet.createRow(0).createCell(0).setCellValue(t.t("letters.doc.title"));
            sheet.createRow(1).createCell(0).setCellValue(t.t("letters.doc.period", t.longDate(period.from()),
                    t.longDate(period.to()), String.valueOf(period.letters().size())));
            Row head = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < COLUMNS.length; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(t.t("letters.doc.col." + COLUMNS[c]));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            int r = HEADER_ROW + 1;
            for (LetterSummary l : period.letters()) {
                Row row = sheet.createRow(r++);
                String[] values = { l.number(), t.date(l.receivedAt().toLocalDate()) + " " + t.time(l), l.senderNumber(),
                        t.date(l.senderDate()), l.fromParty(), l.toParty(), l.subject(), t.t("letters.urgency." + l.urgency().name()),
                        t.t("letters.secrecy." + l.secrecy().name()), l.actionTaken(), t.remarks(l) };
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(values[c] == null ? "" : values[c]);
                    cell.setCellStyle(wrap);
                }
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
}
