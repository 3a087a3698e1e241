package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.org.domain.Assignment;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonForm;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceAdministration;
import th.tidtam.org.service.UnitForm;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * Every refused change names the broken rule (a message key) and leaves the chain of command exactly as it was:
 * each test compares MariaDB's checksums of all org tables before and after, and re-reads the fields concerned.
 */
@IntegrationTest
class OrgAdministrationRefusesBadInputTest {

    private static final String ORG_TABLES = "org_unit, org_position, person, position_assignment, unit_supervision";

    @Autowired
    OrgAdministration admin;
    @Autowired
    ProvinceAdministration provinceAdmin;
    @Autowired
    OrgDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Translations translations;

    OrgFixtures fx;
    LocalDate today;

    @BeforeEach
    void freshFixtures() {
        fx = new OrgFixtures(admin);
        today = directory.today();
    }

    @Test
    void aReportsToCycleIsRefusedAndTheChainStaysAsItWas() {
        UnitSummary unit = fx.unit("CYCLE");
        PositionSummary a = fx.position("A", unit.id(), null);
        PositionSummary b = fx.position("B", unit.id(), a.id());
        PositionSummary c = fx.position("C", unit.id(), b.id());

        assertRefusedUnchanged(() -> admin.updatePosition(a.id(), formOf(a, unit.id(), c.id())),
                "org.error.reports-to-cycle");
        assertRefusedUnchanged(() -> admin.updatePosition(a.id(), formOf(a, unit.id(), a.id())),
                "org.error.reports-to-cycle");

        assertThat(reportsTo(a.id())).isNull();
        assertThat(directory.chainAbove(c.id())).extracting(p -> p.code()).containsExactly(b.code(), a.code());
    }

    @Test
    void aPositionWithoutAUnitIsRefusedAndNotStored() {
        String code = fx.code("NO-UNIT");

        assertRefusedUnchanged(() -> admin.createPosition(new PositionForm(code, "ไม่มีหน่วยงาน", "No unit", null, null,
                false, PositionRole.STAFF, null)), "org.error.position-needs-unit");
        assertRefusedUnchanged(() -> admin.createPosition(new PositionForm(code, "หน่วยงานไม่มีอยู่", "Unknown unit",
                Long.MAX_VALUE, null, false, PositionRole.STAFF, null)), "org.error.position-needs-unit");

        assertThat(count("select count(*) from org_position where code = ?", code)).isZero();
    }

    @Test
    void anActingPeriodThatEndsBeforeItStartsIsRefused() {
        PositionSummary position = fx.position("ACT", fx.unit("ACT").id(), null);
        PersonSummary person = fx.person("acting");

        assertRefusedUnchanged(() -> fx.act(position.id(), person.id(), today, today.minusDays(1)),
                "org.error.period-ends-before-start");
        assertThat(assignmentsOf(position.id())).isZero();

        Actor open = fx.act(position.id(), person.id(), today.minusDays(5), null);
        assertRefusedUnchanged(() -> admin.endAssignment(open.assignmentId(), today.minusDays(6)),
                "org.error.period-ends-before-start");
        assertThat(jdbc.queryForObject("select valid_to from position_assignment where id = ?", LocalDate.class,
                open.assignmentId())).isNull();
    }

    @Test
    void overlappingActingPeriodsForOnePositionAreRefused() {
        PositionSummary position = fx.position("OVERLAP", fx.unit("OVERLAP").id(), null);
        PersonSummary first = fx.person("first");
        PersonSummary second = fx.person("second");
        fx.act(position.id(), first.id(), today.minusDays(10), today.plusDays(10));

        assertRefusedUnchanged(() -> fx.act(position.id(), second.id(), today.plusDays(10), null),
                "org.error.acting-overlap");
        assertRefusedUnchanged(() -> fx.act(position.id(), second.id(), today.minusDays(30), today.minusDays(10)),
                "org.error.acting-overlap");
        assertThat(assignmentsOf(position.id())).isEqualTo(1);

        // the day after the first period ends is free
        fx.act(position.id(), second.id(), today.plusDays(11), null);
        assertThat(assignmentsOf(position.id())).isEqualTo(2);
    }

    @Test
    void aUnitThatStillHasPositionsCannotBeDeleted() {
        UnitSummary unit = fx.unit("DELETE");
        fx.position("IN-UNIT", unit.id(), null);

        assertRefusedUnchanged(() -> admin.deleteUnit(unit.id()), "org.error.unit-has-positions");

        assertThat(count("select count(*) from org_unit where id = ?", unit.id())).isEqualTo(1);
        assertThat(count("select count(*) from org_position where unit_id = ?", unit.id())).isEqualTo(1);
    }

