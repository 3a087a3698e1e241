package th.tidtam.meeting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static th.tidtam.support.PdfText.skeleton;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.pdf.ThaiFonts;
import th.tidtam.directive.Cadence;
import th.tidtam.meeting.AgendaItemStatus;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AgendaSection;
import th.tidtam.meeting.AttendanceLine;
import th.tidtam.meeting.AttendanceStatus;
import th.tidtam.meeting.BodyKind;
import th.tidtam.meeting.BodyMember;
import th.tidtam.meeting.FollowUpLine;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MemberRole;
import th.tidtam.meeting.MinutesDirectiveView;
import th.tidtam.meeting.MinutesStatus;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.SecrecyClass;
import th.tidtam.support.PdfText;

/**
 * The agenda and the minutes as a reader sees them (text extracted with PDFBox), from papers built by hand after the
 * shared example minutes 1/2569: no Spring, no database. The PDFs and their pages are kept in target/screenshots.
 */
class MeetingDocumentsPdfTest {

    static final String BODY = "คณะกรมการจังหวัดและหัวหน้าส่วนราชการประจำจังหวัดฉะเชิงเทรา";
    static final ThaiFonts FONTS = new ThaiFonts();
    static final Translations TRANSLATIONS = new Translations();

    static MeetingSummary meeting(long id, int seq, LocalDateTime at, MeetingStatus status, MinutesStatus minutes,
            int agendaVersion, Long adoptedAt) {
        return new MeetingSummary(id, 1, "MONTHLY", BODY, "Provincial committee", BodyKind.MONTHLY, seq + "/2569", seq, 2569,
                at, at.withHour(12).withMinute(0), "ห้องประชุมมรุพงษ์ศิริพัฒน์ ชั้น 3 ศาลากลางจังหวัดฉะเชิงเทรา", 100L,
                AssignmentKind.HOLDER, null, 104L, at.toLocalDate().minusDays(7), status, agendaVersion, minutes, 104L, null,
                adoptedAt, adoptedAt == null ? null : Boolean.FALSE, null);
    }

    static AgendaItemView item(long id, AgendaSection section, int seq, String title, String presenter, String reported,
            String resolution) {
        return new AgendaItemView(id, 11, section, seq, section.number() + "." + seq, title, "สรุปเรื่องเพื่อประกอบการพิจารณา "
                + title, 1L, presenter, presenter, 1L, 1L, null, AgendaItemStatus.ACCEPTED, null, null, null, false,
                SecrecyClass.NONE, reported, resolution);
    }

    static MinutesDirectiveView directive(long id, String item, String text, List<Long> units, boolean allDistricts) {
        return new MinutesDirectiveView(id, 11, null, item, (int) id, text, text, units, allDistricts, false,
                LocalDate.of(2569 - 543, 12, 30), Cadence.MONTHLY, null, 500 + id, "DIR-" + id);
    }

