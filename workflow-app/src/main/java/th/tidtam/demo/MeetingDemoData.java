package th.tidtam.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AgendaSection;
import th.tidtam.meeting.AttendanceStatus;
import th.tidtam.meeting.BodyKind;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MemberRole;
import th.tidtam.meeting.service.Agenda;
import th.tidtam.meeting.service.AgendaApproval;
import th.tidtam.meeting.service.Attendance;
import th.tidtam.meeting.service.AttendanceEntry;
import th.tidtam.meeting.service.BodyForm;
import th.tidtam.meeting.service.MeetingNumbers;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.meeting.service.MemberForm;
import th.tidtam.meeting.service.Minutes;
import th.tidtam.meeting.service.ScheduleMeeting;
import th.tidtam.meeting.service.SubmitItem;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.process.EngineTime;

/**
 * The province's meetings, run by the demo people through the meeting services on their own days (the engine's
 * clock replayed, like the directives): the monthly meeting of the provincial committee and heads of agencies and
 * four committees the governor chairs, each with members by position; the monthly meeting of about five weeks ago
 * (held, minutes adopted at the next one), the one of last week or so (held, minutes checked, awaiting adoption),
 * and the next one, its call for agenda items open with one item accepted and one waiting. Meeting numbers follow
 * the month, as if the register had been kept since January.
 */
@Component
class MeetingDemoData {

    static final String MONTHLY = "MONTHLY";
    static final LocalTime STARTS = LocalTime.of(9, 30);

    /** The three monthly meetings the directives and the screens use. */
    record Meetings(MeetingSummary past, MeetingSummary last, MeetingSummary next) {
    }

    private record Committee(String code, String nameTh, String nameEn, String secretary, List<String> members) {
    }

    private static final List<Committee> COMMITTEES = List.of(
            new Committee("ROAD-SAFETY", "ศูนย์อำนวยการความปลอดภัยทางถนนจังหวัดฉะเชิงเทรา (ศปถ.จังหวัด)",
                    "Provincial Road Safety Centre", "AG-07-HEAD",
                    List.of("VICE-GOVERNOR-1", "AG-25-HEAD", "AG-22-HEAD", "AG-12-HEAD", "AG-08-HEAD", "AG-09-HEAD",
                            "DIST-01-CHIEF")),
            new Committee("COMMUNICABLE-DISEASE", "คณะกรรมการโรคติดต่อจังหวัดฉะเชิงเทรา",
                    "Provincial Communicable Disease Committee", "AG-12-HEAD",
                    List.of("VICE-GOVERNOR-2", "AG-03-HEAD", "AG-09-HEAD", "AG-10-HEAD", "AG-19-HEAD", "DIST-01-CHIEF")),
            new Committee("DRUGS", "ศูนย์อำนวยการป้องกันและปราบปรามยาเสพติดจังหวัดฉะเชิงเทรา (ศอ.ปส.จ.ฉช.)",
                    "Provincial Narcotics Prevention and Suppression Centre", "AG-01-HEAD",
                    List.of("VICE-GOVERNOR-1", "AG-25-HEAD", "AG-26-HEAD", "AG-12-HEAD", "AG-19-HEAD", "AG-28-HEAD")),
            new Committee("BUDGET", "คณะกรรมการติดตามและเร่งรัดการเบิกจ่ายงบประมาณจังหวัดฉะเชิงเทรา",
                    "Provincial Budget Disbursement Committee", "AG-18-HEAD",
                    List.of("VICE-GOVERNOR-2", "HEAD-OF-OFFICE", "AG-02-HEAD", "AG-08-HEAD", "AG-27-HEAD", "GRP-STRATEGY-DIR")));

    /** Agencies that report to every monthly meeting (reminded when they owe an item). */
    private static final List<String> REPORT_EVERY_MEETING = List.of("AG-12-HEAD", "AG-18-HEAD", "AG-27-HEAD");

