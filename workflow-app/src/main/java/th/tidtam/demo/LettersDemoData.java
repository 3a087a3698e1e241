package th.tidtam.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.service.IncomingRegister;
import th.tidtam.letters.service.LetterHandling;
import th.tidtam.letters.service.RegisterLetter;
import th.tidtam.org.service.OrgDirectory;

/**
 * A month of the incoming register, entered by the correspondence section (staff, secretary) through the register's
 * own rules: about forty letters from the Ministry of Interior, its departments and the province's agencies on the
 * working days of the last month, with a mix of urgency, two classified letters and one duplicate pair (the same
 * circular received by post and by e-saraban). The register continues after the numbers kept since January; the
 * older letters are filed or handed on, the last week's letters wait with the strategy group's director.
 */
@Component
class LettersDemoData {

    private record Sender(String name, String code, String subject, String urgency) {
    }

    private static final List<Sender> SENDERS = List.of(
            new Sender("กระทรวงมหาดไทย", "มท 0211.3/ว", "ซักซ้อมแนวทางการจัดงานวันพ่อแห่งชาติ", "URGENT"),
            new Sender("กรมส่งเสริมการปกครองท้องถิ่น", "มท 0810.5/ว", "การเบิกจ่ายเงินอุดหนุนทั่วไปขององค์กรปกครองส่วนท้องถิ่น", "VERY_URGENT"),
            new Sender("กรมการปกครอง", "มท 0309.2/ว", "การเตรียมการรับมือภัยหนาว ปี ๒๕๖๙", "URGENT"),
            new Sender("สำนักงานปลัดกระทรวงมหาดไทย", "มท 0230/ว", "ขอความร่วมมือรายงานผลการดำเนินงานศูนย์ดำรงธรรม", "NORMAL"),
            new Sender("กรมป้องกันและบรรเทาสาธารณภัย", "มท 0624/ว", "การป้องกันและลดอุบัติเหตุทางถนนช่วงเทศกาลปีใหม่", "MOST_URGENT"),
            new Sender("สำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา", "ฉช 0033.004/", "รายงานสถานการณ์โรคไข้เลือดออกประจำเดือน", "NORMAL"),
            new Sender("สำนักงานคลังจังหวัดฉะเชิงเทรา", "กค 0402.5/", "รายงานผลการเบิกจ่ายงบประมาณรายจ่ายประจำปี", "URGENT"),
            new Sender("สำนักงานเกษตรจังหวัดฉะเชิงเทรา", "ฉช 0008/", "ขอเชิญร่วมงานวันถ่ายทอดเทคโนโลยีการเกษตร", "NORMAL"),
            new Sender("ที่ทำการปกครองอำเภอเมืองฉะเชิงเทรา", "ฉช 0318/", "รายงานผลการจัดประชุมประชาคมหมู่บ้าน", "NORMAL"),
            new Sender("องค์การบริหารส่วนจังหวัดฉะเชิงเทรา", "ฉช 51001/", "ขออนุญาตใช้พื้นที่จัดงานเทศกาลอาหาร", "NORMAL"),
            new Sender("สำนักงานพระพุทธศาสนาจังหวัดฉะเชิงเทรา", "พศ 0016.13/", "ขอเชิญร่วมพิธีเจริญพระพุทธมนต์", "NORMAL"),
            new Sender("สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา", "ฉช 0019/", "การคัดเลือกหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ", "NORMAL"),
            new Sender("สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดฉะเชิงเทรา", "ฉช 0017.3/", "รายงานคุณภาพน้ำแม่น้ำบางปะกง", "URGENT"),
            new Sender("แขวงทางหลวงฉะเชิงเทรา", "คค 0712.2/", "แจ้งปิดการจราจรชั่วคราวเพื่อซ่อมบำรุงสะพาน", "VERY_URGENT"));

    private final IncomingRegister register;
    private final LetterHandling handling;
    private final OrgDirectory org;
    private final AsUser asUser;
    private final Clock clock;

    LettersDemoData(IncomingRegister register, LetterHandling handling, OrgDirectory org, UserDetailsService users, Clock clock) {
        this.register = register;
        this.handling = handling;
        this.org = org;
        this.asUser = new AsUser(users);
        this.clock = clock;
    }

    boolean loaded() {
        return register.anyRegistered();
    }

