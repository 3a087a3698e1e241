package th.tidtam.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import th.tidtam.base.text.CsvLine;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.PositionRole;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgAliases;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonForm;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceAdministration;
import th.tidtam.org.service.UnitForm;
import th.tidtam.org.service.UnitSummary;

/**
 * Chachoengsao's real structure (districts, the provincial office's groups, the agencies, from the customer's data)
 * filled with fictional people. Everything goes through {@link OrgAdministration}, so demo data obeys the same
 * rules as an administrator's input.
 */
@Component
class ChainOfCommandDemoData {

    static final String DEMO_PASSWORD = "demo";
    static final String ALIASES = "demo/unit-aliases.csv";
    private static final Logger log = LoggerFactory.getLogger(ChainOfCommandDemoData.class);

    /** Short login names for the agencies, keyed by their English name in the customer's list. */
    private static final Map<String, String> AGENCY_LOGINS = Map.ofEntries(
            Map.entry("Provincial Administration Office", "agency.dopa"),
            Map.entry("Provincial Agriculture Office", "agency.agriculture"),
            Map.entry("Provincial Livestock Office", "agency.livestock"),
            Map.entry("Provincial Fisheries Office", "agency.fisheries"),
            Map.entry("Provincial Cooperatives Office", "agency.cooperatives"),
            Map.entry("Provincial Natural Resources and Environment Office", "agency.environment"),
            Map.entry("Provincial Disaster Prevention and Mitigation Office", "agency.disaster"),
            Map.entry("Provincial Public Works and Town Planning Office", "agency.publicworks"),
            Map.entry("Provincial Local Administration Promotion Office", "agency.localadmin"),
            Map.entry("Provincial Public Relations Office", "agency.pr"),
            Map.entry("Provincial Tourism and Sports Office", "agency.tourism"),
            Map.entry("Provincial Public Health Office", "agency.health"),
            Map.entry("Provincial Industry Office", "agency.industry"),
            Map.entry("Provincial Community Development Office", "agency.community"),
            Map.entry("Provincial Land Office", "agency.land"),
            Map.entry("Provincial Commerce Office", "agency.commerce"),
            Map.entry("Provincial Labour Office", "agency.labour"),
            Map.entry("Provincial Treasury Office", "agency.treasury"),
            Map.entry("Provincial Education Office", "agency.education"),
            Map.entry("Provincial Culture Office", "agency.culture"),
            Map.entry("Provincial Social Development and Human Security Office", "agency.social"),
            Map.entry("Provincial Land Transport Office", "agency.transport"),
            Map.entry("Provincial Energy Office", "agency.energy"),
            Map.entry("Provincial Statistics Office", "agency.statistics"),
            Map.entry("Chachoengsao Provincial Police", "agency.police"),
            Map.entry("Provincial Internal Security Operations Command", "agency.isoc"),
            Map.entry("Chachoengsao Irrigation Project", "agency.irrigation"),
            Map.entry("Chachoengsao Immigration Checkpoint", "agency.immigration"),
            Map.entry("Chachoengsao Provincial Administrative Organisation", "agency.pao"),
            Map.entry("Chachoengsao Town Municipality", "agency.municipality"));

    private static final String[][] GROUP_LOGINS = {
            { "General Administration Group", "director.admin", "GRP-ADMIN" },
            { "Strategy and Information for Provincial Development Group", "director.strategy", "GRP-STRATEGY" },
            { "Human Resource Management Group", "director.hr", "GRP-HR" },
            { "Damrongdhama Centre Group", "director.damrongdhama", "GRP-DAMRONGDHAMA" },
            { "Information and Communication Group", "director.ict", "GRP-ICT" } };