    private final MeetingRegister register;
    private final MeetingNumbers numbers;
    private final Agenda agenda;
    private final AgendaApproval approval;
    private final Attendance attendance;
    private final Minutes minutes;
    private final OrgDirectory org;
    private final EngineTime time;
    private final WorkingCalendar calendar;
    private final AsUser users;
    private final java.time.Clock clock;

    MeetingDemoData(MeetingRegister register, MeetingNumbers numbers, Agenda agenda, AgendaApproval approval,
            Attendance attendance, Minutes minutes, OrgDirectory org, EngineTime time, WorkingCalendar calendar,
            UserDetailsService users, java.time.Clock clock) {
        this.clock = clock;
        this.register = register;
        this.numbers = numbers;
        this.agenda = agenda;
        this.approval = approval;
        this.attendance = attendance;
        this.minutes = minutes;
        this.org = org;
        this.time = time;
        this.calendar = calendar;
        this.users = new AsUser(users);
    }

    boolean loaded() {
        return register.monthlyBody().isPresent();
    }

    /** The monthly meetings already on record (a demo loaded before), or null. */
    Meetings meetings() {
        return users.as("secretary", () -> register.monthlyBody().map(b -> {
            List<MeetingSummary> all = register.meetings(b.id());
            return all.size() < 3 ? null : new Meetings(all.get(all.size() - 3), all.get(all.size() - 2), all.get(all.size() - 1));
        }).orElse(null));
    }

    Meetings load() {
        long monthly = users.as("secretary", this::bodies);
        LocalDate today = calendar.today();
        LocalDate pastDay = workingDaysBack(today, 27);
        LocalDate lastDay = workingDaysBack(today, 7);
        LocalDate nextDay = calendar.addWorkingDays(today, 13);
        return time.replay(() -> {
            users.run("secretary", () -> numbers.continueAfter(monthly, pastDay.getYear(), pastDay.getMonthValue() - 1));
            MeetingSummary past = held(monthly, pastDay, PAST_ITEMS);
            MeetingSummary last = held(monthly, lastDay, LAST_ITEMS);
            // the past meeting's minutes were adopted under item 2 of the last one
            time.at(at(lastDay, LocalTime.of(10, 0)));
            users.run("secretary", () -> minutes.adopt(past.id(), last.id(), List.of()));
            MeetingSummary next = open(monthly, lastDay, nextDay);
            return new Meetings(refreshed(past), refreshed(last), next);
        });
    }

    /** The monthly body and the committees with their members by position; answers the monthly body's id. */
    private long bodies() {
        long governor = position("GOVERNOR");
        Long adminGroup = org.positionByCode("GRP-ADMIN-DIR").orElseThrow().unitId();
        long monthly = register.createBody(new BodyForm(MONTHLY, "คณะกรมการจังหวัดและหัวหน้าส่วนราชการประจำจังหวัดฉะเชิงเทรา",
                "Chachoengsao Provincial Committee and Heads of Agencies", BodyKind.MONTHLY, governor, adminGroup,
                "ห้องประชุมมรุพงษ์ศิริพัฒน์ ชั้น 3 ศาลากลางจังหวัดฉะเชิงเทรา", 5, true)).id();
        Map<String, MemberRole> members = new LinkedHashMap<>();
        members.put("GOVERNOR", MemberRole.CHAIR);
        members.put("VICE-GOVERNOR-1", MemberRole.VICE_CHAIR);
        members.put("VICE-GOVERNOR-2", MemberRole.VICE_CHAIR);
        for (int n = 1; n <= 30; n++) {
            members.put(String.format("AG-%02d-HEAD", n), MemberRole.MEMBER);
        }
        for (int n = 1; n <= 11; n++) {
            members.put(String.format("DIST-%02d-CHIEF", n), MemberRole.MEMBER);
        }
        members.put("HEAD-OF-OFFICE", MemberRole.SECRETARY);
        members.put("GRP-ADMIN-DIR", MemberRole.ASSISTANT_SECRETARY);
        members.forEach((code, role) -> register.setMember(monthly,
                new MemberForm(position(code), role, REPORT_EVERY_MEETING.contains(code))));
        for (Committee c : COMMITTEES) {
            long body = register.createBody(new BodyForm(c.code(), c.nameTh(), c.nameEn(), BodyKind.COMMITTEE, governor,
                    org.positionByCode(c.secretary()).orElseThrow().unitId(), "ห้องประชุมศาลากลางจังหวัดฉะเชิงเทรา ชั้น 2", 3,
                    true)).id();
            register.setMember(body, new MemberForm(governor, MemberRole.CHAIR, false));
            for (String m : c.members()) {
                register.setMember(body, new MemberForm(position(m), MemberRole.MEMBER, false));
            }
            register.setMember(body, new MemberForm(position(c.secretary()), MemberRole.SECRETARY, false));
        }
        return monthly;
    }

