package th.tidtam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.core.context.SecurityContextHolder;

import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.HolidayKind;
import th.tidtam.calendar.domain.Holiday;
import th.tidtam.calendar.service.HolidayAdministration;
import th.tidtam.calendar.service.HolidayForm;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgAliases;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionForm;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.ProvinceAdministration;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.org.service.UnitForm;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;

/**
 * Two provinces in one installation (issue 18): Chachoengsao (A, the usual demo) and Prachin Buri (B,
 * {@link SecondProvinceDemoData}). Prachin Buri's administrator manages Prachin Buri only: A's units, positions and
 * people are not found to them, by id and in every list, and nothing they change can link into A; the installation's
 * administrator sees both; the Ministry's desk reaches no province's org administration. Holidays: national ones
 * count everywhere, a province's own only in that province.
 */
@IntegrationTest
class OrgAcrossProvincesTest {

    private static final String B_ADMIN = SecondProvinceDemoData.ADMINISTRATOR;

    @Autowired
    SecondProvinceDemoData secondProvince;
    @Autowired
    Provinces provinces;
    @Autowired
    OrgDirectory directory;
    @Autowired
    OrgAdministration administration;
    @Autowired
    ProvinceAdministration provinceAdministration;
    @Autowired
    OrgAliases aliases;
    @Autowired
    HolidayAdministration holidays;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiClient api;

    ProvinceSummary a;
    ProvinceSummary b;

    @BeforeEach
    void twoProvinces() {
        b = secondProvince.ensureLoaded(directory.today());
        a = provinces.byCode("TH-24").orElseThrow();
    }

    @AfterEach
    void nobodySignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aProvinceAdministratorFindsNoneOfAnotherProvincesUnitsPositionsOrPeopleByIdThroughTheApi() {
        UnitSummary aUnit = directory.allUnits(a.id()).stream().filter(u -> u.parentId() != null).findFirst().orElseThrow();
        PositionSummary aPosition = positionOf("governor");
        PersonSummary aPerson = directory.person("governor").orElseThrow();

        assertThat(api.get("/api/units/" + aUnit.id(), B_ADMIN).status()).isEqualTo(404);
        assertThat(api.get("/api/org/positions/" + aPosition.id(), B_ADMIN).status()).isEqualTo(404);
        assertThat(api.get("/api/org/people/" + aPerson.id(), B_ADMIN).status()).isEqualTo(404);
        // the same answer as for an id nobody has
        assertThat(api.get("/api/org/people/987654321", B_ADMIN).status()).isEqualTo(404);

        PositionSummary bPosition = positionOf(SecondProvinceDemoData.GOVERNOR);
        assertThat(api.get("/api/units/" + bPosition.unitId(), B_ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/api/org/positions/" + bPosition.id(), B_ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/api/org/people/" + directory.person(SecondProvinceDemoData.GOVERNOR).orElseThrow().id(), B_ADMIN)
                .status()).isEqualTo(200);

        // the installation's administrator reads both provinces
        assertThat(api.get("/api/units/" + aUnit.id(), "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/org/positions/" + aPosition.id(), "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/org/positions/" + bPosition.id(), "admin").status()).isEqualTo(200);
        assertThat(api.get("/api/org/people/" + aPerson.id(), "admin").status()).isEqualTo(200);
    }

    @Test
    void everyOrgListAProvinceAdministratorReadsHoldsTheirProvinceOnlyWhileTheInstallationAdministratorSeesBoth() {
        Set<Long> aUnits = ids(directory.allUnits(a.id()).stream().map(UnitSummary::id).toList());
        Set<Long> bUnits = ids(directory.allUnits(b.id()).stream().map(UnitSummary::id).toList());

        // their own province's units and the installation-wide ones (the Ministry's), never another province's
        List<Long> seenByB = idsOf(api.get("/api/units", B_ADMIN).body(), "id");
        assertThat(seenByB).containsAll(bUnits).doesNotContainAnyElementsOf(aUnits);
        assertThat(idsOf(api.get("/api/units/search?q=" + "สาธารณสุข" + "&limit=100", B_ADMIN).body(), "id"))
                .anyMatch(bUnits::contains).noneMatch(aUnits::contains);
        assertThat(idsOf(api.get("/api/org/positions", B_ADMIN).body(), "provinceId")).isNotEmpty().containsOnly(b.id());
        assertThat(idsOf(api.get("/api/org/people", B_ADMIN).body(), "provinceId")).isNotEmpty().containsOnly(b.id());
        // a Chachoengsao user's unit list holds none of Prachin Buri's
        assertThat(idsOf(api.get("/api/units", "staff").body(), "id")).isNotEmpty().doesNotContainAnyElementsOf(bUnits);

        List<Long> seenByAdmin = idsOf(api.get("/api/units", "admin").body(), "id");
        assertThat(seenByAdmin).containsAll(aUnits.stream().filter(id -> !isSystem(id)).toList()).containsAll(bUnits);
        assertThat(idsOf(api.get("/api/org/positions", "admin").body(), "provinceId")).contains(a.id(), b.id());

        signIn(B_ADMIN);
        assertThat(directory.unitsInReach()).extracting(UnitSummary::provinceId).containsOnly(b.id());
        assertThat(directory.peopleInReach()).extracting(PersonSummary::provinceId).containsOnly(b.id());
    }

