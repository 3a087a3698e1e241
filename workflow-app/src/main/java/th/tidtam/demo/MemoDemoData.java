package th.tidtam.demo;

import java.time.LocalDate;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.memo.service.DecideMemo;
import th.tidtam.memo.service.MemoChain;
import th.tidtam.memo.service.MemoDecisions;
import th.tidtam.memo.service.MemoDraft;
import th.tidtam.memo.service.MemoDrafting;
import th.tidtam.memo.service.MemoQueries;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonForm;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitForm;
import th.tidtam.org.service.UnitSummary;

/**
 * Memos up the chain, drafted and annotated by the demo people through the memo services: a section whose head's post
 * is vacant (งานบริหารทั่วไป, its officer {@code officer.general}), so that the officer's memo waits at the group
 * director with the vacant level skipped on its timeline; staff's memo waiting at the head of office; and staff's
 * memo that went up to the governor and was decided "มอบ … ดำเนินการ", which issued a directive.
 */
@Component
class MemoDemoData {

    private final MemoDrafting drafting;
    private final MemoChain chain;
    private final MemoDecisions decisions;
    private final MemoQueries queries;
    private final OrgAdministration admin;
    private final OrgDirectory org;
    private final TransactionTemplate tx;
    private final AsUser users;

    MemoDemoData(MemoDrafting drafting, MemoChain chain, MemoDecisions decisions, MemoQueries queries,
            OrgAdministration admin, OrgDirectory org, TransactionTemplate tx, UserDetailsService users) {
        this.drafting = drafting;
        this.chain = chain;
        this.decisions = decisions;
        this.queries = queries;
        this.admin = admin;
        this.org = org;
        this.tx = tx;
        this.users = new AsUser(users);
    }

    boolean loaded() {
        return queries.anyDrafted();
    }

    /** Loads the memos; returns how many. */
    int load() {
        if (org.person("officer.general").isEmpty()) {
            tx.executeWithoutResult(s -> vacantSection());
        }
        long atDirector = users.as("officer.general", () -> sent("ขอความเห็นชอบแผนการบำรุงรักษารถราชการ ปีงบประมาณ ๒๕๖๙",
                "ด้วยงานบริหารทั่วไปได้จัดทำแผนการบำรุงรักษารถราชการของสำนักงานจังหวัด ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n"
                        + "จึงเรียนมาเพื่อโปรดพิจารณาให้ความเห็นชอบ", "GENERAL"));
        long atHead = users.as("staff", () -> sent("ขออนุมัติจัดงานรัฐพิธีวันพ่อแห่งชาติ ๕ ธันวาคม",
                "ด้วยจังหวัดฉะเชิงเทรากำหนดจัดงานรัฐพิธีเนื่องในวันคล้ายวันพระบรมราชสมภพฯ\nจึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ", "EVENTS"));
        users.run("director.admin", () -> chain.present(atHead, "CONSIDERATION", "เห็นควรเสนอหัวหน้าสำนักงานจังหวัดพิจารณา"));
        long assigned = users.as("staff", () -> sent("ขอให้เร่งรัดการป้องกันโรคไข้เลือดออกในพื้นที่",
                "ด้วยมีรายงานผู้ป่วยโรคไข้เลือดออกเพิ่มขึ้นในหลายอำเภอ\nจึงเรียนมาเพื่อโปรดพิจารณาสั่งการ", "DIRECTIVE"));
        users.run("director.admin", () -> chain.present(assigned, "CONSIDERATION", "เห็นควรเสนอ"));
        users.run("head", () -> chain.present(assigned, "CONSIDERATION", "เรียนรองผู้ว่าราชการจังหวัดเพื่อโปรดพิจารณา"));
        users.run("vicegovernor1", () -> chain.present(assigned, "CONSIDERATION", "เห็นควรมอบสำนักงานสาธารณสุขจังหวัด"));
        Long health = org.positionByCode("AG-12-HEAD").map(PositionSummary::unitId).orElseThrow();
        users.run("governor", () -> decisions.decide(assigned, new DecideMemo("ASSIGN",
                "มอบสำนักงานสาธารณสุขจังหวัดฉะเชิงเทราดำเนินการ และรายงานผลภายใน ๓๐ วัน", health, null,
                org.today().plusDays(30))));
        return atDirector > 0 ? 3 : 2;
    }

    private long sent(String subject, String body, String matter) {
        long id = drafting.draft(new MemoDraft(null, "สำนักงานจังหวัดฉะเชิงเทรา กลุ่มงานอำนวยการ โทร. ๐ ๓๘๕๑ ๑๒๓๔", null, null, subject, null, body, "CONSIDERATION", matter,
                "NORMAL", "NONE", null, null, null));
        drafting.submit(id, null);
        return id;
    }

    /** งานบริหารทั่วไป under the General Administration Group, its head's post vacant, one officer in it. */
    private void vacantSection() {
        LocalDate since = org.today().minusYears(2);
        PositionSummary director = org.positionByCode("GRP-ADMIN-DIR").orElseThrow();
        UnitSummary section = admin.createUnit(new UnitForm("GRP-ADMIN-GEN", "งานบริหารทั่วไป", "General Services Section",
                UnitKind.SUB_UNIT, director.unitId()));
        PositionSummary head = admin.createPosition(new PositionForm("GRP-ADMIN-GEN-HEAD", "หัวหน้างานบริหารทั่วไป",
                "Head, General Services Section", section.id(), director.id(), true, PositionRole.STAFF, SecrecyClass.NONE));
        PositionSummary officer = admin.createPosition(new PositionForm("GRP-ADMIN-GEN-OFFICER-1", "เจ้าพนักงานธุรการชำนาญงาน",
                "Administrative Officer", section.id(), head.id(), false, PositionRole.STAFF, SecrecyClass.NONE));
        var person = admin.createPerson(new PersonForm("officer.general", "นางสาวมาลี ใจดี", "Ms Malee Jaidee", null, "demo", true));
        admin.assign(new AssignmentForm(officer.id(), person.id(), AssignmentKind.HOLDER, since, null,
                "คำสั่งจังหวัดฉะเชิงเทรา ที่ 2502/2567", since, null, null));
    }
}