    /** Registers the month's letters and handles the older ones; answers how many were registered. */
    int load() {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusDays(30); d.isBefore(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        // the register has been kept since January: the year's numbers continue after those
        asUser.run("staff", () -> register.continueAfter(days.get(0).getYear(),
                Math.max(register.lastNumberOf(days.get(0).getYear()), 100 + days.get(0).getDayOfYear() * 9)));
        long head = position("HEAD-OF-OFFICE");
        long adminDirector = position("GRP-ADMIN-DIR");
        long strategy = position("GRP-STRATEGY-DIR");
        int n = 0;
        List<LetterSummary> registered = new ArrayList<>();
        for (LocalDate day : days) {
            for (int k = 0; k < 2 && n < 40; k++, n++) {
                Sender s = SENDERS.get((n * 5) % SENDERS.size());
                LocalDateTime at = day.atTime(LocalTime.of(8 + (n * 3) % 8, (n * 17) % 60));
                // both classified letters are ลับ: the correspondence section that registers them is cleared for ลับ
                // only, and a ลับมาก letter may be registered only by a position cleared for it (issue 16)
                String secrecy = n == 11 || n == 27 ? "CONFIDENTIAL" : "NONE";
                String subject = n == 11 ? "การรักษาความปลอดภัยบุคคลสำคัญระหว่างเยือนจังหวัด"
                        : n == 27 ? "ข้อมูลการข่าวเกี่ยวกับเครือข่ายยาเสพติดในพื้นที่" : s.subject();
                // the last week's letters wait in one director's My work (other demo people's work lists stay as they were)
                long handler = !day.isBefore(today.minusDays(7)) ? strategy : n % 3 == 0 ? adminDirector : n % 3 == 1 ? head : strategy;
                RegisterLetter letter = new RegisterLetter(null, at, s.code() + (s.code().endsWith("ว") ? " " : "") + (1200 + n * 37),
                        day.minusDays(2 + n % 3), s.name(), "ผู้ว่าราชการจังหวัดฉะเชิงเทรา", subject, s.urgency(), secrecy,
                        n % 4 == 0 ? "สำเนาหนังสือ ๑ ชุด" : null, null, handler, n % 5 == 0 ? "esaraban-demo-" + n : null);
                // classified letters are registered by the secretariat, cleared for them (the officer is not)
                registered.add(asUser.as(n % 2 == 0 && secrecy.equals("NONE") ? "staff" : "secretary",
                        () -> register.register(letter)).letter());
                if (n == 20) {
                    // the same circular, received again on paper the next morning: flagged, kept apart
                    RegisterLetter again = new RegisterLetter(null, at.plusHours(20).isBefore(LocalDateTime.now(clock))
                            ? at.plusHours(20) : at.plusMinutes(30), letter.senderNumber(), letter.senderDate(), s.name(),
                            letter.toParty(), subject, s.urgency(), "NONE", null, "ฉบับตัวจริงทางไปรษณีย์", handler, null);
                    registered.add(asUser.as("secretary", () -> register.register(again)).letter());
                    n++;
                }
            }
        }
        handleOlder(registered, today);
        return registered.size();
    }

    /** The letters of more than a week ago are done: filed by their handlers, a few handed on first. */
    private void handleOlder(List<LetterSummary> letters, LocalDate today) {
        for (LetterSummary l : letters) {
            if (!l.receivedAt().toLocalDate().isBefore(today.minusDays(7))) {
                continue;
            }
            String user = user(l.handlerPositionId());
            if (l.receivedNumber() % 4 == 0 && user.equals("head")) {
                asUser.run("head", () -> handling.handTo(l.id(), position("GRP-ADMIN-DIR"), "ดำเนินการตามระเบียบและรายงานผล"));
                user = "director.admin";
            }
            asUser.run(user, () -> handling.file(l.id(), "แจ้งส่วนราชการที่เกี่ยวข้องดำเนินการแล้ว เก็บเรื่อง"));
        }
    }

    private String user(Long positionId) {
        String code = org.position(positionId).orElseThrow().code();
        return switch (code) {
            case "HEAD-OF-OFFICE" -> "head";
            case "GRP-STRATEGY-DIR" -> "director.strategy";
            default -> "director.admin";
        };
    }

    private long position(String code) {
        return org.positionByCode(code).orElseThrow().id();
    }
}