    static MeetingPapers papers() {
        MeetingSummary previous = meeting(10, 10, LocalDateTime.of(2026, 10, 28, 9, 30), MeetingStatus.HELD,
                MinutesStatus.ADOPTED, 1, 11L);
        MeetingSummary m = meeting(11, 11, LocalDateTime.of(2026, 11, 25, 9, 30), MeetingStatus.HELD, MinutesStatus.CHECKED, 1, null);
        List<BodyMember> members = List.of(new BodyMember(1, 1, 100, "GOV", "ผู้ว่าราชการจังหวัดฉะเชิงเทรา", "Governor", 1L,
                MemberRole.CHAIR, false), new BodyMember(2, 1, 101, "VG1", "รองผู้ว่าราชการจังหวัดฉะเชิงเทรา (1)", "VG", 1L,
                        MemberRole.VICE_CHAIR, false), new BodyMember(3, 1, 102, "AG12", "นายแพทย์สาธารณสุขจังหวัดฉะเชิงเทรา", "",
                                2L, MemberRole.MEMBER, true), new BodyMember(4, 1, 103, "AG18", "คลังจังหวัดฉะเชิงเทรา", "", 3L,
                                        MemberRole.MEMBER, true), new BodyMember(5, 1, 104, "HEAD", "หัวหน้าสำนักงานจังหวัดฉะเชิงเทรา", "",
                                                4L, MemberRole.SECRETARY, false));
        List<AttendanceLine> attendance = List.of(
                new AttendanceLine(100, "ผู้ว่าราชการจังหวัดฉะเชิงเทรา", "", AttendanceStatus.PRESENT, null, null, null),
                new AttendanceLine(101, "รองผู้ว่าราชการจังหวัดฉะเชิงเทรา (1)", "", AttendanceStatus.PRESENT, null, null, null),
                new AttendanceLine(102, "นายแพทย์สาธารณสุขจังหวัดฉะเชิงเทรา", "", AttendanceStatus.REPRESENTED, "นายสมชาย ใจดี",
                        "นายแพทย์เชี่ยวชาญ", null),
                new AttendanceLine(103, "คลังจังหวัดฉะเชิงเทรา", "", AttendanceStatus.ABSENT, null, null, "ติดราชการ"),
                new AttendanceLine(104, "หัวหน้าสำนักงานจังหวัดฉะเชิงเทรา", "", AttendanceStatus.PRESENT, null, null, null),
                new AttendanceLine(200, "ผู้อำนวยการโครงการชลประทานฉะเชิงเทรา", "", AttendanceStatus.PRESENT, null, null, null));
        List<AgendaItemView> items = List.of(
                item(1, AgendaSection.CHAIR_ANNOUNCEMENTS, 1, "การป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ 2570", null,
                        "ประธานแจ้งว่า ขอให้ทุกหน่วยงานเตรียมการป้องกันอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ตั้งแต่เนิ่น ๆ", "รับทราบ"),
                item(2, AgendaSection.FOLLOW_UP, 1, "การกำจัดผักตบชวาในแม่น้ำบางปะกง", "โครงการชลประทานฉะเชิงเทรา",
                        "โครงการชลประทานรายงานว่า กำจัดผักตบชวาแล้ว 12,500 ตัน คิดเป็นร้อยละ 65 ของเป้าหมาย", "รับทราบ"),
                item(3, AgendaSection.FOR_INFORMATION, 1, "ผลการเบิกจ่ายงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2570",
                        "สำนักงานคลังจังหวัดฉะเชิงเทรา", "คลังจังหวัดรายงานว่า ภาพรวมเบิกจ่ายแล้วร้อยละ 18.4", "รับทราบ"),
                item(4, AgendaSection.FOR_DECISION, 1, "การจัดงานกาชาดและงานประจำปีจังหวัดฉะเชิงเทรา", "สำนักงานจังหวัดฉะเชิงเทรา",
                        "ที่ประชุมพิจารณาแล้ว เห็นชอบตามที่เสนอ", "เห็นชอบ"));
        List<MinutesDirectiveView> directives = List.of(
                directive(1, "1.1", "ให้สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา และนายอำเภอทุกอำเภอ ตั้งจุดตรวจหลักและจุดตรวจรองให้ครบทั้ง 11 อำเภอ และรายงานสถิติอุบัติเหตุทุกวัน",
                        List.of(7L), true),
                directive(2, "1.1", "บูรณาการข้อมูลผู้บาดเจ็บและเสียชีวิต เสนอที่ประชุมครั้งต่อไป", List.of(8L, 9L), false),
                directive(3, "4.1", "เร่งรัดการเบิกจ่ายงบประมาณให้ได้ตามเป้าหมาย และรายงานผลทุกเดือน", List.of(3L), false));
        List<FollowUpLine> followUp = List.of(new FollowUpLine(1, "45/2569", "กำจัดผักตบชวาในแม่น้ำบางปะกง", "10/2569", "3.2",
                LocalDate.of(2026, 12, 30), "โครงการชลประทานฉะเชิงเทรา", "", 1, 4, 0),
                new FollowUpLine(2, "46/2569", "สร้างการรับรู้การป้องกันโรคติดต่อสู่ประชาชน", "10/2569", "3.1",
                        LocalDate.of(2026, 11, 20), "ที่ทำการปกครองอำเภอเมืองฉะเชิงเทรา", "", 0, 3, 9));
        return new MeetingPapers(m, members, items, followUp, attendance, directives, previous, null, List.of(),
                Map.of(7L, "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา", 8L, "ตำรวจภูธรจังหวัดฉะเชิงเทรา", 9L,
                        "สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา", 3L, "สำนักงานคลังจังหวัดฉะเชิงเทรา"),
                Map.of(), new MeetingPapers.Signer("นางสาวสุดารัตน์ ศรีสุข", "นักจัดการงานทั่วไปชำนาญการ"),
                new MeetingPapers.Signer("นายประเสริฐ วงศ์ทอง", "หัวหน้าสำนักงานจังหวัดฉะเชิงเทรา"));
    }

