package th.tidtam.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.directive.Cadence;
import th.tidtam.directive.SourceKind;
import th.tidtam.directive.service.DirectiveService;
import th.tidtam.directive.service.IssueDirective;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonForm;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceAdministration;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.org.service.UnitForm;
import th.tidtam.org.service.UnitSummary;

/**
 * A second province beside Chachoengsao, Prachin Buri (TH-25), and the Ministry of Interior's follow-up desk: what
 * shows that provinces are kept apart and what the national roll-up compares. Loaded by the switch
 * {@code tidtam.demo.second-province=true} and by the tests that need a province B. Its logins start with
 * {@code pri.} (the Ministry's with {@code moi.}) and use the demo password; its codes start with {@code PRI-}.
 */
@Component
public class SecondProvinceDemoData {

    public static final String CODE = "TH-25";
    /** Logins: the province's own, then the Ministry's (one cleared for classified figures, one not). */
    public static final String GOVERNOR = "pri.governor", VICE_GOVERNOR = "pri.vicegovernor1", HEAD = "pri.head",
            DIRECTOR = "pri.director.admin", STAFF = "pri.staff", SECRETARY = "pri.secretary",
            HEALTH = "pri.health", AGRICULTURE = "pri.agriculture", DISTRICT = "pri.district.muang",
            ADMINISTRATOR = "pri.admin", MINISTRY_CLEARED = "moi.inspector", MINISTRY = "moi.analyst";

    private final OrgAdministration admin;
    private final ProvinceAdministration provinceAdmin;
    private final OrgDirectory directory;
    private final Provinces provinces;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final DirectiveService directives;
    private final AsUser users;

    SecondProvinceDemoData(OrgAdministration admin, ProvinceAdministration provinceAdmin, OrgDirectory directory, Provinces provinces,
            PasswordEncoder passwordEncoder, TransactionTemplate tx, DirectiveService directives,
            UserDetailsService users) {
        this.directives = directives;
        this.users = new AsUser(users);
        this.admin = admin;
        this.provinceAdmin = provinceAdmin;
        this.directory = directory;
        this.provinces = provinces;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
    }

    /** Loads the province and the Ministry's desk unless loaded; answers the province. Idempotent, own transaction. */
    public ProvinceSummary ensureLoaded(LocalDate today) {
        synchronized (SecondProvinceDemoData.class) {
            return provinces.byCode(CODE).orElseGet(() -> tx.execute(status -> load(today)));
        }
    }

    /**
     * The demo switch's fuller version: the province, the Ministry's desk and, when the province is new, a few
     * directives issued by Prachin Buri's governor, so that the national roll-up compares two provinces. Tests call
     * {@link #ensureLoaded} instead: they count on province B's directive numbers starting at 1.
     */
    public ProvinceSummary ensureLoadedWithDirectives(LocalDate today) {
        synchronized (SecondProvinceDemoData.class) {
            if (provinces.byCode(CODE).isPresent()) {
                return provinces.byCode(CODE).orElseThrow();
            }
            ProvinceSummary province = ensureLoaded(today);
            Map<String, Long> units = new LinkedHashMap<>();
            directory.allUnits(province.id()).forEach(u -> units.put(u.code(), u.id()));
            long health = units.get("PRI-AG-HEALTH");
            long agriculture = units.get("PRI-AG-AGRI");
            long district = units.get("PRI-DIST-01");
            // through the directive service as the governor, as the screens would: numbers, parts, process, work items
            users.run(GOVERNOR, () -> {
                directives.issueAndTell(new IssueDirective("เร่งรัดการควบคุมโรคไข้เลือดออกในพื้นที่เสี่ยง",
                        "ให้สำนักงานสาธารณสุขจังหวัดร่วมกับอำเภอเมืองปราจีนบุรีเร่งรัดการควบคุมลูกน้ำยุงลายและรายงานผลทุกสัปดาห์",
                        "URGENT", "NONE", health, List.of(district), false, null, 10, Cadence.WEEKLY, null,
                        SourceKind.MEETING, null, "11/2569", "3.1", null));
                directives.issueAndTell(new IssueDirective("ส่งเสริมการผลิตข้าวคุณภาพดีของเกษตรกร",
                        "ให้สำนักงานเกษตรจังหวัดจัดทำแผนส่งเสริมการผลิตข้าวคุณภาพดีและรายงานความคืบหน้ารายเดือน",
                        "NORMAL", "NONE", agriculture, List.of(), false, null, 20, Cadence.MONTHLY, null,
                        SourceKind.FIELD_VISIT, "ตรวจราชการอำเภอเมืองปราจีนบุรี", null, null, null));
                directives.issueAndTell(new IssueDirective("ตรวจสอบข้อร้องเรียนการบุกรุกที่สาธารณประโยชน์",
                        "ให้อำเภอเมืองปราจีนบุรีตรวจสอบข้อเท็จจริงและรายงานผลภายในกำหนด",
                        "VERY_URGENT", "CONFIDENTIAL", district, List.of(), false, null, 5, Cadence.NONE, null,
                        SourceKind.LETTER, "ปจ 0017.2/1234", null, null, null));
            });
            return province;
        }
    }