    private static final String[][] GIVEN = { { "สมชาย", "Somchai", "m" }, { "สุดารัตน์", "Sudarat", "f" }, { "ประเสริฐ", "Prasert", "m" },
            { "วิไลวรรณ", "Wilaiwan", "f" }, { "ธนากร", "Thanakorn", "m" }, { "พิมพ์ชนก", "Pimchanok", "f" }, { "อนุชา", "Anucha", "m" },
            { "กมลวรรณ", "Kamonwan", "f" }, { "ชัยวัฒน์", "Chaiwat", "m" }, { "นภัสสร", "Napatsorn", "f" }, { "วีระพงษ์", "Weerapong", "m" },
            { "อรอุมา", "On-uma", "f" }, { "ศักดิ์ชัย", "Sakchai", "m" }, { "จิราพร", "Jiraporn", "f" }, { "ปิยะพงษ์", "Piyapong", "m" },
            { "รัตนา", "Rattana", "f" }, { "สุรชัย", "Surachai", "m" }, { "ณัฐธิดา", "Natthida", "f" }, { "บุญเลิศ", "Boonlert", "m" },
            { "ศิริพร", "Siriporn", "f" } };
    private static final String[][] FAMILY = { { "ใจดี", "Jaidee" }, { "ศรีสุข", "Srisuk" }, { "วงศ์ทอง", "Wongthong" },
            { "แสงอรุณ", "Saengarun" }, { "บุญมา", "Boonma" }, { "ทองคำ", "Thongkham" }, { "รักไทย", "Rakthai" },
            { "สายสุวรรณ", "Saisuwan" }, { "พรหมมา", "Phromma" }, { "มั่นคง", "Mankong" }, { "แก้วประเสริฐ", "Kaewprasert" },
            { "ชูศรี", "Chusri" }, { "เพชรรัตน์", "Phetcharat" } };

    private final OrgAdministration admin;
    private final ProvinceAdministration provinceAdmin;
    private final OrgAliases aliases;
    private final OrgDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private String demoHash;
    private int nameSeed;
    private final Map<String, PersonSummary> peopleByLogin = new LinkedHashMap<>();

    ChainOfCommandDemoData(OrgAdministration admin, ProvinceAdministration provinceAdmin, OrgAliases aliases,
            OrgDirectory directory, PasswordEncoder passwordEncoder) {
        this.admin = admin;
        this.provinceAdmin = provinceAdmin;
        this.aliases = aliases;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
    }