    /** An agenda item: who enters it, where, and what the minutes say of it. */
    private record Item(String user, AgendaSection section, String title, String presenter, String summary, String reported,
            String resolution) {
    }

    // items 3.x carry the directives of DirectiveDemoData: the past meeting's 3.1 and 3.2, the last one's 3.1 to 3.3
    private static final List<Item> PAST_ITEMS = List.of(
            new Item("secretary", AgendaSection.CHAIR_ANNOUNCEMENTS, "การเตรียมการช่วงเทศกาลลอยกระทง", null, null,
                    "ประธานแจ้งให้ทุกอำเภอดูแลความปลอดภัยของประชาชนในการจัดงานลอยกระทง", "รับทราบ"),
            new Item("secretary", AgendaSection.FOLLOW_UP, "การสร้างการรับรู้การป้องกันโรคติดต่อ", "AG-12-HEAD",
                    "ผลการดำเนินงานตามข้อสั่งการครั้งที่แล้ว",
                    "สำนักงานสาธารณสุขจังหวัดรายงานสถานการณ์โรคไข้เลือดออกและโรคติดต่อที่ต้องเฝ้าระวัง", "รับทราบ"),
            new Item("secretary", AgendaSection.FOLLOW_UP, "การกำจัดผักตบชวาในแม่น้ำบางปะกง", "AG-27-HEAD",
                    "ผลการกำจัดผักตบชวาช่วงอำเภอบางคล้า คลองเขื่อน และบางน้ำเปรี้ยว",
                    "โครงการชลประทานรายงานว่า กำจัดผักตบชวาไปแล้วร้อยละ 40 ของเป้าหมาย", "รับทราบ"),
            new Item("agency.health", AgendaSection.FOR_INFORMATION, "สถานการณ์โรคไข้เลือดออกจังหวัดฉะเชิงเทรา", "AG-12-HEAD",
                    "จำนวนผู้ป่วยสะสมและพื้นที่เสี่ยง", "นายแพทย์สาธารณสุขจังหวัดรายงานจำนวนผู้ป่วยสะสม 312 ราย", "รับทราบ"));
    private static final List<Item> LAST_ITEMS = List.of(
            new Item("secretary", AgendaSection.CHAIR_ANNOUNCEMENTS, "การป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่", null, null,
                    "ประธานแจ้งให้ทุกหน่วยงานเตรียมการป้องกันอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่ตั้งแต่เนิ่น ๆ", "รับทราบ"),
            new Item("secretary", AgendaSection.FOLLOW_UP, "สถานการณ์น้ำจังหวัดฉะเชิงเทรา", "AG-27-HEAD", null,
                    "โครงการชลประทานรายงานปริมาณน้ำในอ่างเก็บน้ำและแผนการระบายน้ำ", "รับทราบ"),
            new Item("secretary", AgendaSection.FOLLOW_UP, "ผลการเบิกจ่ายงบประมาณและภาวะเศรษฐกิจการคลังจังหวัด", "AG-18-HEAD", null,
                    "คลังจังหวัดรายงานผลการเบิกจ่ายงบประมาณภาพรวมของจังหวัด", "รับทราบ"),
            new Item("secretary", AgendaSection.FOLLOW_UP, "การเตรียมการจัดพิธีเฉลิมพระเกียรติ", "GRP-ADMIN-DIR", null,
                    "กลุ่มงานอำนวยการรายงานการเตรียมการจัดพิธี", "รับทราบ"),
            new Item("agency.treasury", AgendaSection.FOR_INFORMATION, "ผลการเบิกจ่ายงบประมาณรายจ่ายไตรมาสที่ 1", "AG-18-HEAD",
                    "ภาพรวมการเบิกจ่ายของส่วนราชการในจังหวัด", "คลังจังหวัดรายงานว่า เบิกจ่ายแล้วร้อยละ 18.4", "รับทราบ"));

