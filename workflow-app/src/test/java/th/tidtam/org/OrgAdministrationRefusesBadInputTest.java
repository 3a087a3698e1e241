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
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.Person;
import th.tidtam.org.domain.Position;
import th.tidtam.org.PositionRole;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonForm;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.UnitForm;
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
        OrgUnit unit = fx.unit("CYCLE");
        Position a = fx.position("A", unit.getId(), null);
        Position b = fx.position("B", unit.getId(), a.getId());
        Position c = fx.position("C", unit.getId(), b.getId());

        assertRefusedUnchanged(() -> admin.updatePosition(a.getId(), formOf(a, unit.getId(), c.getId())),
                "org.error.reports-to-cycle");
        assertRefusedUnchanged(() -> admin.updatePosition(a.getId(), formOf(a, unit.getId(), a.getId())),
                "org.error.reports-to-cycle");

        assertThat(reportsTo(a.getId())).isNull();
        assertThat(directory.chainAbove(c.getId())).extracting(p -> p.code()).containsExactly(b.getCode(), a.getCode());
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
        Position position = fx.position("ACT", fx.unit("ACT").getId(), null);
        Person person = fx.person("acting");

        assertRefusedUnchanged(() -> fx.act(position.getId(), person.getId(), today, today.minusDays(1)),
                "org.error.period-ends-before-start");
        assertThat(assignmentsOf(position.getId())).isZero();

        Assignment open = fx.act(position.getId(), person.getId(), today.minusDays(5), null);
        assertRefusedUnchanged(() -> admin.endAssignment(open.getId(), today.minusDays(6)),
                "org.error.period-ends-before-start");
        assertThat(jdbc.queryForObject("select valid_to from position_assignment where id = ?", LocalDate.class,
                open.getId())).isNull();
    }

    @Test
    void overlappingActingPeriodsForOnePositionAreRefused() {
        Position position = fx.position("OVERLAP", fx.unit("OVERLAP").getId(), null);
        Person first = fx.person("first");
        Person second = fx.person("second");
        fx.act(position.getId(), first.getId(), today.minusDays(10), today.plusDays(10));

        assertRefusedUnchanged(() -> fx.act(position.getId(), second.getId(), today.plusDays(10), null),
                "org.error.acting-overlap");
        assertRefusedUnchanged(() -> fx.act(position.getId(), second.getId(), today.minusDays(30), today.minusDays(10)),
                "org.error.acting-overlap");
        assertThat(assignmentsOf(position.getId())).isEqualTo(1);

        // the day after the first period ends is free
        fx.act(position.getId(), second.getId(), today.plusDays(11), null);
        assertThat(assignmentsOf(position.getId())).isEqualTo(2);
    }

    @Test
    void aUnitThatStillHasPositionsCannotBeDeleted() {
        OrgUnit unit = fx.unit("DELETE");
        fx.position("IN-UNIT", unit.getId(), null);

        assertRefusedUnchanged(() -> admin.deleteUnit(unit.getId()), "org.error.unit-has-positions");

        assertThat(count("select count(*) from org_unit where id = ?", unit.getId())).isEqualTo(1);
        assertThat(count("select count(*) from org_position where unit_id = ?", unit.getId())).isEqualTo(1);
    }

    @Test
    void aUnitCannotBeMovedBelowItselfOrItsOwnSubunits() {
        OrgUnit top = fx.unit("U1");
        OrgUnit middle = fx.unit("U2", top.getId());
        OrgUnit bottom = fx.unit("U3", middle.getId());

        assertRefusedUnchanged(() -> admin.updateUnit(top.getId(), unitFormOf(top, bottom.getId())), "org.error.unit-cycle");
        assertRefusedUnchanged(() -> admin.updateUnit(top.getId(), unitFormOf(top, top.getId())), "org.error.unit-cycle");

        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, top.getId())).isNull();
        assertThat(jdbc.queryForObject("select parent_id from org_unit where id = ?", Long.class, bottom.getId()))
                .isEqualTo(middle.getId());
    }

    @Test
    void aCodeInUseIsRefusedWhateverItsLetterCase() {
        OrgUnit unit = fx.unit("DUP");

        assertRefusedUnchanged(() -> admin.createUnit(new UnitForm("CCS", "ซ้ำ", "Duplicate", UnitKind.SUB_UNIT, null)),
                "org.error.code-taken");
        assertRefusedUnchanged(() -> admin.createPosition(new PositionForm("GOVERNOR", "ซ้ำ", "Duplicate", unit.getId(),
                null, false, PositionRole.STAFF, null)), "org.error.code-taken");
        assertRefusedUnchanged(() -> admin.createPosition(new PositionForm("governor", "ซ้ำ", "Duplicate", unit.getId(),
                null, false, PositionRole.STAFF, null)), "org.error.code-taken");
        assertRefusedUnchanged(() -> admin.createPerson(new PersonForm("staff", "ซ้ำ", "Duplicate", null, "secret", true)),
                "org.error.username-taken");
        assertRefusedUnchanged(() -> admin.updateUnit(unit.getId(), new UnitForm("CCS", unit.getNameTh(),
                unit.getNameEn(), UnitKind.SUB_UNIT, null)), "org.error.code-taken");

        assertThat(jdbc.queryForObject("select code from org_unit where id = ?", String.class, unit.getId()))
                .isEqualTo(unit.getCode());
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

        OrgUnit stored = fx.unitNamed(limit);
        assertThat(jdbc.queryForObject("select name_th from org_unit where id = ?", String.class, stored.getId()))
                .isEqualTo(limit);
    }

    @Test
    void controlCharactersInNamesAreRefused() {
        OrgUnit unit = fx.unit("CTRL");
        for (String bad : List.of("ชื่อ\u0000", "ชื่อ\u0007เสียง", "\u001B[31mแดง", "ลบ\u007F", "C1\u0085ขึ้นบรรทัด",
                "สอง\nบรรทัด")) {
            assertRefusedUnchanged(() -> fx.unitNamed(bad), "org.error.control-characters");
            assertRefusedUnchanged(() -> admin.createPosition(new PositionForm(fx.code("CTRL-P"), bad, "Title",
                    unit.getId(), null, false, PositionRole.STAFF, null)), "org.error.control-characters");
            assertRefusedUnchanged(() -> admin.updateUnit(unit.getId(), new UnitForm(unit.getCode(), bad,
                    unit.getNameEn(), UnitKind.SUB_UNIT, null)), "org.error.control-characters");
        }
        assertThat(jdbc.queryForObject("select name_th from org_unit where id = ?", String.class, unit.getId()))
                .isEqualTo(unit.getNameTh());
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanStoredAsAQuestionMark() {
        OrgUnit unit = fx.unit("SURROGATE");
        Position position = fx.position("SURROGATE", unit.getId(), null);
        Person person = fx.person("surrogate");
        for (String bad : List.of("ชื่อ\uD800", "\uDC00ชื่อ", "emoji cut in half \uD83D")) {
            assertRefusedUnchanged(() -> fx.unitNamed(bad), "error.text-invalid-unicode");
            assertRefusedUnchanged(() -> admin.updateUnit(unit.getId(), new UnitForm(unit.getCode(), unit.getNameTh(), bad,
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
        assertThat(jdbc.queryForObject("select name_en from org_unit where id = ?", String.class, unit.getId()))
                .isEqualTo(unit.getNameEn());
    }

    @Test
    void textsAreStoredStrippedAndInNormalisationFormC() {
        OrgUnit unit = fx.unitNamed("  กองกลาง Cafe\u0301  ");

        assertThat(jdbc.queryForObject("select name_th from org_unit where id = ?", String.class, unit.getId()))
                .isEqualTo("กองกลาง Caf\u00E9");
    }

    @Test
    void delegatedPowersMaySpanLinesButHoldNoOtherControlCharacters() {
        Position position = fx.position("POWERS", fx.unit("POWERS").getId(), null);
        Person person = fx.person("powers");
        String powers = "ข้อ 1 อนุมัติโครงการ\nข้อ 2\tการเบิกจ่าย\r\nข้อ 3 🚀";

        assertRefusedUnchanged(() -> admin.assign(delegation(position, person, "ข้อ 1\u0000")),
                "org.error.control-characters");
        assertRefusedUnchanged(() -> admin.assign(delegation(position, person, "ข้อ 1\u007F")),
                "org.error.control-characters");
        Assignment stored = admin.assign(delegation(position, person, powers));

        assertThat(jdbc.queryForObject("select delegated_powers from position_assignment where id = ?", String.class,
                stored.getId())).isEqualTo(powers);
    }

    private AssignmentForm delegation(Position position, Person person, String powers) {
        return new AssignmentForm(position.getId(), person.getId(), AssignmentKind.DELEGATION, today, null,
                "คำสั่งที่ 10/2569", today, powers, null);
    }

    @Test
    void anAssignmentWithoutAnOrderNumberIsRefused() {
        Position position = fx.position("ORDER", fx.unit("ORDER").getId(), null);
        Person person = fx.person("order");
        for (String missing : new String[] { null, "", "   " }) {
            AssignmentForm form = new AssignmentForm(position.getId(), person.getId(), AssignmentKind.HOLDER, today, null,
                    missing, today, null, null);
            assertThatThrownBy(() -> admin.assign(form)).isInstanceOfSatisfying(RuleViolation.class, v -> {
                assertThat(v.messageKey()).isEqualTo("org.error.required");
                assertThat(v.arguments()).containsExactly("org.field.order-number");
            });
        }
        assertThat(assignmentsOf(position.getId())).isZero();
    }

    @Test
    void anOversizedNoteIsRefusedNamingTheNoteField() {
        Position position = fx.position("NOTE", fx.unit("NOTE").getId(), null);
        Person person = fx.person("note");
        AssignmentForm form = new AssignmentForm(position.getId(), person.getId(), AssignmentKind.HOLDER, today, null,
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
        OrgUnit unit = fx.unitNamed(text);
        Position position = admin.createPosition(new PositionForm(fx.code("VERBATIM"), text, "<b>" + text + "</b>",
                unit.getId(), null, false, PositionRole.STAFF, null));
        Person person = admin.createPerson(new PersonForm(fx.code("verbatim").toLowerCase(), text, "O'Brien <i>", null,
                null, true));

        assertThat(jdbc.queryForObject("select name_th from org_unit where id = ?", String.class, unit.getId()))
                .isEqualTo(text);
        assertThat(jdbc.queryForMap("select title_th, title_en from org_position where id = ?", position.getId()))
                .containsEntry("title_th", text).containsEntry("title_en", "<b>" + text + "</b>");
        assertThat(jdbc.queryForMap("select full_name_th, full_name_en from person where id = ?", person.getId()))
                .containsEntry("full_name_th", text).containsEntry("full_name_en", "O'Brien <i>");
        assertThat(directory.position(position.getId()).orElseThrow().titleTh()).isEqualTo(text);
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

    private static PositionForm formOf(Position p, Long unitId, Long reportsToId) {
        return new PositionForm(p.getCode(), p.getTitleTh(), p.getTitleEn(), unitId, reportsToId, p.isUnitHead(),
                p.getRole(), p.getClearance());
    }

    private static UnitForm unitFormOf(OrgUnit u, Long parentId) {
        return new UnitForm(u.getCode(), u.getNameTh(), u.getNameEn(), u.getKind(), parentId);
    }
}