    /** Loads the structure; the caller owns the transaction. */
    void load(LocalDate today) {
        demoHash = passwordEncoder.encode(DEMO_PASSWORD);
        LocalDate since = LocalDate.of(2025, 10, 1);
        LocalDate appointed = LocalDate.of(2025, 9, 15);

        provinceAdmin.createProvince("TH-24", new UnitForm("CCS", "จังหวัดฉะเชิงเทรา", "Chachoengsao Province", UnitKind.PROVINCE, null));
        UnitSummary province = directory.rootUnits().stream().filter(u -> "CCS".equals(u.code())).findFirst().orElseThrow();
        unitsByCode.put("CCS", province);
        UnitSummary govOffice = unit("GOV", "ผู้ว่าราชการจังหวัดฉะเชิงเทรา", "Governor of Chachoengsao", UnitKind.GOVERNOR_OFFICE, province);
        PositionSummary governor = position("GOVERNOR", "ผู้ว่าราชการจังหวัดฉะเชิงเทรา", "Governor of Chachoengsao", govOffice, null,
                true, PositionRole.GOVERNOR, SecrecyClass.SECRET);
        UnitSummary vgs = unit("VG", "รองผู้ว่าราชการจังหวัดฉะเชิงเทรา", "Vice Governors", UnitKind.VICE_GOVERNORS, province);
        PositionSummary vg1 = position("VICE-GOVERNOR-1", "รองผู้ว่าราชการจังหวัดฉะเชิงเทรา (1)", "Vice Governor (1)", vgs, governor,
                false, PositionRole.VICE_GOVERNOR, SecrecyClass.SECRET);
        PositionSummary vg2 = position("VICE-GOVERNOR-2", "รองผู้ว่าราชการจังหวัดฉะเชิงเทรา (2)", "Vice Governor (2)", vgs, governor,
                false, PositionRole.VICE_GOVERNOR, SecrecyClass.SECRET);

        UnitSummary office = unit("PAO-OFFICE", "สำนักงานจังหวัดฉะเชิงเทรา", "Chachoengsao Provincial Office",
                UnitKind.PROVINCIAL_OFFICE, province);
        PositionSummary head = position("HEAD-OF-OFFICE", "หัวหน้าสำนักงานจังหวัดฉะเชิงเทรา", "Head of the Provincial Office", office,
                governor, true, PositionRole.HEAD_OF_OFFICE, SecrecyClass.SECRET);

        Map<String, PositionSummary> directors = new LinkedHashMap<>();
        for (String[] row : csv("demo/provincial-office-groups.csv")) {
            String[] login = groupLogin(row[1]);
            UnitSummary group = unit(login[2], row[0], row[1], UnitKind.OFFICE_GROUP, office);
            directors.put(login[2], position(login[2] + "-DIR", row[2], "Director, " + row[1], group, head, true,
                    PositionRole.STAFF, SecrecyClass.CONFIDENTIAL));
        }
        PositionSummary adminDirector = directors.get("GRP-ADMIN");
        UnitSummary adminGroup = admin.createUnit(new UnitForm("GRP-ADMIN-CORR", "งานสารบรรณและเลขานุการ",
                "Correspondence and Secretariat Section", UnitKind.SUB_UNIT, adminDirector.unitId()));
        PositionSummary staff = position("GRP-ADMIN-OFFICER-1", "นักจัดการงานทั่วไปชำนาญการ", "General Administration Officer",
                adminGroup, adminDirector, false, PositionRole.STAFF, SecrecyClass.NONE);
        PositionSummary secretary = position("GOV-SECRETARY", "เจ้าหน้าที่เลขานุการผู้ว่าราชการจังหวัด", "Governor's Secretariat Officer",
                adminGroup, adminDirector, false, PositionRole.SECRETARIAT, SecrecyClass.CONFIDENTIAL);

        UnitSummary agencies = unit("AGENCIES", "ส่วนราชการและหน่วยงานในจังหวัด", "Agencies in the province", UnitKind.CATEGORY, province);
        Map<String, PositionSummary> agencyHeads = new LinkedHashMap<>();
        int n = 0;
        for (String[] row : csv("demo/chachoengsao-agencies.csv")) {
            if (row[1].equals("Chachoengsao Provincial Office")) {
                continue;
            }
            n++;
            String code = "AG-" + String.format("%02d", n);
            UnitSummary agency = unit(code, row[0], row[1], UnitKind.AGENCY, agencies);
            // the public health office handles ลับมาก cases (outbreak and drug intelligence); other agencies ลับ
            PositionSummary agencyHead = position(code + "-HEAD", "หัวหน้า" + row[0], "Head, " + row[1], agency, governor, true,
                    PositionRole.STAFF, row[1].equals("Provincial Public Health Office") ? SecrecyClass.SECRET : SecrecyClass.CONFIDENTIAL);
            agencyHeads.put(row[1], agencyHead);
        }
        PositionSummary healthHead = agencyHeads.get("Provincial Public Health Office");
        UnitSummary disease = admin.createUnit(new UnitForm("AG-HEALTH-CDC", "กลุ่มงานควบคุมโรคติดต่อ", "Communicable Disease Control Section",
                UnitKind.SUB_UNIT, healthHead.unitId()));
        PositionSummary diseaseHead = position("AG-HEALTH-CDC-HEAD", "หัวหน้ากลุ่มงานควบคุมโรคติดต่อ", "Head, Communicable Disease Control",
                disease, healthHead, true, PositionRole.STAFF, SecrecyClass.NONE);
        PositionSummary healthOfficer = position("AG-HEALTH-CDC-OFFICER", "นักวิชาการสาธารณสุขชำนาญการ", "Public Health Technical Officer",
                disease, diseaseHead, false, PositionRole.STAFF, SecrecyClass.NONE);

        UnitSummary districts = unit("DISTRICTS", "อำเภอ", "Districts", UnitKind.CATEGORY, province);
        Map<String, PositionSummary> chiefs = new LinkedHashMap<>();
        for (String[] row : csv("demo/chachoengsao-districts.csv")) {
            String code = "DIST-" + String.format("%02d", Integer.parseInt(row[0]));
            UnitSummary district = unit(code, row[1], row[2] + " District", UnitKind.DISTRICT, districts);
            PositionSummary chief = position(code + "-CHIEF", "นายอำเภอ" + row[1].substring("อำเภอ".length()),
                    "District Chief of " + row[2], district, governor, true, PositionRole.STAFF, SecrecyClass.CONFIDENTIAL);
            chiefs.put(row[2], chief);
            position(code + "-DEPUTY", "ปลัดอำเภอ (หัวหน้ากลุ่มงานบริหารงานปกครอง) " + row[1],
                    "Deputy District Chief (Administration), " + row[2], district, chief, false, PositionRole.STAFF, SecrecyClass.NONE);
        }

        // --- people: every demo login has the password "demo"
        String mohOrder = "คำสั่งกระทรวงมหาดไทย ที่ 845/2568";
        hold("governor", governor.id(), appointed, mohOrder);
        hold("vicegovernor1", vg1.id(), appointed, mohOrder);
        hold("vicegovernor2", vg2.id(), appointed, mohOrder);
        hold("head", head.id(), since, "คำสั่งสำนักงานปลัดกระทรวงมหาดไทย ที่ 1120/2568");
        for (String[] g : GROUP_LOGINS) {
            if (!g[2].equals("GRP-HR")) {
                hold(g[1], directors.get(g[2]).id(), since, "คำสั่งจังหวัดฉะเชิงเทรา ที่ 2210/2568");
            }
        }
        hold("staff", staff.id(), since, "คำสั่งจังหวัดฉะเชิงเทรา ที่ 2211/2568");
        hold("secretary", secretary.id(), since, "คำสั่งจังหวัดฉะเชิงเทรา ที่ 2212/2568");
        agencyHeads.forEach((nameEn, p) -> hold(AGENCY_LOGINS.getOrDefault(nameEn, "agency." + p.code().toLowerCase()), p.id(),
                since, "คำสั่งแต่งตั้งของส่วนราชการต้นสังกัด"));
        hold("health.cdc", diseaseHead.id(), since, "คำสั่งสำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา ที่ 301/2568");
        hold("health.officer", healthOfficer.id(), since, "คำสั่งสำนักงานสาธารณสุขจังหวัดฉะเชิงเทรา ที่ 302/2568");
        chiefs.forEach((nameEn, p) -> {
            if (!nameEn.equals("Khlong Khuean")) {
                hold("district." + nameEn.toLowerCase().replace(" ", "").replace("-", ""), p.id(), since, mohOrder);
            }
        });
        PersonSummary deputy = hold("deputy.khlongkhuean", position("DIST-11-DEPUTY").id(), since, "คำสั่งจังหวัดฉะเชิงเทรา ที่ 2301/2568");
        hold("admin", directory.positionByCode("SYS-ADMIN").orElseThrow().id(), since, "คำสั่งจังหวัดฉะเชิงเทรา ที่ 2400/2568");

        // --- acting (รักษาราชการแทน): the HR group's director post and Khlong Khuean's district chief are vacant
        String actingOrder = "คำสั่งจังหวัดฉะเชิงเทรา ที่ 3105/2569";
        LocalDate actingFrom = today.minusDays(20);
        admin.assign(new AssignmentForm(directors.get("GRP-HR").id(), peopleByLogin.get("director.admin").id(),
                AssignmentKind.ACTING, actingFrom, today.plusDays(70), actingOrder, actingFrom.minusDays(2), null,
                "ผู้อำนวยการกลุ่มงานบริหารทรัพยากรบุคคลเกษียณอายุราชการ ตำแหน่งว่าง"));
        admin.assign(new AssignmentForm(chiefs.get("Khlong Khuean").id(), deputy.id(), AssignmentKind.ACTING,
                actingFrom, null, "คำสั่งจังหวัดฉะเชิงเทรา ที่ 3106/2569", actingFrom.minusDays(2), null,
                "นายอำเภอคลองเขื่อนย้ายไปดำรงตำแหน่งใหม่"));
        // --- delegation (ปฏิบัติราชการแทน): the governor delegates approvals to the first vice governor
        Actor delegation = admin.assign(new AssignmentForm(governor.id(), peopleByLogin.get("vicegovernor1").id(), AssignmentKind.DELEGATION,
                since, null, "คำสั่งจังหวัดฉะเชิงเทรา ที่ 2500/2568", since, "อนุมัติโครงการและการเบิกจ่ายงบประมาณไม่เกิน 5 ล้านบาท "
                        + "และการสั่งการตามข้อสั่งการในส่วนราชการที่กำกับดูแล (ภาคผนวก ข)", null));
        // its annex (ภาคผนวก ข) as data: what the first vice governor may decide and sign on the governor's behalf
        admin.setDelegatedMatters(delegation.assignmentId(), List.of("GENERAL", "DIRECTIVE", "BUDGET", "EVENTS"));

        // --- supervision (annex ก): agencies and districts split between the two vice governors
        String supervisionOrder = "คำสั่งจังหวัดฉะเชิงเทรา ที่ 2501/2568";
        List<PositionSummary> supervised = new ArrayList<>(agencyHeads.values());
        supervised.addAll(chiefs.values());
        int i = 0;
        for (PositionSummary p : supervised) {
            PositionSummary vg = i++ % 2 == 0 ? vg1 : vg2;
            admin.supervise(vg.id(), p.unitId(), supervisionOrder, since);
        }
    }