    private ProvinceSummary load(LocalDate today) {
        String hash = passwordEncoder.encode(ChainOfCommandDemoData.DEMO_PASSWORD);
        LocalDate since = today.minusMonths(6);
        ProvinceSummary province = provinceAdmin.createProvince(CODE,
                new UnitForm("PRI", "จังหวัดปราจีนบุรี", "Prachin Buri Province", UnitKind.PROVINCE, null));
        UnitSummary root = directory.provinceRoot(province.id()).orElseThrow();
        Map<String, Long> positions = new LinkedHashMap<>();

        UnitSummary gov = unit("PRI-GOV", "ผู้ว่าราชการจังหวัดปราจีนบุรี", "Governor of Prachin Buri", UnitKind.GOVERNOR_OFFICE, root);
        PositionSummary governor = position(positions, GOVERNOR, "PRI-GOVERNOR", "ผู้ว่าราชการจังหวัดปราจีนบุรี",
                "Governor of Prachin Buri", gov, null, true, PositionRole.GOVERNOR, SecrecyClass.SECRET);
        UnitSummary vgs = unit("PRI-VG", "รองผู้ว่าราชการจังหวัดปราจีนบุรี", "Vice Governors", UnitKind.VICE_GOVERNORS, root);
        PositionSummary vg = position(positions, VICE_GOVERNOR, "PRI-VICE-GOVERNOR-1", "รองผู้ว่าราชการจังหวัดปราจีนบุรี (1)",
                "Vice Governor (1)", vgs, governor, false, PositionRole.VICE_GOVERNOR, SecrecyClass.SECRET);
        UnitSummary office = unit("PRI-PAO-OFFICE", "สำนักงานจังหวัดปราจีนบุรี", "Prachin Buri Provincial Office",
                UnitKind.PROVINCIAL_OFFICE, root);
        PositionSummary head = position(positions, HEAD, "PRI-HEAD-OF-OFFICE", "หัวหน้าสำนักงานจังหวัดปราจีนบุรี",
                "Head of the Provincial Office", office, governor, true, PositionRole.HEAD_OF_OFFICE, SecrecyClass.SECRET);
        UnitSummary group = unit("PRI-GRP-ADMIN", "กลุ่มงานอำนวยการ", "General Administration Group", UnitKind.OFFICE_GROUP, office);
        PositionSummary director = position(positions, DIRECTOR, "PRI-GRP-ADMIN-DIR", "ผู้อำนวยการกลุ่มงานอำนวยการ",
                "Director, General Administration Group", group, head, true, PositionRole.STAFF, SecrecyClass.CONFIDENTIAL);
        position(positions, STAFF, "PRI-GRP-ADMIN-OFFICER-1", "นักจัดการงานทั่วไปชำนาญการ", "General Administration Officer",
                group, director, false, PositionRole.STAFF, SecrecyClass.NONE);
        position(positions, SECRETARY, "PRI-GOV-SECRETARY", "เจ้าหน้าที่เลขานุการผู้ว่าราชการจังหวัด",
                "Governor's Secretariat Officer", group, director, false, PositionRole.SECRETARIAT, SecrecyClass.CONFIDENTIAL);
        position(positions, ADMINISTRATOR, "PRI-ADMIN", "ผู้ดูแลระบบของจังหวัดปราจีนบุรี", "Prachin Buri's administrator",
                group, director, false, PositionRole.ADMINISTRATOR, SecrecyClass.NONE);

        UnitSummary agencies = unit("PRI-AGENCIES", "ส่วนราชการและหน่วยงานในจังหวัด", "Agencies in the province", UnitKind.CATEGORY, root);
        UnitSummary health = unit("PRI-AG-HEALTH", "สำนักงานสาธารณสุขจังหวัดปราจีนบุรี", "Prachin Buri Provincial Public Health Office",
                UnitKind.AGENCY, agencies);
        PositionSummary healthHead = position(positions, HEALTH, "PRI-AG-HEALTH-HEAD", "นายแพทย์สาธารณสุขจังหวัดปราจีนบุรี",
                "Head, Provincial Public Health Office", health, governor, true, PositionRole.STAFF, SecrecyClass.SECRET);
        UnitSummary agriculture = unit("PRI-AG-AGRI", "สำนักงานเกษตรจังหวัดปราจีนบุรี", "Prachin Buri Provincial Agricultural Extension Office",
                UnitKind.AGENCY, agencies);
        PositionSummary agricultureHead = position(positions, AGRICULTURE, "PRI-AG-AGRI-HEAD", "เกษตรจังหวัดปราจีนบุรี",
                "Head, Provincial Agricultural Extension Office", agriculture, governor, true, PositionRole.STAFF,
                SecrecyClass.CONFIDENTIAL);
        UnitSummary districts = unit("PRI-DISTRICTS", "อำเภอ", "Districts", UnitKind.CATEGORY, root);
        UnitSummary muang = unit("PRI-DIST-01", "อำเภอเมืองปราจีนบุรี", "Mueang Prachin Buri District", UnitKind.DISTRICT, districts);
        PositionSummary chief = position(positions, DISTRICT, "PRI-DIST-01-CHIEF", "นายอำเภอเมืองปราจีนบุรี",
                "District Chief of Mueang Prachin Buri", muang, governor, true, PositionRole.STAFF, SecrecyClass.CONFIDENTIAL);
        for (PositionSummary supervised : new PositionSummary[] { healthHead, agricultureHead, chief }) {
            admin.supervise(vg.id(), supervised.unitId(), "คำสั่งจังหวัดปราจีนบุรี ที่ 1501/2568", since);
        }

        // the Ministry's follow-up desk: in no province
        UnitSummary ministry = unit("MOI-OPS", "สำนักงานปลัดกระทรวงมหาดไทย", "Office of the Permanent Secretary for Interior",
                UnitKind.MINISTRY, null);
        position(positions, MINISTRY_CLEARED, "MOI-INSPECTOR", "ผู้ตรวจราชการกระทรวงมหาดไทย", "Inspector-General, Ministry of Interior",
                ministry, null, true, PositionRole.MINISTRY, SecrecyClass.SECRET);
        position(positions, MINISTRY, "MOI-ANALYST", "นักวิเคราะห์นโยบายและแผนชำนาญการพิเศษ", "Senior Policy and Plan Analyst",
                ministry, null, false, PositionRole.MINISTRY, SecrecyClass.NONE);

        int seed = 0;
        for (Map.Entry<String, Long> e : positions.entrySet()) {
            String login = e.getKey();
            String[] name = NAMES[seed++ % NAMES.length];
            PersonSummary person = admin.importPerson(new PersonForm(login, name[0], name[1],
                    login + (login.startsWith("moi.") ? "@moi.example" : "@prachinburi.example"), null, true), hash);
            admin.assign(new AssignmentForm(e.getValue(), person.id(), AssignmentKind.HOLDER, since, null,
                    login.startsWith("moi.") ? "คำสั่งกระทรวงมหาดไทย ที่ 901/2568" : "คำสั่งจังหวัดปราจีนบุรี ที่ 1500/2568",
                    since.minusDays(10), null, null));
        }
        return provinces.byCode(CODE).orElseThrow();
    }