    @Test
    void aProvinceAdministratorCannotChangeMoveOrLinkAnythingOfAnotherProvince() {
        UnitSummary aUnit = directory.allUnits(a.id()).stream().filter(u -> u.parentId() != null).findFirst().orElseThrow();
        PositionSummary aGovernor = positionOf("governor");
        PositionSummary bGovernor = positionOf(SecondProvinceDemoData.GOVERNOR);
        PersonSummary aPerson = directory.person("staff").orElseThrow();
        UnitSummary bUnit = directory.unit(bGovernor.unitId()).orElseThrow();

        signIn(B_ADMIN);
        refused(() -> administration.updateUnit(aUnit.id(), form(aUnit, aUnit.parentId())), "org.error.unit-not-found");
        refused(() -> administration.updateUnit(bUnit.id(), form(bUnit, aUnit.id())), "org.error.unit-not-found");
        refused(() -> administration.placeUnit(aUnit.id(), 7), "org.error.unit-not-found");
        refused(() -> administration.deleteUnit(aUnit.id()), "org.error.unit-not-found");
        refused(() -> administration.createUnit(new UnitForm("PRI-T-ORPHAN", "ไม่มีต้นสังกัด", "Orphan", UnitKind.SUB_UNIT,
                null)), "org.error.unit-needs-parent");
        refused(() -> administration.createUnit(new UnitForm("PRI-T-IN-A", "ในจังหวัดอื่น", "In A", UnitKind.SUB_UNIT,
                aUnit.id())), "org.error.unit-not-found");
        refused(() -> provinceAdministration.createProvince("TH-99", new UnitForm("T-PROVINCE-99", "จังหวัดทดสอบ", "Test",
                UnitKind.PROVINCE, null)), "org.error.province-installation-only");
        refused(() -> administration.createPosition(new PositionForm("PRI-T-UNDER-A", "ตำแหน่ง", "Position",
                bUnit.id(), aGovernor.id(), false, PositionRole.STAFF, null)), "org.error.position-not-found");
        refused(() -> administration.deletePosition(aGovernor.id()), "org.error.position-not-found");
        refused(() -> administration.assign(new AssignmentForm(bGovernor.id(), aPerson.id(), AssignmentKind.ACTING,
                directory.today(), directory.today().plusDays(3), "คำสั่ง ที่ 1/2569", directory.today(), null, null)),
                "org.error.person-not-found");
        refused(() -> administration.assign(new AssignmentForm(aGovernor.id(), directory.person(SecondProvinceDemoData.STAFF)
                .orElseThrow().id(), AssignmentKind.ACTING, directory.today(), directory.today().plusDays(3),
                "คำสั่ง ที่ 1/2569", directory.today(), null, null)), "org.error.position-not-found");
        refused(() -> administration.updatePerson(aPerson.id(), null), "org.error.person-not-found");
        Long aAssignment = directory.history(aGovernor.id()).get(0).assignmentId();
        refused(() -> administration.endAssignment(aAssignment, directory.today()), "org.error.assignment-not-found");
        refused(() -> administration.setDelegatedMatters(aAssignment, List.of()), "org.error.assignment-not-found");
        refused(() -> administration.supervise(positionOf(SecondProvinceDemoData.VICE_GOVERNOR).id(), aUnit.id(), null,
                null), "org.error.unit-not-found");
        refused(() -> aliases.add(aUnit.id(), "ชื่อย่อข้ามจังหวัด"), "org.error.unit-not-found");
        assertThat(api.post("/api/units/" + aUnit.id() + "/aliases", B_ADMIN, "{\"alias\":\"ข้ามจังหวัด\"}").status())
                .isEqualTo(404);

        // whoever asks, nothing links two provinces: not even the installation's administrator (here: no user at all)
        SecurityContextHolder.clearContext();
        refused(() -> administration.createPosition(new PositionForm("PRI-T-REPORTS-TO-A", "ตำแหน่ง", "Position",
                bUnit.id(), aGovernor.id(), false, PositionRole.STAFF, null)), "org.error.reports-to-other-province");
        refused(() -> administration.supervise(positionOf(SecondProvinceDemoData.VICE_GOVERNOR).id(), aUnit.id(), null,
                null), "org.error.supervision-other-province");
        refused(() -> administration.updatePosition(bGovernor.id(), new PositionForm(bGovernor.code(), bGovernor.titleTh(),
                bGovernor.titleEn(), aUnit.id(), null, false, bGovernor.role(), bGovernor.clearance())),
                "org.error.position-other-province");
    }

