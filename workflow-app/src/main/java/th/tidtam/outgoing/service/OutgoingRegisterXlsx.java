package th.tidtam.outgoing.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import th.tidtam.base.time.ThaiDigits;
import th.tidtam.outgoing.RegisterLine;

/** The register of a period as one sheet, the form's columns, one row per letter; dates as BE text. */
@Component
class OutgoingRegisterXlsx {

    private static final int[] WIDTHS = { 12, 22, 16, 30, 34, 60, 24, 20 };
    private static final int HEADER_ROW = 2;

    byte[] render(OutgoingRegister.Period period, boolean thaiDigits) {
        UnaryOperator<String> d = s -> s == null ? "" : thaiDigits ? ThaiDigits.toThai(s) : s;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("ทะเบียนหนังสือส่ง");
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            CellStyle head = bordered(book.createCellStyle());
            head.setFont(bold);
            CellStyle wrap = bordered(book.createCellStyle());
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            sheet.createRow(0).createCell(0).setCellValue(RegisterColumns.title(period, d));
            Row header = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < RegisterColumns.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(RegisterColumns.HEADERS.get(c));
                header.getCell(c).setCellStyle(head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            int r = HEADER_ROW + 1;
            for (RegisterLine line : period.lines()) {
                Row row = sheet.createRow(r++);
                List<String> cells = RegisterColumns.cells(line, d);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                    row.getCell(c).setCellStyle(wrap);
                }
            }
            if (r > HEADER_ROW + 1) {
                sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, RegisterColumns.HEADERS.size() - 1));
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