    @Test
    void aUnitCannotBeMovedBelowItselfOrItsOwnSubunits() {
        UnitSummary top = fx.unit("U1");
        UnitSummary middle = fx.unit("U2", top.id());
        UnitSummary bottom = fx.unit("U3", middle.id());

        assertRefusedUnchanged(() -> admin.updateUnit(top.id(), unitFormOf(top, bottom.id())), "org.error.unit-cycle");
        assertRefusedUnchanged(() -> admin.updateUnit(top.id(), unitFormOf(top, top.id())), "org.error.unit-cycle");

        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, top.id())).isNull();
        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, bottom.id()))
                .isEqualTo(middle.id());
    }

    @Test
    void aCodeInUseIsRefusedWhateverItsLetterCase() {
        UnitSummary unit = fx.unit("DUP");

        assertRefusedUnchanged(() -> admin.createUnit(new UnitForm("CCS", "ซ้ำ", "Duplicate", UnitKind.SUB_UNIT, null)),
                "org.error.code-taken");
        assertRefusedUnchanged(() -> admin.createPosition(new PositionForm("GOVERNOR", "ซ้ำ", "Duplicate", unit.id(),
                null, false, PositionRole.STAFF, null)), "org.error.code-taken");
        assertRefusedUnchanged(() -> admin.createPosition(new PositionForm("governor", "ซ้ำ", "Duplicate", unit.id(),
                null, false, PositionRole.STAFF, null)), "org.error.code-taken");
        assertRefusedUnchanged(() -> admin.createPerson(new PersonForm("staff", "ซ้ำ", "Duplicate", null, "secret", true)),
                "org.error.username-taken");
        assertRefusedUnchanged(() -> admin.updateUnit(unit.id(), new UnitForm("CCS", unit.nameTh(),
                unit.nameEn(), UnitKind.SUB_UNIT, null)), "org.error.code-taken");

        assertThat(jdbc.queryForObject("select code from org_unit where id = ?", String.class, unit.id()))
                .isEqualTo(unit.code());
    }

    @Test
    void namesLongerThan255CharactersAreRefusedAnd255AreStoredWhole() {
        String limit = "ก".repeat(255);
        String tooLong = limit + "ข";

        assertRefusedUnchanged(() -> fx.unitNamed(tooLong), "org.error.too-long");
        assertRefusedUnchanged(() -> admin.createPerson(new PersonForm(fx.code("long").toLowerCase(), tooLong, "Long",
                null, null, true)), "org.error.too-long");
        assertThatThrownBy(() -> fx.unitNamed(tooLong)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.arguments()).containsExactly("org.field.name-th", 255));

        UnitSummary stored = fx.unitNamed(limit);
        assertThat(jdbc.queryForObject("select name_th from org_unit where id = ?", String.class, stored.id()))
                .isEqualTo(limit);
    }

    @Test
    void controlCharactersInNamesAreRefused() {
        UnitSummary unit = fx.unit("CTRL");
        for (String bad : List.of("ชื่อ\u0000", "ชื่อ\u0007เสียง", "\u001B[31mแดง", "ลบ\u007F", "C1\u0085ขึ้นบรรทัด",
                "สอง\nบรรทัด")) {
            assertRefusedUnchanged(() -> fx.unitNamed(bad), "org.error.control-characters");
            assertRefusedUnchanged(() -> admin.createPosition(new PositionForm(fx.code("CTRL-P"), bad, "Title",
                    unit.id(), null, false, PositionRole.STAFF, null)), "org.error.control-characters");
            assertRefusedUnchanged(() -> admin.updateUnit(unit.id(), new UnitForm(unit.code(), bad,
                    unit.nameEn(), UnitKind.SUB_UNIT, null)), "org.error.control-characters");
        }
        assertThat(jdbc.queryForObject("select name_th from org_unit where id = ?", String.class, unit.id()))
                .isEqualTo(unit.nameTh());
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
        UnitSummary unit = fx.unit("SURROGATE");
        PositionSummary position = fx.position("SURROGATE", unit.id(), null);
        PersonSummary person = fx.person("surrogate");
        for (String bad : List.of("ชื่อ\uD800", "\uDC00ชื่อ", "emoji cut in half \uD83D")) {
            assertRefusedUnchanged(() -> fx.unitNamed(bad), "error.text-invalid-unicode");
            assertRefusedUnchanged(() -> admin.updateUnit(unit.id(), new UnitForm(unit.code(), unit.nameTh(), bad,
                    UnitKind.SUB_UNIT, null)), "error.text-invalid-unicode");
            assertRefusedUnchanged(() -> admin.createPerson(new PersonForm(fx.code("surrogate").toLowerCase(), bad,
                    "Surrogate", null, null, true)), "error.text-invalid-unicode");
            assertRefusedUnchanged(() -> admin.assign(delegation(position, person, "ข้อ 1 " + bad)),
                    "error.text-invalid-unicode");
        }
        assertThatThrownBy(() -> fx.unitNamed("ชื่อ\uD800")).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.arguments()).containsExactly("org.field.name-th");
            assertThat(translations.message(v, Translations.THAI)).contains("ชื่อภาษาไทย").contains("ยูนิโคด");
            assertThat(translations.message(v, Locale.ENGLISH)).contains("Thai name").contains("not valid");
        });
        assertThat(jdbc.queryForObject("select name_en from org_unit where id = ?", String.class, unit.id()))
                .isEqualTo(unit.nameEn());
    }

    @Test
    void textsAreStoredStrippedAndInNormalisationFormC() {
        UnitSummary unit = fx.unitNamed("  กองกลาง Cafe\u0301  ");

        assertThat(jdbc.queryForObject("select name_th from org_unit where id = ?", String.class, unit.id()))
                .isEqualTo("กองกลาง Caf\u00E9");
    }

    @Test
    void delegatedPowersMaySpanLinesButHoldNoOtherControlCharacters() {
        PositionSummary position = fx.position("POWERS", fx.unit("POWERS").id(), null);
        PersonSummary person = fx.person("powers");
        String powers = "ข้อ 1 อนุมัติโครงการ\nข้อ 2\tการเบิกจ่าย\r\nข้อ 3 🚀";

        assertRefusedUnchanged(() -> admin.assign(delegation(position, person, "ข้อ 1\u0000")),
                "org.error.control-characters");
        assertRefusedUnchanged(() -> admin.assign(delegation(position, person, "ข้อ 1\u007F")),
                "org.error.control-characters");
        Actor stored = admin.assign(delegation(position, person, powers));

        assertThat(jdbc.queryForObject("select delegated_powers from position_assignment where id = ?", String.class,
                stored.assignmentId())).isEqualTo(powers);
    }

    private AssignmentForm delegation(PositionSummary position, PersonSummary person, String powers) {
        return new AssignmentForm(position.id(), person.id(), AssignmentKind.DELEGATION, today, null,
                "คำสั่งที่ 10/2569", today, powers, null);
    }

    @Test
    void anAssignmentWithoutAnOrderNumberIsRefused() {
        PositionSummary position = fx.position("ORDER", fx.unit("ORDER").id(), null);
        PersonSummary person = fx.person("order");
        for (String missing : new String[] { null, "", "   " }) {
            AssignmentForm form = new AssignmentForm(position.id(), person.id(), AssignmentKind.HOLDER, today, null,
                    missing, today, null, null);
            assertThatThrownBy(() -> admin.assign(form)).isInstanceOfSatisfying(RuleViolation.class, v -> {
                assertThat(v.messageKey()).isEqualTo("org.error.required");
                assertThat(v.arguments()).containsExactly("org.field.order-number");
            });
        }
        assertThat(assignmentsOf(position.id())).isZero();
    }

    @Test
    void anOversizedNoteIsRefusedNamingTheNoteField() {
        PositionSummary position = fx.position("NOTE", fx.unit("NOTE").id(), null);
        PersonSummary person = fx.person("note");
        AssignmentForm form = new AssignmentForm(position.id(), person.id(), AssignmentKind.HOLDER, today, null,
                "คำสั่งที่ 9/2569", today, null, "ย".repeat(1001));

        Map<String, Long> before = checksums();
        assertThatThrownBy(() -> admin.assign(form)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo("org.error.too-long");
            // the field argument is translated, so it must be a message key
            assertThat(v.arguments()).containsExactly("org.field.note", 1000);
        });
        assertThat(checksums()).isEqualTo(before);
    }

    @Test
    void thaiEmojiAndMarkupAreAcceptedAndStoredVerbatim() {
        String text = "กองทดสอบ 🇹🇭🚀 <script>alert('x')</script> & \"อัญประกาศ\" ๑๒๓";
        UnitSummary unit = fx.unitNamed(text);
        PositionSummary position = admin.createPosition(new PositionForm(fx.code("VERBATIM"), text, "<b>" + text + "</b>",
                unit.id(), null, false, PositionRole.STAFF, null));
        PersonSummary person = admin.createPerson(new PersonForm(fx.code("verbatim").toLowerCase(), text, "O'Brien <i>", null,
                null, true));

        assertThat(jdbc.queryForObject("select name_th from org_unit where id = ?", String.class, unit.id()))
                .isEqualTo(text);
        assertThat(jdbc.queryForMap("select title_th, title_en from org_position where id = ?", position.id()))
                .containsEntry("title_th", text).containsEntry("title_en", "<b>" + text + "</b>");
        assertThat(jdbc.queryForMap("select full_name_th, full_name_en from person where id = ?", person.id()))
                .containsEntry("full_name_th", text).containsEntry("full_name_en", "O'Brien <i>");
        assertThat(directory.position(position.id()).orElseThrow().titleTh()).isEqualTo(text);
    }

    /**
     * Issue 18: a unit of kind PROVINCE without a parent makes a province under the unit's code, so a code some
     * province already has is refused (by ProvinceAdministration, on OrgAdministration's behalf) and nothing is made.
     */
    @Test
    void aProvinceRootUnitCodedLikeAnExistingProvinceIsRefusedAndNothingIsMade() {
        String taken = jdbc.queryForObject("select code from province order by id limit 1", String.class);
        assertThat(jdbc.queryForObject("select count(*) from org_unit where code = ?", Long.class, taken))
                .as("no unit has the province's code, so only the province's is in the way").isZero();
        long provinces = jdbc.queryForObject("select count(*) from province", Long.class);
        assertRefusedUnchanged(() -> admin.createUnit(new UnitForm(taken, "จังหวัดซ้ำ", "Duplicate", UnitKind.PROVINCE, null)),
                "org.error.province-code-taken");
        assertThat(jdbc.queryForObject("select count(*) from province", Long.class)).isEqualTo(provinces);
    }

    // ---- helpers ----

    private void assertRefusedUnchanged(ThrowingCallable change, String expectedKey) {
        Map<String, Long> before = checksums();
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(expectedKey));
        assertThat(checksums()).as("org tables after a refused change").isEqualTo(before);
    }

    private Map<String, Long> checksums() {
        return jdbc.queryForList("checksum table " + ORG_TABLES).stream().collect(Collectors.toMap(
                row -> String.valueOf(row.get("Table")), row -> ((Number) row.get("Checksum")).longValue()));
    }

    private Long reportsTo(Long positionId) {
        return jdbc.queryForObject("select reports_to_id from org_position where id = ?", Long.class, positionId);
    }

    private long assignmentsOf(Long positionId) {
        return count("select count(*) from position_assignment where position_id = ?", positionId);
    }

    private long count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    private static PositionForm formOf(PositionSummary p, Long unitId, Long reportsToId) {
        return new PositionForm(p.code(), p.titleTh(), p.titleEn(), unitId, reportsToId, p.unitHead(),
                p.role(), p.clearance());
    }

    private static UnitForm unitFormOf(UnitSummary u, Long parentId) {
        return new UnitForm(u.code(), u.nameTh(), u.nameEn(), u.kind(), parentId);
    }

    /** Issue 18: a new province with a hostile, empty or taken code, or a bad root name, is refused and nothing is made. */
    @Test
    void aProvinceWithABadCodeOrNameIsRefusedAndNothingIsMade() {
        long provinces = jdbc.queryForObject("select count(*) from province", Long.class);
        long units = jdbc.queryForObject("select count(*) from org_unit", Long.class);
        for (String code : new String[] { null, "", " ", "T", "TH 99", "TH-99'; drop table province; --", "ท-99", "TH-99😀",
                "TH-24", "A".repeat(17) }) {
            assertThatThrownBy(() -> provinceAdmin.createProvince(code, new UnitForm("T-P-" + units, "จังหวัดทดสอบ", "Test Province",
                    UnitKind.PROVINCE, null))).as(String.valueOf(code)).isInstanceOf(RuleViolation.class);
        }
        assertThatThrownBy(() -> provinceAdmin.createProvince("TH-98", new UnitForm("T-P2-" + units, " ", "Test", UnitKind.PROVINCE,
                null))).as("a blank Thai name").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> provinceAdmin.createProvince("TH-98", new UnitForm("CCS", "จังหวัดซ้ำ", "Duplicate", UnitKind.PROVINCE,
                null))).as("a unit code already used").isInstanceOf(RuleViolation.class);
        assertThat(jdbc.queryForObject("select count(*) from province", Long.class)).isEqualTo(provinces);
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Long.class)).isEqualTo(units);
    }
}