    /** A meeting that took place: scheduled, agenda called for, approved and published, held, minutes checked. */
    private MeetingSummary held(long body, LocalDate day, List<Item> items) {
        time.at(at(workingDaysBack(day, 20), LocalTime.of(14, 0)));
        MeetingSummary m = users.as("secretary", () -> register.schedule(schedule(body, day)));
        time.at(at(workingDaysBack(day, 12), LocalTime.of(10, 0)));
        List<Long> ids = new ArrayList<>();
        for (Item i : items) {
            AgendaItemView submitted = users.as(i.user(), () -> agenda.submit(m.id(), submission(i)));
            // the secretariat's own entries are on the agenda at once; the agencies' wait to be accepted
            if (submitted.status() == th.tidtam.meeting.AgendaItemStatus.SUBMITTED) {
                ids.add(submitted.id());
            }
        }
        time.at(at(calendar.addWorkingDays(m.cutOffDate(), 1), LocalTime.of(9, 0)));
        timers(m);
        users.run("secretary", () -> ids.forEach(agenda::accept));
        users.run("secretary", () -> approval.sendForApproval(m.id()));
        users.run("governor", () -> approval.approve(m.id(), AgendaApproval.Outcome.APPROVE, null));
        time.at(at(day, LocalTime.of(12, 30)));
        timers(m);
        users.run("secretary", () -> attendance.record(m.id(), attendance(day)));
        List<AgendaItemView> onAgenda = users.as("secretary", () -> agenda.items(m.id()));
        time.at(at(calendar.addWorkingDays(day, 1), LocalTime.of(10, 0)));
        for (Item i : items) {
            AgendaItemView v = onAgenda.stream().filter(a -> a.title().equals(i.title())).findFirst().orElseThrow();
            users.run("secretary", () -> minutes.recordItem(v.id(), i.reported(), i.resolution()));
        }
        users.run("secretary", () -> minutes.submitForCheck(m.id()));
        time.at(at(calendar.addWorkingDays(day, 2), LocalTime.of(11, 0)));
        users.run("head", () -> minutes.check(m.id(), Minutes.CheckOutcome.CHECKED, null));
        return m;
    }

