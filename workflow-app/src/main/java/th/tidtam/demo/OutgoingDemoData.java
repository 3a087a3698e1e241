package th.tidtam.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;


import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.Urgency;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.outgoing.BookSummary;
import th.tidtam.outgoing.service.BookForm;
import th.tidtam.outgoing.service.LetterForm;
import th.tidtam.outgoing.service.OutgoingDrafts;
import th.tidtam.outgoing.service.OutgoingSigning;
import th.tidtam.outgoing.service.PaperLetter;
import th.tidtam.outgoing.service.RegisterBooks;
import th.tidtam.process.EngineTime;

/**
 * The outgoing register of the provincial office: books for the office (ฉช 0017) and its five groups (ฉช 0017.1–.5),
 * a month of letters sent — signed in Tidtam on their own working days (the engine's clock replayed) by the governor,
 * the first vice governor on the governor's behalf or the head of office, a few registered by the correspondence clerk
 * as signed on paper — and one draft of staff waiting to be sent up for signature (the browser test's letter).
 */
@Component
class OutgoingDemoData {

    static final String ADDRESS = "ศาลากลางจังหวัดฉะเชิงเทรา\nถนนหน้าเมือง ฉช 24000";
    static final String WAITING_SUBJECT = "ขอเชิญประชุมคณะทำงานขับเคลื่อนการติดตามข้อสั่งการ";

    /** Unit code, owner code, drafter. */
    private static final String[][] BOOKS = { { "PAO-OFFICE", "ฉช 0017", "director.admin" },
            { "GRP-ADMIN", "ฉช 0017.1", "director.admin" }, { "GRP-STRATEGY", "ฉช 0017.2", "director.strategy" },
            { "GRP-HR", "ฉช 0017.3", "director.admin" }, { "GRP-DAMRONGDHAMA", "ฉช 0017.4", "director.damrongdhama" },
            { "GRP-ICT", "ฉช 0017.5", "director.ict" } };

    /** Subject, recipients, salutation. */
    private static final String[][] LETTERS = {
            { "ขอความร่วมมือรายงานผลการดำเนินงานตามข้อสั่งการผู้ว่าราชการจังหวัด", "หัวหน้าส่วนราชการประจำจังหวัดทุกส่วน", "หัวหน้าส่วนราชการประจำจังหวัดทุกส่วน" },
            { "การเตรียมการป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่", "นายอำเภอทุกอำเภอ", "นายอำเภอทุกอำเภอ" },
            { "ขอส่งสรุปผลการประชุมคณะกรมการจังหวัด", "ปลัดกระทรวงมหาดไทย", "ปลัดกระทรวงมหาดไทย" },
            { "ขอความอนุเคราะห์ข้อมูลโครงการตามแผนพัฒนาจังหวัด", "ผู้อำนวยการสำนักงบประมาณ", "ผู้อำนวยการสำนักงบประมาณ" },
            { "การกำจัดผักตบชวาในแม่น้ำบางปะกง", "ผู้อำนวยการโครงการชลประทานฉะเชิงเทรา", "ผู้อำนวยการโครงการชลประทานฉะเชิงเทรา" },
            { "ขอเชิญร่วมพิธีวันพ่อแห่งชาติ", "หัวหน้าส่วนราชการประจำจังหวัดทุกส่วน", "หัวหน้าส่วนราชการประจำจังหวัดทุกส่วน" },
            { "แจ้งผลการพิจารณาเรื่องร้องเรียน", "นายก องค์การบริหารส่วนจังหวัดฉะเชิงเทรา", "นายกองค์การบริหารส่วนจังหวัดฉะเชิงเทรา" },
            { "ขอรายงานผลการเบิกจ่ายงบประมาณรายจ่ายประจำปี", "อธิบดีกรมบัญชีกลาง", "อธิบดีกรมบัญชีกลาง" },
            { "การเฝ้าระวังโรคไข้เลือดออก", "นายแพทย์สาธารณสุขจังหวัดฉะเชิงเทรา", "นายแพทย์สาธารณสุขจังหวัดฉะเชิงเทรา" },
            { "ขอส่งรายชื่อผู้ประสานงานระบบติดตามข้อสั่งการ", "ผู้อำนวยการสำนักงานสถิติจังหวัดฉะเชิงเทรา", "ผู้อำนวยการสำนักงานสถิติจังหวัดฉะเชิงเทรา" } };

    private final RegisterBooks books;
    private final OutgoingDrafts drafts;
    private final OutgoingSigning signing;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final EngineTime time;
    private final AsUser users;
    private final Clock clock;

    OutgoingDemoData(RegisterBooks books, OutgoingDrafts drafts, OutgoingSigning signing, OrgDirectory org,
            WorkingCalendar calendar, EngineTime time, UserDetailsService users, Clock clock) {
        this.books = books;
        this.drafts = drafts;
        this.signing = signing;
        this.org = org;
        this.calendar = calendar;
        this.time = time;
        this.users = new AsUser(users);
        this.clock = clock;
    }