    private UnitSummary unit(String code, String th, String en, UnitKind kind, UnitSummary parent) {
        return admin.createUnit(new UnitForm(code, th, en, kind, parent == null ? null : parent.id()));
    }

    private PositionSummary position(Map<String, Long> byLogin, String login, String code, String th, String en,
            UnitSummary unit, PositionSummary reportsTo, boolean head, PositionRole role, SecrecyClass clearance) {
        PositionSummary p = admin.createPosition(new PositionForm(code, th, en, unit.id(),
                reportsTo == null ? null : reportsTo.id(), head, role, clearance));
        byLogin.put(login, p.id());
        return p;
    }

    private static final String[][] NAMES = {
            { "นายธนากร ศรีประเสริฐ", "Mr. Thanakorn Sriprasert" }, { "นางสาวกมลชนก วงศ์ใหญ่", "Ms. Kamonchanok Wongyai" },
            { "นายพีระพงษ์ ทองดี", "Mr. Peerapong Thongdee" }, { "นางสาวศิริพร แก้วมณี", "Ms. Siriporn Kaewmanee" },
            { "นายวรวุฒิ บุญมา", "Mr. Worawut Boonma" }, { "นางสาวอรุณี สุขสวัสดิ์", "Ms. Arunee Suksawat" },
            { "นายณัฐพล จันทร์เพ็ญ", "Mr. Nattaphon Chanphen" }, { "นางสาวปิยะนุช รุ่งเรือง", "Ms. Piyanuch Rungrueang" },
            { "นายสมศักดิ์ พรหมสุวรรณ", "Mr. Somsak Promsuwan" }, { "นางสาวจิราพร ศรีสุข", "Ms. Jiraporn Srisuk" },
            { "นายกิตติศักดิ์ มั่นคง", "Mr. Kittisak Mankong" }, { "นางสาวสุภาวดี ใจงาม", "Ms. Supawadee Jai-ngam" } };
}