    /** The next meeting: its call for items open, one item accepted, one waiting for the secretariat. */
    private MeetingSummary open(long body, LocalDate scheduledOn, LocalDate day) {
        time.at(at(scheduledOn, LocalTime.of(15, 0)));
        MeetingSummary m = users.as("secretary", () -> register.schedule(schedule(body, day)));
        time.at(at(calendar.addWorkingDays(scheduledOn, 2), LocalTime.of(10, 0)));
        long accepted = users.as("agency.health", () -> agenda.submit(m.id(), submission(new Item("agency.health",
                AgendaSection.FOR_INFORMATION, "แผนเฝ้าระวังโรคติดต่อช่วงฤดูหนาว", "AG-12-HEAD",
                "มาตรการเฝ้าระวังโรคไข้หวัดใหญ่และโรคติดต่อทางเดินหายใจ", null, null)))).id();
        users.run("secretary", () -> agenda.accept(accepted));
        time.at(at(calendar.addWorkingDays(scheduledOn, 4), LocalTime.of(14, 0)));
        users.run("agency.treasury", () -> agenda.submit(m.id(), submission(new Item("agency.treasury", AgendaSection.FOR_DECISION,
                "ขอความเห็นชอบแผนเร่งรัดการเบิกจ่ายงบลงทุนไตรมาสที่ 2", "AG-18-HEAD",
                "ส่วนราชการที่เบิกจ่ายต่ำกว่าเป้าหมายจัดทำแผนเร่งรัดรายเดือน", null, null))));
        return m;
    }

    private List<AttendanceEntry> attendance(LocalDate day) {
        List<AttendanceEntry> lines = new ArrayList<>();
        for (String code : List.of("GOVERNOR", "VICE-GOVERNOR-1", "VICE-GOVERNOR-2", "HEAD-OF-OFFICE", "GRP-ADMIN-DIR")) {
            lines.add(new AttendanceEntry(position(code), AttendanceStatus.PRESENT, null, null, null));
        }
        for (int n = 1; n <= 30; n++) {
            String code = String.format("AG-%02d-HEAD", n);
            lines.add(n == 25 ? new AttendanceEntry(position(code), AttendanceStatus.REPRESENTED, "พันตำรวจเอก สมศักดิ์ รักษาดี",
                    "รองผู้บังคับการตำรวจภูธรจังหวัดฉะเชิงเทรา", null)
                    : n == 18 && day.getDayOfMonth() % 2 == 0 ? new AttendanceEntry(position(code), AttendanceStatus.ABSENT, null, null,
                            "ติดราชการ")
                            : new AttendanceEntry(position(code), AttendanceStatus.PRESENT, null, null, null));
        }
        for (int n = 1; n <= 11; n++) {
            String code = String.format("DIST-%02d-CHIEF", n);
            lines.add(n == 11 ? new AttendanceEntry(position(code), AttendanceStatus.REPRESENTED, "นายวิชัย ศรีสวัสดิ์",
                    "ปลัดอำเภอคลองเขื่อน", null) : new AttendanceEntry(position(code), AttendanceStatus.PRESENT, null, null, null));
        }
        return lines;
    }

    private SubmitItem submission(Item i) {
        Long unit = i.presenter() == null ? null : org.positionByCode(i.presenter()).orElseThrow().unitId();
        return new SubmitItem(i.section(), i.title(), i.summary(), unit, "NONE", false);
    }

    private ScheduleMeeting schedule(long body, LocalDate day) {
        return new ScheduleMeeting(body, LocalDateTime.of(day, STARTS), LocalDateTime.of(day, LocalTime.of(12, 0)), null, null,
                null, null, null, null);
    }

    private MeetingSummary refreshed(MeetingSummary m) {
        return users.as("secretary", () -> register.meeting(m.id()).orElseThrow());
    }

    private void timers(MeetingSummary m) {
        // each timer that fires may set the next one
        for (int i = 0; i < 10 && time.runDueTimers(m.processInstanceId()) > 0; i++) {
            // again
        }
    }

    private java.time.Instant at(LocalDate day, LocalTime t) {
        return LocalDateTime.of(day, t).atZone(clock.getZone()).toInstant();
    }

    private LocalDate workingDaysBack(LocalDate from, int n) {
        LocalDate d = from;
        for (int i = 0; i < n; i++) {
            d = d.minusDays(1);
            while (!calendar.isWorkingDay(d)) {
                d = d.minusDays(1);
            }
        }
        return d;
    }

    private long position(String code) {
        return org.positionByCode(code).orElseThrow(() -> new IllegalStateException("No position " + code)).id();
    }
}