    /**
     * The units' aliases and abbreviations of {@value #ALIASES} ({@code unit_name_th,alias}), when no unit has any yet:
     * a province loaded before aliases existed gets them too. A line whose unit does not exist, or whose alias the
     * rules refuse (a duplicate, another unit's name), is skipped with a warning: demo data never stops the start.
     * The caller owns the transaction. @return the number of aliases added
     */
    int loadAliasesIfNone() {
        if (!directory.aliasesByUnit().isEmpty()) {
            return 0;
        }
        Map<String, Long> unitIds = new LinkedHashMap<>();
        directory.allUnits().forEach(u -> unitIds.putIfAbsent(u.nameTh(), u.id()));
        int added = 0;
        for (String[] row : csv(ALIASES)) {
            Long unitId = row.length < 2 ? null : unitIds.get(row[0].strip());
            if (unitId == null) {
                log.warn("{}: no unit named '{}', alias line skipped", ALIASES, row[0]);
                continue;
            }
            var refused = aliases.refusal(unitId, row[1]);
            if (refused.isPresent()) {
                log.warn("{}: alias '{}' of '{}' skipped ({})", ALIASES, row[1], row[0], refused.get().messageKey());
                continue;
            }
            aliases.add(unitId, row[1]);
            added++;
        }
        return added;
    }

