package th.tidtam.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.support.ApiClient;
import th.tidtam.support.IntegrationTest;
import th.tidtam.support.OrgFixtures;

/**
 * A handful of parts whose every figure is known by hand: two spheres of fixture agencies (one with a sub-unit), open
 * parts due soon, late, waiting and escalated, finished parts on time, late, excused by a wait and after an extension.
 */
@IntegrationTest
class DashboardByHandTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    OrgDirectory org;
    @Autowired
    OrgAdministration admin;

    DashboardRecords records;
    ApiClient api;
    UnitSummary agencyA, subA1, agencyB, secretUnit;
    PositionSummary sphere1, sphere2, holderA, holderA1, holderB, delegate, secretHolder;
    LocalDate today, from;
    long escalatedPartId;

    @BeforeEach
    void writeRecords() {
        api = new ApiClient(port);
        OrgFixtures f = new OrgFixtures(admin);
        UnitSummary office = f.unit("SPHERES");
        sphere1 = f.position("VG-A", office.id(), null);
        sphere2 = f.position("VG-B", office.id(), null);
        agencyA = f.unit("AGENCY-A");
        subA1 = f.unit("SUB-A1", agencyA.id());
        agencyB = f.unit("AGENCY-B");
        secretUnit = f.unit("SECRET");
        holderA = f.position("HEAD-A", agencyA.id(), null);
        delegate = f.position("OFFICER-A", agencyA.id(), holderA.id());
        holderA1 = f.position("HEAD-A1", subA1.id(), holderA.id());
        holderB = f.position("HEAD-B", agencyB.id(), null);
        secretHolder = f.position("HEAD-SECRET", secretUnit.id(), null);
        // units of the demo province (Chachoengsao): once a second province is loaded, a unit of none is on no dashboard
        jdbc.update("update org_unit set province_id = (select id from province where code = 'TH-24') where id in (?, ?, ?, ?, ?)",
                office.id(), agencyA.id(), subA1.id(), agencyB.id(), secretUnit.id());
        jdbc.update("insert into unit_supervision (supervisor_position_id, unit_id) values (?, ?)", sphere1.id(), agencyA.id());
        jdbc.update("insert into unit_supervision (supervisor_position_id, unit_id) values (?, ?)", sphere2.id(), agencyB.id());
        // the demo's first vice governor supervises the unit of the classified directive, but is not on its route
        jdbc.update("insert into unit_supervision (supervisor_position_id, unit_id) values (?, ?)",
                org.positionByCode("VICE-GOVERNOR-1").orElseThrow().id(), secretUnit.id());

        records = new DashboardRecords(jdbc, calendar, org.person("governor").orElseThrow().id(),
                org.positionByCode("GOVERNOR").orElseThrow().id());
        today = calendar.today();
        from = today.minusDays(120);
        LocalDateTime issued = today.minusDays(90).atTime(10, 0);
        LocalDate soon = calendar.addWorkingDays(today, 2);

        // sphere 1, agency A: five open parts
        open(agencyA, holderA, soon, soon, 0, null, 0, null, null, issued);                                 // due soon
        open(agencyA, holderA, ago(3), ago(3), 0, null, 0, null, delegate.id(), issued);                 // 3 late, delegated
        escalatedPartId = open(agencyA, holderA, ago(12), ago(12), 0, null, 2, sphere1.id(), null, issued); // 12 late
        open(agencyA, holderA, ago(8), ago(8), 0, ago(5), 0, null, null, issued);                           // 8 - 5 waiting = 3 late
        open(agencyA, holderA, ago(4), ago(4), 4, null, 0, null, null, issued);                             // 4 - 4 waited = on time
        // sphere 1: finished parts (finishing days are all working days in the past)
        LocalDate due = ago(30);
        done(agencyA, holderA, due, due, due, 0, issued, null);                                             // on time
        done(agencyA, holderA, due, due, after(due, 3), 0, issued, null);                                   // 3 late
        done(agencyA, holderA, due, due, after(due, 2), 2, issued, null);                                   // 2 late, 2 waited
        done(agencyA, holderA, ago(35), due, after(ago(35), 3), 0, issued, today.atTime(9, 0));              // extended: on time
        done(subA1, holderA1, due, due, after(due, 0), 0, issued, null);                                    // sub-unit, on time
        // sphere 2, agency B
        done(agencyB, holderB, due, due, after(due, 1), 0, issued, null);                                   // 1 late
        open(agencyB, holderB, ago(25), ago(25), 0, null, 1, null, null, issued);                           // 25 late
        // classified and plain, same unit
        long secret = records.directive(secretUnit.id(), "IN_PROGRESS", "NORMAL", "SECRET", "LETTER", null, null, issued, null,
                ago(3));
        records.part(secret, secretUnit.id(), secretHolder.id(), ago(3), ago(3), null, 0, null, 0, null, null);
        long plain = records.directive(secretUnit.id(), "IN_PROGRESS", "NORMAL", "NONE", "LETTER", null, null, issued, null,
                ago(3));
        records.part(plain, secretUnit.id(), secretHolder.id(), ago(3), ago(3), null, 0, null, 0, null, null);
    }

    @AfterEach
    void removeRecords() {
        records.deleteAll();
        jdbc.update("delete from unit_supervision where unit_id in (?, ?, ?)", agencyA.id(), agencyB.id(), secretUnit.id());
    }

    private LocalDate ago(int workingDays) {
        return records.workingDaysBefore(today, workingDays);
    }

    private LocalDate after(LocalDate day, int workingDays) {
        return calendar.addWorkingDays(day, workingDays);
    }

    private long open(UnitSummary unit, PositionSummary holder, LocalDate original, LocalDate due, int endedWaits, LocalDate waitingSince,
            int level, Long escalatedTo, Long worker, LocalDateTime issued) {
        long d = records.directive(unit.id(), "IN_PROGRESS", "URGENT", "NONE", "MEETING", "9/2569", null, issued, null, due);
        return records.part(d, unit.id(), holder.id(), original, due, null, endedWaits, waitingSince, level, escalatedTo, worker);
    }

    private void done(UnitSummary unit, PositionSummary holder, LocalDate original, LocalDate due, LocalDate finished, int endedWaits,
            LocalDateTime issued, LocalDateTime closed) {
        long d = records.directive(unit.id(), closed == null ? "IN_PROGRESS" : "CLOSED", "NORMAL", "NONE", "COMMITTEE", null,
                "คณะกรรมการ ศปถ.", issued, closed, due);
        records.part(d, unit.id(), holder.id(), original, due, finished, endedWaits, null, 0, null, null);
    }

    private JsonNode figures(String user, String query) {
        ApiClient.Response r = api.get("/api/dashboard?from=" + from + "&to=" + today + query, user);
        assertThat(r.status()).as(r.raw()).isEqualTo(200);
        return r.body();
    }

    @Test
    void aSphereCountsItsAgenciesAndTheirSubUnitsExactlyAsWorkedOutByHand() {
        JsonNode s1 = figures("head", "&sphere=" + sphere1.id());
        JsonNode c = s1.get("counts");
        assertThat(c.get("openParts").asLong()).isEqualTo(5);
        // five with open parts and four whose only part is finished but are not closed yet (the fifth is closed)
        assertThat(c.get("openDirectives").asLong()).isEqualTo(9);
        assertThat(c.get("overdueParts").asLong()).isEqualTo(3);
        assertThat(c.get("dueSoonParts").asLong()).isEqualTo(2);
        assertThat(c.get("waitingParts").asLong()).isEqualTo(1);
        assertThat(c.get("closedDirectivesThisMonth").asLong()).isEqualTo(1);
        long finishedThisMonth = java.util.stream.Stream.of(ago(30), after(ago(30), 3), after(ago(30), 2), after(ago(35), 3),
                ago(30)).filter(d -> YearMonth.from(d).equals(YearMonth.from(today))).count();
        assertThat(c.get("finishedPartsThisMonth").asLong()).isEqualTo(finishedThisMonth);
        assertThat(s1.get("aging").findValuesAsText("parts")).containsExactly("2", "0", "1", "0");

        JsonNode total = s1.get("total");
        assertThat(total.get("finished").asLong()).isEqualTo(5);
        assertThat(total.get("onTime").asLong()).isEqualTo(4);
        assertThat(total.get("late").asLong()).isEqualTo(1);
        assertThat(total.get("waited").asLong()).isEqualTo(1);
        assertThat(total.get("waitingDays").asLong()).isEqualTo(2);
        assertThat(total.get("percentOnTime").asDouble()).isEqualTo(80.0);
        JsonNode byAgency = s1.get("byAgency");
        assertThat(byAgency).hasSize(2);
        for (JsonNode a : byAgency) {
            if (a.get("id").asLong() == agencyA.id()) {
                assertThat(a.get("finished").asLong()).isEqualTo(4);
                assertThat(a.get("onTime").asLong()).isEqualTo(3);
            } else {
                assertThat(a.get("id").asLong()).isEqualTo(subA1.id());
                assertThat(a.get("onTime").asLong()).isEqualTo(1);
            }
        }
        assertThat(s1.get("bySphere")).hasSize(1);
        assertThat(s1.get("bySphere").get(0).get("id").asLong()).isEqualTo(sphere1.id());

        // worst first; the escalated part names the position it climbed to, the delegated one its worker
        JsonNode overdue = s1.get("overdue");
        assertThat(overdue.findValuesAsText("workingDaysLate")).containsExactly("12", "3", "3");
        assertThat(overdue.get(0).get("partId").asLong()).isEqualTo(escalatedPartId);
        assertThat(overdue.get(0).get("escalationLevel").asInt()).isEqualTo(2);
        assertThat(overdue.get(0).get("escalatedToTh").asText()).isEqualTo(sphere1.titleTh());
        assertThat(overdue.findValuesAsText("holderTh")).contains(delegate.titleTh());
        assertThat(overdue.findValuesAsText("waitingDays")).containsExactlyInAnyOrder("0", "0", "5");

        JsonNode trend = s1.get("trend");
        long issuedTotal = 0;
        for (JsonNode m : trend) {
            issuedTotal += m.get("issued").asLong();
        }
        assertThat(issuedTotal).isEqualTo(10);
        assertThat(trend.get(trend.size() - 1).get("closed").asLong()).isEqualTo(1);

        JsonNode s2 = figures("head", "&sphere=" + sphere2.id());
        assertThat(s2.get("counts").get("overdueParts").asLong()).isEqualTo(1);
        assertThat(s2.get("aging").findValuesAsText("parts")).containsExactly("0", "0", "0", "1");
        assertThat(s2.get("total").get("late").asLong()).isEqualTo(1);
        assertThat(s2.get("total").get("percentOnTime").asDouble()).isEqualTo(0.0);
    }

    @Test
    void anExtendedPartIsJudgedByTheDueDateInForceAndKeepsItsOriginalOnRecord() {
        JsonNode agency = figures("head", "&agency=" + agencyA.id() + "&source=COMMITTEE");
        // the extended part finished after its original date but before the one in force
        assertThat(agency.get("total").get("finished").asLong()).isEqualTo(5);
        assertThat(agency.get("total").get("onTime").asLong()).isEqualTo(4);
        JsonNode urgent = figures("head", "&agency=" + agencyA.id() + "&urgency=URGENT&meeting=9/2569");
        assertThat(urgent.get("counts").get("openParts").asLong()).isEqualTo(5);
        assertThat(urgent.get("total").get("finished").asLong()).isZero();
    }

    @Test
    void everyNumberDrillsDownToTheDirectivesBehindIt() {
        String base = "/api/dashboard/directives?from=" + from + "&to=" + today + "&sphere=" + sphere1.id();
        assertThat(api.get(base + "&figure=OVERDUE", "head").body().get("total").asInt()).isEqualTo(3);
        assertThat(api.get(base + "&figure=AGING&key=2", "head").body().get("total").asInt()).isEqualTo(1);
        assertThat(api.get(base + "&figure=ON_TIME&key=unit:" + agencyA.id(), "head").body().get("total").asInt()).isEqualTo(3);
        assertThat(api.get(base + "&figure=WAITED", "head").body().get("total").asInt()).isEqualTo(1);
        assertThat(api.get(base + "&figure=DUE_SOON", "head").body().get("total").asInt()).isEqualTo(2);
        JsonNode page = api.get(base + "&figure=OPEN_PARTS&limit=2", "head").body();
        assertThat(page.get("total").asInt()).isEqualTo(5);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("number").asText()).endsWith("/" + page.get("items").get(0).get("number").asText().split("/")[1]);
    }

    @Test
    void aViceGovernorSeesOnlyTheirSphereAndNoClassifiedDirectiveTheyAreNotRoutedTo() {
        JsonNode vg = figures("vicegovernor1", "&agency=" + secretUnit.id());
        assertThat(vg.get("counts").get("openParts").asLong()).isEqualTo(1);
        JsonNode head = figures("head", "&agency=" + secretUnit.id());
        assertThat(head.get("counts").get("openParts").asLong()).isEqualTo(2);

        assertThat(api.get("/api/dashboard?sphere=" + sphere1.id(), "vicegovernor1").status()).isEqualTo(404);
        assertThat(api.get("/api/dashboard?agency=" + agencyA.id(), "vicegovernor1").status()).isEqualTo(404);
        assertThat(api.get("/api/dashboard", "staff").status()).isEqualTo(404);
        assertThat(api.get("/api/dashboard", "agency.health").status()).isEqualTo(404);
        assertThat(api.get("/api/dashboard/directives?figure=OVERDUE", "district.banpho").status()).isEqualTo(404);
        assertThat(api.get("/api/dashboard", "governor").status()).isEqualTo(200);
    }

    @Test
    void badFiltersAreRefusedWithAClearMessage() {
        for (String bad : List.of("from=2026-05-01&to=2026-04-01", "fiscalYear=1999", "fiscalYear=99999", "agency=999999999",
                "sphere=999999999", "urgency=SOON", "from=31/02/2569&to=01/03/2569", "fiscalYear=2569&from=2025-10-01&to=2025-12-01",
                "from=2025-10-01")) {
            ApiClient.Response r = api.get("/api/dashboard?" + bad, "head");
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.body().get("message_th").asText()).as(bad).isNotBlank();
            assertThat(r.body().get("code").asText()).as(bad).startsWith("dashboard.error.");
        }
        assertThat(api.get("/api/dashboard?from=2026-05-01&to=2026-04-01", "head").body().get("message_en").asText())
                .contains("after the end date");
        // years read as years, never "2,540"
        assertThat(api.get("/api/dashboard?fiscalYear=1999", "head").body().get("message_th").asText()).contains("1999", "2540");
    }
}