    @Test
    void theMinistryDeskAndAnotherProvincesAdministratorDoNotReachChachoengsaosOrgAdministration() {
        PersonSummary aPerson = directory.person("staff").orElseThrow();
        for (String path : List.of("/api/org/people", "/api/org/positions", "/api/org/people/" + aPerson.id())) {
            assertThat(api.get(path, SecondProvinceDemoData.MINISTRY).status()).as(path).isEqualTo(403);
        }
        assertThat(idsOf(api.get("/api/units", SecondProvinceDemoData.MINISTRY).body(), "id"))
                .doesNotContainAnyElementsOf(ids(directory.allUnits(a.id()).stream().map(UnitSummary::id).toList()));
        // Chachoengsao's login locks are not Prachin Buri's to lift; their own people's are
        assertThat(api.delete("/api/admin/login-locks/staff", B_ADMIN).status()).isEqualTo(404);
        assertThat(api.delete("/api/admin/login-locks/" + SecondProvinceDemoData.STAFF, B_ADMIN).status()).isEqualTo(204);
        assertThat(api.get("/api/admin/login-locks", SecondProvinceDemoData.MINISTRY).status()).isEqualTo(403);
    }

    @Test
    void aProvincesOwnHolidayCountsInThatProvinceOnlyAndOnlyItsAdministratorKeepsIt() {
        // a Wednesday of a far-future year of this test's own (other tests use theirs)
        LocalDate day = LocalDate.of(2700 + (int) Math.floorMod(System.nanoTime(), 200L), 6, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));

        signIn(B_ADMIN);
        refused(() -> holidays.add(null, new HolidayForm(day, "วันหยุดชาติ", "National", HolidayKind.SPECIAL)),
                "calendar.error.national-holiday");
        refused(() -> holidays.add(a.id(), new HolidayForm(day, "วันหยุดจังหวัด ก", "A's own", HolidayKind.SPECIAL)),
                "calendar.error.holiday-not-found");
        Holiday bOwn = holidays.add(new HolidayForm(day, "วันหยุดจังหวัดปราจีนบุรี", "Prachin Buri's own", HolidayKind.SPECIAL));
        assertThat(bOwn.getProvinceId()).isEqualTo(b.id());
        // counted for Prachin Buri's people and cases, not for Chachoengsao's
        assertThat(calendar.isHoliday(day)).isTrue();
        SecurityContextHolder.clearContext();
        assertThat(calendar.inProvince(b.id()).isHoliday(day)).isTrue();
        assertThat(calendar.inProvince(a.id()).isHoliday(day)).isFalse();
        assertThat(calendar.inProvince(a.id()).addWorkingDays(day.minusDays(1), 1)).isEqualTo(day);
        assertThat(calendar.inProvince(b.id()).addWorkingDays(day.minusDays(1), 1)).isEqualTo(day.plusDays(1));
        signIn("staff");
        assertThat(calendar.isHoliday(day)).isFalse();
        assertThat(holidays.holidaysOf(day.getYear())).extracting(Holiday::getId).doesNotContain(bOwn.getId());
        refused(() -> holidays.delete(bOwn.getId()), "calendar.error.holiday-not-found");

        // Chachoengsao may have its own holiday on the same day; a national one then counts everywhere
        SecurityContextHolder.clearContext();
        Holiday aOwn = holidays.add(a.id(), new HolidayForm(day, "วันหยุดจังหวัดฉะเชิงเทรา", "Chachoengsao's own",
                HolidayKind.SPECIAL));
        assertThat(calendar.inProvince(a.id()).isHoliday(day)).isTrue();
        signIn(B_ADMIN);
        refused(() -> holidays.delete(aOwn.getId()), "calendar.error.holiday-not-found");
        refused(() -> holidays.add(new HolidayForm(day, "ซ้ำ", "Twice", HolidayKind.SPECIAL)), "calendar.error.day-taken");
        holidays.delete(bOwn.getId());
        SecurityContextHolder.clearContext();
        assertThat(calendar.inProvince(b.id()).isHoliday(day)).isFalse();
        holidays.delete(aOwn.getId());
        assertThat(calendar.inProvince(a.id()).isHoliday(day)).isFalse();
    }

    // ---------------------------------------------------------------- helpers

    /** The position the login fills. */
    private PositionSummary positionOf(String login) {
        return directory.positionsFilled(directory.person(login).orElseThrow().id()).stream().findFirst()
                .flatMap(p -> directory.position(p.positionId())).orElseThrow();
    }

    private boolean isSystem(Long unitId) {
        return directory.unit(unitId).map(u -> u.kind() == UnitKind.SYSTEM).orElse(false);
    }

    private static UnitForm form(UnitSummary unit, Long parentId) {
        return new UnitForm(unit.code(), unit.nameTh(), unit.nameEn(), unit.kind(), parentId);
    }

    private void signIn(String login) {
        th.tidtam.support.SignIn.as(users, login);
    }

    private static void refused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo(key));
    }

    private static Set<Long> ids(List<Long> ids) {
        return Set.copyOf(ids);
    }

    private static List<Long> idsOf(JsonNode array, String field) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path(field).asLong()));
        return ids;
    }
}