    @Test
    void theMinutesReadLikeTheOfficialMinutesInThaiDigits() {
        byte[] pdf = new MinutesPdf(FONTS, TRANSLATIONS).render(papers(), true);
        PdfText.keep(pdf, "meeting-minutes-11-2569", 3);
        String text = skeleton(PdfText.reading(pdf));
        List<String> inOrder = List.of("รายงานการประชุม" + BODY, "ครั้งที่ ๑๑/๒๕๖๙", "เมื่อวันพุธที่ ๒๕ พฤศจิกายน ๒๕๖๙ เวลา ๐๙.๓๐ น.",
                "ณ ห้องประชุมมรุพงษ์ศิริพัฒน์ ชั้น ๓", "ผู้มาประชุม", "ผู้ว่าราชการจังหวัดฉะเชิงเทรา", "ประธานที่ประชุม",
                "นายสมชาย ใจดี นายแพทย์เชี่ยวชาญ แทนนายแพทย์สาธารณสุขจังหวัดฉะเชิงเทรา", "หัวหน้าสำนักงานจังหวัดฉะเชิงเทรา",
                "เลขานุการ", "ผู้ไม่มาประชุม", "คลังจังหวัดฉะเชิงเทรา (ติดราชการ)", "ผู้เข้าร่วมประชุม",
                "ผู้อำนวยการโครงการชลประทานฉะเชิงเทรา", "เริ่มประชุมเวลา ๐๙.๓๐ น.",
                "ระเบียบวาระที่ ๑", "เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ", "๑.๑", "ข้อสั่งการ",
                "๑) ให้สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดฉะเชิงเทรา และนายอำเภอทุกอำเภอ ตั้งจุดตรวจหลักและจุดตรวจรองให้ครบทั้ง ๑๑ อำเภอ",
                "๒) ให้ตำรวจภูธรจังหวัดฉะเชิงเทรา ร่วมกับสำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา บูรณาการข้อมูลผู้บาดเจ็บและเสียชีวิต",
                "มติที่ประชุม รับทราบ", "ระเบียบวาระที่ ๒", "เรื่องรับรองรายงานการประชุม",
                "รับรองรายงานการประชุม" + BODY + " ครั้งที่ ๑๐/๒๕๖๙ เมื่อวันที่ ๒๘ ตุลาคม ๒๕๖๙",
                "รับรองรายงานการประชุม โดยไม่มีการแก้ไข", "ระเบียบวาระที่ ๓", "กำจัดผักตบชวาแล้ว ๑๒,๕๐๐ ตัน",
                "ระเบียบวาระที่ ๔", "๔.๑", "ให้สำนักงานคลังจังหวัดฉะเชิงเทรา เร่งรัดการเบิกจ่ายงบประมาณ", "ระเบียบวาระที่ ๕",
                "มติที่ประชุม เห็นชอบ", "ระเบียบวาระที่ ๖", "เรื่องอื่น ๆ", "- ไม่มี -", "เลิกประชุมเวลา ๑๒.๐๐ น.",
                "(นางสาวสุดารัตน์ ศรีสุข)", "ผู้จดรายงานการประชุม", "(นายประเสริฐ วงศ์ทอง)", "ผู้ตรวจรายงานการประชุม");
        int at = -1;
        for (String expected : inOrder) {
            int found = text.indexOf(skeleton(expected), at + 1);
            assertThat(found).as("'%s' after position %d", expected, at).isGreaterThan(at);
            at = found;
        }
        assertThat(text).as("Thai digits throughout").doesNotContainPattern("[0-9]");
        assertThat(text).doesNotContain(skeleton("(ร่าง)"));
    }