    private String[] groupLogin(String nameEn) {
        for (String[] g : GROUP_LOGINS) {
            if (g[0].equals(nameEn)) {
                return g;
            }
        }
        throw new IllegalStateException("No login for group " + nameEn);
    }

    private final Map<String, UnitSummary> unitsByCode = new LinkedHashMap<>();
    private final Map<String, PositionSummary> positionsByCode = new LinkedHashMap<>();

    private UnitSummary unit(String code, String th, String en, UnitKind kind, UnitSummary parent) {
        UnitSummary u = admin.createUnit(new UnitForm(code, th, en, kind, parent == null ? null : parent.id()));
        admin.placeUnit(u.id(), unitsByCode.size());
        unitsByCode.put(code, u);
        return u;
    }

    private PositionSummary position(String code, String th, String en, UnitSummary unit, PositionSummary reportsTo,
            boolean head, PositionRole role, SecrecyClass clearance) {
        PositionSummary p = admin.createPosition(new PositionForm(code, th, en, unit.id(),
                reportsTo == null ? null : reportsTo.id(), head, role, clearance));
        positionsByCode.put(code, p);
        return p;
    }

    private PositionSummary position(String code) {
        PositionSummary p = positionsByCode.get(code);
        if (p == null) {
            throw new IllegalStateException("Unknown position " + code);
        }
        return p;
    }

    private PersonSummary hold(String login, Long positionId, LocalDate from, String order) {
        String[] given = GIVEN[nameSeed % GIVEN.length];
        String[] family = FAMILY[(nameSeed * 7 + 3) % FAMILY.length];
        nameSeed++;
        boolean female = "f".equals(given[2]);
        String titleTh = female ? "นางสาว" : "นาย";
        String titleEn = female ? "Ms." : "Mr.";
        PersonSummary person = admin.importPerson(new PersonForm(login, titleTh + given[0] + " " + family[0],
                titleEn + " " + given[1] + " " + family[1], login + "@chachoengsao.example", null, true), demoHash);
        peopleByLogin.put(login, person);
        admin.assign(new AssignmentForm(positionId, person.id(), AssignmentKind.HOLDER, from, null, order,
                from.minusDays(10), null, null));
        return person;
    }

    static List<String[]> csv(String resource) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(parseCsvLine(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    static String[] parseCsvLine(String line) {
        return CsvLine.fields(line);
    }
}