    boolean loaded() {
        return books.books().stream().anyMatch(b -> b.ownerCode().equals("ฉช 0017"));
    }

    /** Loads the books and letters; answers how many letters went out. */
    int load() {
        List<BookSummary> made = new ArrayList<>();
        users.run("secretary", () -> {
            for (String[] b : BOOKS) {
                var unit = org.allUnits().stream().filter(u -> u.code().equals(b[0])).findFirst().orElseThrow();
                made.add(books.create(new BookForm(unit.id(), b[1], "ทะเบียนหนังสือส่ง " + unit.nameTh(),
                        "Outgoing register, " + unit.nameEn(), true)));
            }
        });
        List<LocalDate> days = new ArrayList<>();
        LocalDate today = calendar.today();
        LocalDate actingSince = today.minusDays(19);
        for (LocalDate d = today.minusDays(30); d.isBefore(today); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days.add(d);
            }
        }
        int sent = time.replay(() -> {
            int n = 0;
            for (int i = 0; i < 30; i++) {
                LocalDate day = days.get(i * days.size() / 30);
                time.at(day.atTime(LocalTime.of(10 + i % 6, 15)).atZone(clock.getZone()).toInstant());
                send(made, i, day, actingSince);
                n++;
            }
            return n;
        });
        users.run("staff", () -> drafts.draft(letter(made.get(1).id(), false, new String[] { WAITING_SUBJECT,
                "หัวหน้าส่วนราชการประจำจังหวัดทุกส่วน", "หัวหน้าส่วนราชการประจำจังหวัดทุกส่วน" }, Urgency.URGENT)));
        return sent;
    }

    private void send(List<BookSummary> made, int i, LocalDate day, LocalDate actingSince) {
        int bookIndex = i % BOOKS.length;
        if (BOOKS[bookIndex][0].equals("GRP-HR") && day.isBefore(actingSince)) {
            // the HR group's director post is vacant; its acting director (director.admin) drafts only since acting
            bookIndex = 0;
        }
        BookSummary book = made.get(bookIndex);
        String[] text = LETTERS[i % LETTERS.length];
        boolean circular = text[1].contains("ทุก");
        Urgency urgency = i % 7 == 0 ? Urgency.VERY_URGENT : i % 3 == 0 ? Urgency.URGENT : Urgency.NORMAL;
        LetterForm form = letter(book.id(), circular, text, urgency);
        if (i % 5 == 4) {
            // signed on paper at a meeting away from the office, registered by the clerk the same day
            users.run("secretary", () -> signing.registerPaper(new PaperLetter(form, "นายสมศักดิ์ รักษ์แปดริ้ว",
                    "ผู้ว่าราชการจังหวัดฉะเชิงเทรา", day)));
            return;
        }
        long id = users.as(BOOKS[bookIndex][2], () -> drafts.draft(form)).id();
        ActorStamp signer = switch (i % 3) {
            case 0 -> stamp("governor", "GOVERNOR", AssignmentKind.HOLDER);
            case 1 -> stamp("vicegovernor1", "GOVERNOR", AssignmentKind.DELEGATION);
            default -> stamp("head", "HEAD-OF-OFFICE", AssignmentKind.HOLDER);
        };
        signing.sign(id, signer);
    }

    private ActorStamp stamp(String username, String positionCode, AssignmentKind capacity) {
        return new ActorStamp(org.person(username).orElseThrow().id(), org.positionByCode(positionCode).orElseThrow().id(), capacity);
    }

    private static LetterForm letter(long bookId, boolean circular, String[] text, Urgency urgency) {
        String body = "ด้วยจังหวัดฉะเชิงเทรามีความประสงค์" + text[0] + " เพื่อให้การดำเนินงานเป็นไปด้วยความเรียบร้อย"
                + " บรรลุวัตถุประสงค์ตามนโยบายของรัฐบาลและกระทรวงมหาดไทย\n"
                + "จังหวัดฉะเชิงเทราพิจารณาแล้ว จึงขอความร่วมมือท่านดำเนินการในส่วนที่เกี่ยวข้อง และแจ้งผลให้จังหวัดทราบภายใน 15 วัน"
                + " นับแต่วันที่ได้รับหนังสือนี้\n" + "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป";
        return new LetterForm(bookId, circular, ADDRESS, text[0], text[2], null, null, body, "ขอแสดงความนับถือ",
                "สำนักงานจังหวัดฉะเชิงเทรา กลุ่มงานอำนวยการ", "0 3851 1011", text[1], null, urgency, SecrecyClass.NONE,
                "GENERAL", null, null);
    }

}
