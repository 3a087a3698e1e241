package th.tidtam.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.HolidayKind;
import th.tidtam.calendar.service.HolidayAdministration;
import th.tidtam.calendar.service.HolidayForm;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.IntegrationTest;

/**
 * The Ministry's national roll-up against each province's own dashboard: province A (Chachoengsao, the demo) and B
 * (Prachin Buri) each with directives of their own, one of B's classified. Each province's row must hold its head of
 * office's figures one by one; the classified directive counts for the inspector (cleared) and not for the analyst;
 * a province's dashboard holds nothing of the other; the Ministry reaches no case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollUpMatchesTheProvincesTest {

    @Autowired
    ApiClient api;
    @Autowired
    DirectiveFixtures directives;
    @Autowired
    SecondProvinceDemoData secondProvince;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    OrgDirectory org;
    @Autowired
    Provinces provinces;

    ProvinceSummary a, b;
    Map<String, Long> bUnits;
    long directiveOfA, openOfB, classifiedOfB;
    @Autowired
    HolidayAdministration holidays;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void twoProvincesWithDirectives() {
        b = secondProvince.ensureLoaded(calendar.today());
        a = provinces.byCode("TH-24").orElseThrow();
        bUnits = org.allUnits(b.id()).stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
        directiveOfA = directives.issue(directives.draft("ภาพรวม A " + System.nanoTime(), "AG-12-HEAD").text("ทดสอบ")
                .dueInWorkingDays(8));
        ApiClient.Response open = directives.post(SecondProvinceDemoData.GOVERNOR,
                directives.draft("ภาพรวม B " + System.nanoTime(), bUnits.get("PRI-AG-HEALTH")).text("ทดสอบ")
                        .supporting(List.of(bUnits.get("PRI-DIST-01"))).dueInWorkingDays(8));
        assertThat(open.status()).as(open.raw()).isEqualTo(201);
        openOfB = open.body().get("id").asLong();
        ApiClient.Response classified = directives.post(SecondProvinceDemoData.GOVERNOR,
                directives.draft("ภาพรวม B ลับ " + System.nanoTime(), bUnits.get("PRI-DIST-01")).text("ทดสอบ")
                        .secrecy("CONFIDENTIAL").dueInWorkingDays(8));
        assertThat(classified.status()).as(classified.raw()).isEqualTo(201);
        classifiedOfB = classified.body().get("id").asLong();
    }

    private static JsonNode row(JsonNode rollUp, String code) {
        for (JsonNode r : rollUp.get("provinces")) {
            if (r.get("key").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + code + " in " + rollUp);
    }

    @Test
    void eachProvincesRowHoldsItsHeadOfOfficesDashboardFigures() {
        JsonNode rollUp = api.get("/api/rollup", SecondProvinceDemoData.MINISTRY_CLEARED).body();
        for (Object[] p : new Object[][] { { a, "head" }, { b, SecondProvinceDemoData.HEAD } }) {
            ProvinceSummary province = (ProvinceSummary) p[0];
            JsonNode dashboard = api.get("/api/dashboard", (String) p[1]).body();
            JsonNode row = row(rollUp, province.code());
            JsonNode counts = dashboard.get("counts");
            JsonNode total = dashboard.get("total");
            String as = province.code() + " roll-up against " + p[1] + "'s dashboard: ";
            assertThat(row.get("open").asLong()).as(as + "open").isEqualTo(counts.get("openParts").asLong()).isPositive();
            assertThat(row.get("overdue").asLong()).as(as + "overdue").isEqualTo(counts.get("overdueParts").asLong());
            assertThat(row.get("dueSoon").asLong()).as(as + "due soon").isEqualTo(counts.get("dueSoonParts").asLong());
            assertThat(row.get("waiting").asLong()).as(as + "waiting").isEqualTo(counts.get("waitingParts").asLong());
            assertThat(row.get("finished").asLong()).as(as + "finished").isEqualTo(total.get("finished").asLong());
            assertThat(row.get("onTime").asLong()).as(as + "on time").isEqualTo(total.get("onTime").asLong());
            assertThat(row.get("late").asLong()).as(as + "late").isEqualTo(total.get("late").asLong());
        }
        long sum = 0;
        for (JsonNode r : rollUp.get("provinces")) {
            sum += r.get("open").asLong();
        }
        assertThat(rollUp.get("total").get("open").asLong()).as("the total is the provinces' sum").isEqualTo(sum);
        assertThat(rollUp.get("trend")).as("twelve months of trend").hasSize(12);
    }

    @Test
    void aProvincesOwnHolidaysCountInItsRowAsOnItsOwnDashboard() {
        // B's health office part fell due on the working day before last; B then closed its offices on every working
        // day since (its own holidays, not the nation's): by B's calendar the part is not late, by the nation's it is
        WorkingCalendar national = calendar.inProvince(null);
        LocalDate today = calendar.today();
        LocalDate lastWorkingDay = today.minusDays(1);
        while (!national.isWorkingDay(lastWorkingDay)) {
            lastWorkingDay = lastWorkingDay.minusDays(1);
        }
        LocalDate due = lastWorkingDay.minusDays(1);
        while (!national.isWorkingDay(due)) {
            due = due.minusDays(1);
        }
        jdbc.update("update directive_part set due_date = ? where directive_id = ? and unit_id = ?", due, openOfB,
                bUnits.get("PRI-AG-HEALTH"));
        List<Long> added = new java.util.ArrayList<>();
        th.tidtam.support.SignIn.as(users, SecondProvinceDemoData.ADMINISTRATOR);
        try {
            for (LocalDate d = due.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
                if (national.isWorkingDay(d)) {
                    added.add(holidays.add(b.id(), new HolidayForm(d, "วันหยุดปราจีนบุรี", "Prachin Buri's own",
                            HolidayKind.SPECIAL)).getId());
                }
            }
            JsonNode row = row(api.get("/api/rollup", SecondProvinceDemoData.MINISTRY_CLEARED).body(), b.code());
            JsonNode counts = api.get("/api/dashboard", SecondProvinceDemoData.HEAD).body().get("counts");
            assertThat(row.get("overdue").asLong()).as("overdue by B's own calendar, as B's head of office sees it")
                    .isEqualTo(counts.get("overdueParts").asLong());
            assertThat(row.get("dueSoon").asLong()).isEqualTo(counts.get("dueSoonParts").asLong());
        } finally {
            added.forEach(holidays::delete);
        }
        assertThat(row(api.get("/api/rollup", SecondProvinceDemoData.MINISTRY_CLEARED).body(), b.code()).get("overdue")
                .asLong()).as("without B's holidays the part is late").isEqualTo(
                        api.get("/api/dashboard", SecondProvinceDemoData.HEAD).body().get("counts").get("overdueParts")
                                .asLong()).isPositive();
    }

    @Test
    void aBadYearOrProvinceIsRefusedWithAMessageOrNotFound() {
        String ministry = SecondProvinceDemoData.MINISTRY;
        for (String year : List.of("abc", "1999", "99999", "๒๕๖๙x", "😀", "2569;drop table province", "")) {
            ApiClient.Response r = api.get("/api/rollup?fiscalYear=" + java.net.URLEncoder.encode(year,
                    StandardCharsets.UTF_8), ministry);
            if (year.isEmpty()) {
                assertThat(r.status()).as("no year: this fiscal year").isEqualTo(200);
                continue;
            }
            assertThat(r.status()).as(year).isEqualTo(400);
            assertThat(r.body().get("message_th").asText()).as(year).isNotBlank();
        }
        assertThat(api.get("/api/rollup/provinces/999999999", ministry).status()).as("no such province").isEqualTo(404);
        assertThat(api.get("/api/rollup/provinces/TH-25", ministry).status()).as("an id, not a code").isEqualTo(400);
        assertThat(api.get("/api/rollup/provinces/" + b.id() + "?fiscalYear=1999", ministry).status()).isEqualTo(400);
    }

    @Test
    void theClassifiedDirectiveCountsOnlyForTheClearedInspector() {
        JsonNode cleared = row(api.get("/api/rollup", SecondProvinceDemoData.MINISTRY_CLEARED).body(), b.code());
        JsonNode notCleared = row(api.get("/api/rollup", SecondProvinceDemoData.MINISTRY).body(), b.code());
        assertThat(cleared.get("open").asLong() - notCleared.get("open").asLong())
                .as("the one part of B's confidential directive").isEqualTo(1);
        JsonNode detail = api.get("/api/rollup/provinces/" + b.id(), SecondProvinceDemoData.MINISTRY).body();
        assertThat(detail.get("total").get("open").asLong()).isEqualTo(notCleared.get("open").asLong());
    }

    @Test
    void aProvincesDashboardHoldsNothingOfTheOtherProvince() {
        Set<Long> ofB = new HashSet<>(bUnits.values());
        JsonNode dashboardB = api.get("/api/dashboard", SecondProvinceDemoData.HEAD).body();
        dashboardB.get("byAgency").forEach(r -> assertThat(ofB).as("B's agencies only").contains(r.get("id").asLong()));
        dashboardB.get("overdue").forEach(r -> assertThat(ofB).contains(r.get("unitId").asLong()));
        JsonNode dashboardA = api.get("/api/dashboard", "governor").body();
        dashboardA.get("byAgency").forEach(r -> assertThat(ofB).as("none of B's in A").doesNotContain(r.get("id").asLong()));
        long healthOfA = directives.unitOf("AG-12-HEAD");
        assertThat(api.get("/api/dashboard?agency=" + healthOfA, SecondProvinceDemoData.HEAD).status())
                .as("A's agency does not exist for B's head of office").isEqualTo(404);
        assertThat(api.get("/api/dashboard?agency=" + bUnits.get("PRI-AG-HEALTH"), "head").status()).isEqualTo(404);
    }

    @Test
    void theMinistryReachesTheRollUpAndTheExportsButNoCase() {
        for (String ministry : List.of(SecondProvinceDemoData.MINISTRY_CLEARED, SecondProvinceDemoData.MINISTRY)) {
            assertThat(api.get("/api/directives/" + directiveOfA, ministry).status()).as(ministry).isIn(403, 404);
            assertThat(api.get("/api/directives/" + classifiedOfB, ministry).status()).as(ministry).isIn(403, 404);
            assertThat(api.get("/api/dashboard", ministry).status()).as(ministry).isIn(403, 404);
            ApiClient.Response list = api.get("/api/directives", ministry);
            assertThat(list.status() == 200 ? list.body().findValues("id") : List.of()).as(ministry + " lists no directive")
                    .isEmpty();
            assertThat(api.get("/api/rollup", ministry).status()).isEqualTo(200);
        }
        for (String provinceUser : List.of("head", "governor", SecondProvinceDemoData.GOVERNOR, "admin:nope")) {
            assertThat(api.get("/api/rollup", provinceUser).status()).as(provinceUser).isIn(401, 404);
        }
        ApiClient.Response pdf = api.get("/api/rollup/export?format=pdf", SecondProvinceDemoData.MINISTRY);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.raw()).startsWith("%PDF");
        ApiClient.Response xlsx = api.get("/api/rollup/export?format=xlsx", SecondProvinceDemoData.MINISTRY);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.raw().getBytes(StandardCharsets.ISO_8859_1)).startsWith('P', 'K');
        assertThat(api.get("/api/rollup/export?format=csv", SecondProvinceDemoData.MINISTRY).status()).isEqualTo(400);
    }
}
