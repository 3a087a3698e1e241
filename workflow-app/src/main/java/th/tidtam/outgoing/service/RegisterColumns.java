package th.tidtam.outgoing.service;

import java.util.List;
import java.util.function.UnaryOperator;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.outgoing.RegisterLine;

/** The columns of the register's printouts (PDF and Excel), in the regulation's order, and the text of each cell. */
final class RegisterColumns {

    static final List<String> HEADERS = List.of("เลขทะเบียนส่ง", "ที่", "ลงวันที่", "จาก", "ถึง", "เรื่อง", "การปฏิบัติ", "หมายเหตุ");

    private RegisterColumns() {
    }

    static List<String> cells(RegisterLine l, UnaryOperator<String> digits) {
        String seq = (l.circular() ? "ว " : "") + l.seq();
        String subject = l.secrecy().classified() && l.subject().isEmpty() ? "(" + secrecy(l) + ")" : l.subject();
        String remarks = l.remarks() == null ? "" : l.remarks();
        if (l.secrecy().classified()) {
            remarks = (secrecy(l) + " " + remarks).strip();
        }
        return List.of(digits.apply(seq), digits.apply(l.number()),
                digits.apply(ThaiDates.formatMedium(l.date(), Translations.THAI)), digits.apply(l.from()),
                digits.apply(l.to()), digits.apply(subject), digits.apply(l.action() == null ? "" : l.action()),
                digits.apply(remarks));
    }

    private static String secrecy(RegisterLine l) {
        return switch (l.secrecy()) {
            case CONFIDENTIAL -> "ลับ";
            case SECRET -> "ลับมาก";
            case NONE -> "";
        };
    }

    static String title(OutgoingRegister.Period p, UnaryOperator<String> digits) {
        return digits.apply("ทะเบียนหนังสือส่ง" + (p.books() == null ? "" : " " + p.books()) + " ระหว่างวันที่ "
                + ThaiDates.formatLong(p.from(), Translations.THAI) + " ถึง " + ThaiDates.formatLong(p.to(), Translations.THAI));
    }
}
