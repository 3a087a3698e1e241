package th.tidtam.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.core.context.SecurityContextHolder;

import org.springframework.security.core.userdetails.UserDetailsService;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.calendar.HolidayKind;
import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.domain.Holiday;
import th.tidtam.calendar.service.HolidayAdministration;
import th.tidtam.calendar.service.HolidayForm;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.lateness.Lateness;
import th.tidtam.demo.SecondProvinceDemoData;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.support.ApiClient;
import th.tidtam.support.DirectiveFixtures;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;

/**
 * Work that runs with nobody signed in — the engine's timers, scheduled jobs — in an installation of two provinces:
 * it counts the working days of the case's province (a province's own holiday stops its cases' follow-up, not the
 * other province's), and a process it starts for a case belongs to the case's province's tenant.
 */
@IntegrationTest
class BackgroundWorkAcrossProvincesTest {

    @Autowired
    SecondProvinceDemoData secondProvince;
    @Autowired
    Provinces provinces;
    @Autowired
    OrgDirectory org;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    HolidayAdministration holidays;
    @Autowired
    UserDetailsService users;
    @Autowired
    DirectiveFixtures directives;
    @Autowired
    ApiClient api;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Workflows workflows;
    @Autowired
    MeetingSchedule meetings;
    @Autowired
    Lateness lateness;

    ProvinceSummary a;
    ProvinceSummary b;

    @BeforeEach
    void twoProvinces() {
        b = secondProvince.ensureLoaded(org.today());
        a = provinces.byCode("TH-24").orElseThrow();
    }

    @AfterEach
    void backToNowAndSignedOut() {
        EngineClockTravel.backToNow();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFollowUpTimerSkipsTheCasesProvincesOwnHolidayAndOnlyThatProvincesCases() {
        long ofA = directives.issueScreened(directives.draft("ติดตามเบื้องหลัง ก " + System.nanoTime(), "DIST-05-CHIEF")
                .dueInWorkingDays(10));
        long ofB = issueScreenedInB("ติดตามเบื้องหลัง ข " + System.nanoTime());
        // unacknowledged parts: due by the next working day, late (and so escalated) on the working day after
        LocalDate acknowledgeBy = calendar.inProvince(a.id()).addWorkingDays(calendar.today(), 1);
        assertThat(calendar.inProvince(b.id()).addWorkingDays(calendar.today(), 1)).isEqualTo(acknowledgeBy);
        LocalDate firstLateDay = calendar.inProvince(a.id()).addWorkingDays(acknowledgeBy, 1);

        signIn(SecondProvinceDemoData.ADMINISTRATOR);
        Holiday bOwn = holidays.add(new HolidayForm(firstLateDay, "วันหยุดจังหวัดปราจีนบุรี (ทดสอบ)",
                "Prachin Buri's own (test)", HolidayKind.SPECIAL));
        SecurityContextHolder.clearContext();
        try {
            // the job executor's thread: nobody signed in
            EngineClockTravel.morningCheck(management, processOf(ofA, "governor"), firstLateDay);
            EngineClockTravel.morningCheck(management, processOf(ofB, SecondProvinceDemoData.GOVERNOR), firstLateDay);
            assertThat(timeline(ofA, "governor")).as("Chachoengsao works that day").contains("ESCALATED");
            assertThat(timeline(ofB, SecondProvinceDemoData.GOVERNOR)).as("Prachin Buri's own holiday")
                    .doesNotContain("ESCALATED");
            // the casework core's lateness, bound to a case's province, counts the same way
            assertThat(lateness.inProvince(a.id()).workingDaysLate(acknowledgeBy, null, 0, null, firstLateDay)).isOne();
            assertThat(lateness.inProvince(b.id()).workingDaysLate(acknowledgeBy, null, 0, null, firstLateDay)).isZero();

            LocalDate nextInB = calendar.inProvince(b.id()).addWorkingDays(acknowledgeBy, 1);
            assertThat(nextInB).isAfter(firstLateDay);
            EngineClockTravel.morningCheck(management, processOf(ofB, SecondProvinceDemoData.GOVERNOR), nextInB);
            assertThat(timeline(ofB, SecondProvinceDemoData.GOVERNOR)).as("its next working day")
                    .contains("ESCALATED");
        } finally {
            signIn(SecondProvinceDemoData.ADMINISTRATOR);
            holidays.delete(bOwn.getId());
        }
    }

    @Test
    void aProcessStartedWithNobodySignedInForACaseOfTheSecondProvinceBelongsToItsTenant() {
        Date never = Date.from(calendar.endOfWorkingDay(calendar.today().plusYears(50)));
        String id = workflows.start("provincial-order", "background-start-" + System.nanoTime(), b.id(),
                Map.of("orderId", -1L, "orderNumber", "0/0000", "effectiveAt", never));
        try {
            assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().getTenantId())
                    .isEqualTo(SecondProvinceDemoData.CODE);
        } finally {
            runtime.deleteProcessInstance(id, "test");
        }
    }

    @Test
    void eachProvinceHasItsOwnMonthlySittings() {
        List<Long> ofA = meetings.monthlySittings(a.id()).stream().map(MeetingSchedule.Sitting::meetingId).toList();
        assertThat(ofA).as("the demo's monthly meetings").isNotEmpty();
        assertThat(meetings.monthlySittings(b.id())).extracting(MeetingSchedule.Sitting::meetingId)
                .doesNotContainAnyElementsOf(ofA);
        assertThat(meetings.nextMonthlySittingAfter(b.id(), calendar.today().minusYears(20))
                .map(MeetingSchedule.Sitting::meetingId).filter(ofA::contains)).isEmpty();

        // "due before the next meeting" is the issuer's province's next sitting, never another province's
        assertThat(api.get("/api/directives/due-before-next-meeting", "governor").status()).isEqualTo(200);
        ApiClient.Response inB = api.get("/api/directives/due-before-next-meeting", SecondProvinceDemoData.GOVERNOR);
        java.util.Optional<MeetingSchedule.Sitting> nextOfB = meetings.nextMonthlySittingAfter(b.id(), calendar.today());
        if (nextOfB.isEmpty()) {
            assertThat(inB.status()).as(inB.raw()).isNotEqualTo(200);
        } else {
            assertThat(inB.body().get("meetingDay").asText()).isEqualTo(nextOfB.get().startsAt().toLocalDate().toString());
        }
    }

    private long issueScreenedInB(String subject) {
        ApiClient.Response issued = directives.post(SecondProvinceDemoData.GOVERNOR,
                directives.draft(subject, "PRI-AG-HEALTH-HEAD").dueInWorkingDays(10));
        assertThat(issued.status()).as(issued.raw()).isEqualTo(201);
        long id = issued.body().get("id").asLong();
        String screen = api.taskOf(SecondProvinceDemoData.HEAD, id, "screenDirective");
        assertThat(api.post("/api/tasks/" + screen + "/complete", SecondProvinceDemoData.HEAD,
                Map.of("outcome", "CONFIRM")).status()).isEqualTo(204);
        return id;
    }

    private String processOf(long directiveId, String login) {
        return api.get("/api/directives/" + directiveId, login).body().get("processInstanceId").asText();
    }

    private List<String> timeline(long directiveId, String login) {
        JsonNode d = api.get("/api/directives/" + directiveId, login).body();
        return d.get("timeline").findValuesAsText("kind");
    }

    private void signIn(String login) {
        th.tidtam.support.SignIn.as(users, login);
    }
}
