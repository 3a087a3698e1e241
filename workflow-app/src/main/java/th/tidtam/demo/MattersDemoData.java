package th.tidtam.demo;

import java.time.LocalDate;
import java.util.EnumSet;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.Urgency;
import th.tidtam.matters.Complainant;
import th.tidtam.matters.MatterSource;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.NewMatter;
import th.tidtam.matters.ProgressCommand;
import th.tidtam.matters.ProgressStatus;
import th.tidtam.matters.TriageCommand;
import th.tidtam.matters.TriageOutcome;
import th.tidtam.matters.service.MatterQueries;
import th.tidtam.matters.service.MatterRegistration;
import th.tidtam.matters.service.MatterTriage;
import th.tidtam.matters.service.MatterWork;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;

/**
 * The demo's unowned matters: stray dogs in the town, assigned to the livestock office, which declined with its reason,
 * then to the local administration office, which accepted and reported progress; drought-risk data kept by the
 * provincial office in its Strategy Group; and a complaint from the Damrongdhama centre with its complainant, waiting
 * for the head of office's triage. Acted through the same services as the screens, as the people whose work it is.
 */
@Component
class MattersDemoData {

    private final MatterRegistration registration;
    private final MatterTriage triage;
    private final MatterWork work;
    private final MatterQueries queries;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final AsUser users;

    MattersDemoData(MatterRegistration registration, MatterTriage triage, MatterWork work, MatterQueries queries,
            OrgDirectory org, WorkingCalendar calendar, UserDetailsService users) {
        this.registration = registration;
        this.triage = triage;
        this.work = work;
        this.queries = queries;
        this.org = org;
        this.calendar = calendar;
        this.users = new AsUser(users);
    }

    boolean loaded() {
        return users.as("head", () -> queries.count(EnumSet.allOf(MatterStatus.class), null) > 0);
    }

    /** @return how many matters were registered */
    int load() {
        LocalDate due = calendar.addWorkingDays(calendar.today(), 20);
        long dogs = users.as("head", () -> registration.register(new NewMatter("ปัญหาสุนัขจรจัดบริเวณตลาดบ้านใหม่",
                "ประชาชนแจ้งว่ามีสุนัขจรจัดจำนวนมากบริเวณตลาดบ้านใหม่ กัดนักท่องเที่ยว 2 ราย ยังไม่มีหน่วยงานรับผิดชอบโดยตรง",
                MatterSource.MINISTRY_ORDER, "หนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท 0211.3/ว 1234", null, Urgency.URGENT,
                SecrecyClass.NONE, calendar.today(), null)));
        users.run("head", () -> triage.triage(dogs, via("head"), new TriageCommand(TriageOutcome.ASSIGN,
                unit("agency.livestock"), due, null, "ขอให้สำนักงานปศุสัตว์จังหวัดพิจารณาดำเนินการ")));
        long livestockPart = part(dogs);
        users.run("agency.livestock", () -> triage.decline(livestockPart, via("agency.livestock"),
                "การควบคุมสุนัขจรจัดในเขตเทศบาลเป็นอำนาจหน้าที่ขององค์กรปกครองส่วนท้องถิ่น ปศุสัตว์ช่วยฉีดวัคซีนได้"));
        users.run("head", () -> triage.reassign(livestockPart, via("head"), new TriageCommand(TriageOutcome.ASSIGN,
                unit("agency.localadmin"), due, null, "ประสานเทศบาลและ อปท. ในพื้นที่ โดยปศุสัตว์สนับสนุนวัคซีน")));
        users.run("agency.localadmin", () -> triage.accept(livestockPart, via("agency.localadmin")));
        users.run("agency.localadmin", () -> work.report(dogs, livestockPart, new ProgressCommand(30, ProgressStatus.ON_TRACK,
                "ประชุมร่วมกับเทศบาลตำบลบ้านใหม่แล้ว กำหนดจุดพักพิงชั่วคราวและนัดฉีดวัคซีนร่วมกับปศุสัตว์")));

        long drought = users.as("head", () -> registration.register(new NewMatter("จัดทำข้อมูลพื้นที่เสี่ยงภัยแล้งระดับหมู่บ้าน",
                "ที่ประชุมหัวหน้าส่วนราชการมอบให้จัดทำข้อมูลพื้นที่เสี่ยงภัยแล้งรายหมู่บ้าน ไม่มีส่วนราชการใดรับผิดชอบโดยตรง",
                MatterSource.MEETING, "ประชุมหัวหน้าส่วนราชการ ครั้งที่ 11/2569", null, Urgency.NORMAL, SecrecyClass.NONE,
                calendar.today(), null)));
        users.run("head", () -> triage.triage(drought, via("head"), new TriageCommand(TriageOutcome.KEEP,
                unit("director.strategy"), calendar.addWorkingDays(calendar.today(), 30), null, "กลุ่มงานยุทธศาสตร์ฯ รับผิดชอบ")));
        long droughtPart = part(drought);
        users.run("director.strategy", () -> work.report(drought, droughtPart, new ProgressCommand(20, ProgressStatus.ON_TRACK,
                "รวบรวมข้อมูลจากสำนักงานชลประทานและสำนักงานเกษตรจังหวัดแล้ว")));

        users.run("director.damrongdhama", () -> registration.register(new NewMatter("ร้องเรียนกลิ่นเหม็นจากบ่อขยะตำบลบางพระ",
                "ผู้ร้องแจ้งว่ามีกลิ่นเหม็นจากบ่อขยะเอกชนใกล้ชุมชน ร้องผ่านศูนย์ดำรงธรรม ยังไม่ชัดว่าหน่วยงานใดรับผิดชอบ",
                MatterSource.COMPLAINT, "ศูนย์ดำรงธรรมจังหวัดฉะเชิงเทรา เลขรับ 245/2569", null, Urgency.URGENT, SecrecyClass.NONE,
                calendar.today(), new Complainant("นายสมศักดิ์ ใจดี", "1103700012346", "12 หมู่ 3 ตำบลบางพระ อำเภอเมืองฉะเชิงเทรา",
                        "081-234-5678", "somsak@example.com"))));
        return 3;
    }

    private CurrentPosition via(String login) {
        return org.positionsFilled(org.person(login).orElseThrow().id()).get(0);
    }

    private long unit(String login) {
        return via(login).unitId();
    }

    private long part(long matterId) {
        return users.as("head", () -> queries.details(matterId).parts().get(0).id());
    }
}