    @Test
    void theAgendaListsTheSixSectionsWithItemsAndTheOpenDirectives() {
        MeetingPapers minutes = papers();
        MeetingSummary next = meeting(12, 12, LocalDateTime.of(2026, 12, 17, 9, 30), MeetingStatus.SCHEDULED,
                MinutesStatus.NOT_STARTED, 0, null);
        List<AgendaItemView> items = new ArrayList<>(minutes.items());
        items.add(new AgendaItemView(9, 12, AgendaSection.FOR_DECISION, 2, "5.2", "ยังไม่รับเข้าวาระ", null, null, null, null,
                null, null, null, AgendaItemStatus.SUBMITTED, null, null, null, false, SecrecyClass.NONE, null, null));
        MeetingPapers papers = new MeetingPapers(next, minutes.members(), items, minutes.followUp(), List.of(), List.of(),
                minutes.meeting(), null, List.of(), Map.of(), Map.of(), null, null);
        byte[] pdf = new AgendaPdf(FONTS, TRANSLATIONS).render(papers, true);
        PdfText.keep(pdf, "meeting-agenda-12-2569", 2);
        String text = skeleton(PdfText.reading(pdf));
        List<String> inOrder = List.of("ระเบียบวาระการประชุม" + BODY, "ครั้งที่ ๑๒/๒๕๖๙", "เมื่อวันพฤหัสบดีที่ ๑๗ ธันวาคม ๒๕๖๙",
                "(ร่าง)", "ระเบียบวาระที่ ๑", "ระเบียบวาระที่ ๒", "ครั้งที่ ๑๑/๒๕๖๙ เมื่อวันที่ ๒๕ พฤศจิกายน ๒๕๖๙",
                "ระเบียบวาระที่ ๓", "๓.๑", "การกำจัดผักตบชวาในแม่น้ำบางปะกง (โครงการชลประทานฉะเชิงเทรา)",
                "ผลการปฏิบัติตามข้อสั่งการที่ยังไม่แล้วเสร็จ จำนวน ๒ เรื่อง", "๔๕/๒๕๖๙", "วาระ ๓.๒",
                "๔๖/๒๕๖๙", "ระเบียบวาระที่ ๔", "เรื่องเพื่อทราบ", "๔.๑",
                "ระเบียบวาระที่ ๕", "เรื่องเพื่อพิจารณา", "๕.๑", "ระเบียบวาระที่ ๖");
        int at = -1;
        for (String expected : inOrder) {
            int found = text.indexOf(skeleton(expected), at + 1);
            assertThat(found).as("'%s' after position %d", expected, at).isGreaterThan(at);
            at = found;
        }
        assertThat(text).as("only items on the agenda").doesNotContain(skeleton("ยังไม่รับเข้าวาระ"));
        assertThat(text).as("no minutes in an agenda").doesNotContain(skeleton("มติที่ประชุม"));
    }
}
