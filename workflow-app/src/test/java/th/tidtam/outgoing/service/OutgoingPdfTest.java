package th.tidtam.outgoing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static th.tidtam.support.PdfText.skeleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.casework.Urgency;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.SecrecyClass;
import th.tidtam.outgoing.LetterSummary;
import th.tidtam.outgoing.OutgoingStatus;
import th.tidtam.outgoing.RegisterLine;
import th.tidtam.support.PdfText;

/**
 * The signed letter and the register printout as a reader sees them (text extracted with PDFBox), from letters built
 * by hand: no Spring, no database. The PDFs and their first pages are kept in target/screenshots to look at.
 */
class OutgoingPdfTest {

    static final ThaiFonts FONTS = new ThaiFonts();

    static LetterSummary signed(String block, SecrecyClass secrecy) {
        return new LetterSummary(1, 2, "ฉช 0017.1", OutgoingStatus.SIGNED, false, "ฉช 0017.1/1234", LocalDate.of(2026, 12, 5),
                "ศาลากลางจังหวัดฉะเชิงเทรา\nถนนหน้าเมือง ฉช 24000", "ขอเชิญประชุมคณะทำงานขับเคลื่อนการติดตามข้อสั่งการ",
                "หัวหน้าส่วนราชการประจำจังหวัดทุกส่วน", "หนังสือกระทรวงมหาดไทย ที่ มท 0211.3/ว 1234 ลงวันที่ 2 ธันวาคม 2569",
                "ระเบียบวาระการประชุม จำนวน 1 ชุด",
                "ด้วยจังหวัดฉะเชิงเทรากำหนดประชุมคณะทำงานขับเคลื่อนการติดตามข้อสั่งการของผู้ว่าราชการจังหวัด ในวันพุธที่ 16 ธันวาคม 2569 เวลา 09.30 น."
                        + " ณ ห้องประชุมมรุพงษ์ศิริพัฒน์ ชั้น 3 ศาลากลางจังหวัดฉะเชิงเทรา\nจึงเรียนมาเพื่อโปรดเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว",
                "ขอแสดงความนับถือ", "สำนักงานจังหวัด กลุ่มงานอำนวยการ", "0 3851 1011", "หัวหน้าส่วนราชการประจำจังหวัดทุกส่วน",
                "ผู้อำนวยการกลุ่มงานทุกกลุ่มงาน", Urgency.VERY_URGENT, secrecy, "GENERAL", null, null, 10L, 20L, 30L,
                AssignmentKind.DELEGATION, Instant.parse("2026-12-05T03:00:00Z"), block, 9L, Instant.parse("2026-12-05T03:00:00Z"));
    }

    @Test
    void theSignedLetterShowsItsNumberTheDateInWordsAndWhoSignedInWhichCapacityInThaiDigits() {
        byte[] pdf = new LetterPdf(FONTS).render(signed("นายวิชัย ใจกว้าง\nรองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน\nผู้ว่าราชการจังหวัดฉะเชิงเทรา",
                SecrecyClass.NONE), true);
        PdfText.keep(pdf, "outgoing-letter", 2);
        String text = skeleton(PdfText.reading(pdf));
        assertThat(text).contains(skeleton("ที่ ฉช ๐๐๑๗.๑/๑๒๓๔"), skeleton("๕ ธันวาคม ๒๕๖๙"), skeleton("ด่วนมาก"),
                skeleton("เรื่อง ขอเชิญประชุม"), skeleton("(นายวิชัย ใจกว้าง)"), skeleton("ปฏิบัติราชการแทน"),
                skeleton("ผู้ว่าราชการจังหวัดฉะเชิงเทรา"), skeleton("ขอแสดงความนับถือ"), skeleton("โทร. ๐ ๓๘๕๑ ๑๐๑๑"));
        assertThat(text).doesNotContain("1234");
    }

    @Test
    void aClassifiedLetterCarriesItsClassAndArabicDigitsWhenAsked() {
        byte[] pdf = new LetterPdf(FONTS).render(signed("นายสมศักดิ์ รักษ์แปดริ้ว\nรองผู้ว่าราชการจังหวัด รักษาราชการแทน\nผู้ว่าราชการจังหวัดฉะเชิงเทรา",
                SecrecyClass.CONFIDENTIAL), false);
        String text = skeleton(PdfText.reading(pdf));
        assertThat(text).contains(skeleton("ฉช 0017.1/1234"), skeleton("5 ธันวาคม 2569"), skeleton("รักษาราชการแทน"), skeleton("ลับ"));
    }

    @Test
    void theRegisterPrintoutListsTheFormsColumnsOnLandscapePages() {
        List<RegisterLine> lines = List.of(
                new RegisterLine(1, 1233, false, "ฉช 0017.1/1233", LocalDate.of(2026, 12, 4), "กลุ่มงานอำนวยการ", "ปลัดกระทรวงมหาดไทย",
                        "ขอส่งสรุปผลการประชุม", null, null, SecrecyClass.NONE),
                new RegisterLine(2, 12, true, "ฉช 0017.1/ว 12", LocalDate.of(2026, 12, 5), "กลุ่มงานอำนวยการ", "", "", null, null,
                        SecrecyClass.SECRET));
        byte[] pdf = new OutgoingRegisterPdf(FONTS).render(new OutgoingRegister.Period("ฉช 0017.1", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), lines), true);
        PdfText.keep(pdf, "outgoing-register", 1);
        // in content order: a table's cells one after the other, each cell's wrapped lines together
        String text = skeleton(PdfText.text(pdf));
        assertThat(text).contains(skeleton("ทะเบียนหนังสือส่ง ฉช ๐๐๑๗.๑"), skeleton("เลขทะเบียนส่ง"), skeleton("การปฏิบัติ"),
                skeleton("ฉช ๐๐๑๗.๑/ว ๑๒"), skeleton("(ลับมาก)"), skeleton("ขอส่งสรุปผลการประชุม"));
        byte[] xlsx = new OutgoingRegisterXlsx().render(new OutgoingRegister.Period(null, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31), lines), false);
        assertThat(xlsx).isNotEmpty();
    }
}
