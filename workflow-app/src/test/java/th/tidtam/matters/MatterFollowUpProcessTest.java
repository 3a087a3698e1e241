package th.tidtam.matters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import th.tidtam.base.time.ApplicationZone;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.alert.Alert;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.matters.service.MatterCase;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.support.ApiClient;
import th.tidtam.support.EngineClockTravel;
import th.tidtam.support.IntegrationTest;

/**
 * The unowned-matter process on the engine clock: a part kept by an office group is reminded the working day before
 * its due date and escalated up the ladder once late; the monthly list alerts the head of office on the month's first
 * working day only.
 */
@IntegrationTest
class MatterFollowUpProcessTest {

    @Autowired
    ApiClient api;
    @Autowired
    OrgDirectory org;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService management;
    @Autowired
    Alerts alerts;

    @AfterEach
    void clockBack() {
        EngineClockTravel.backToNow();
    }

    @Test
    void keptPartIsRemindedBeforeItsDueDateAndEscalatedOnceLate() {
        LocalDate start = calendar.today();
        LocalDate due = calendar.addWorkingDays(start, 3);
        long id = kept(due);
        String pid = jdbc.queryForObject("select process_instance_id from matter where id = ?", String.class, id);
        long holder = org.positionByCode("GRP-STRATEGY-DIR").orElseThrow().id();

        EngineClockTravel.morningCheck(management, pid, calendar.addWorkingDays(start, 2));
        assertThat(alertsOf(id)).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.REMINDER);
            assertThat(a.positionId()).isEqualTo(holder);
        });

        EngineClockTravel.morningCheck(management, pid, calendar.addWorkingDays(start, 4));
        assertThat(alertsOf(id)).anySatisfy(a -> assertThat(a.kind()).isEqualTo(AlertKind.ESCALATED_TO_YOU))
                .anySatisfy(a -> {
                    assertThat(a.kind()).isEqualTo(AlertKind.ESCALATED);
                    assertThat(a.positionId()).isEqualTo(holder);
                });
        EngineClockTravel.backToNow();
        JsonNode matter = api.get("/api/matters/" + id, "head").body();
        assertThat(matter.get("parts").get(0).get("escalationLevel").asInt()).isEqualTo(1);
        assertThat(api.get("/api/matters/" + id + "/timeline", "head").body().findValues("kind"))
                .extracting(JsonNode::asText).contains("REMINDED", "ESCALATED");
    }

    @Test
    void monthlyListAlertsTheHeadOfOfficeOnTheFirstWorkingDayOnly() {
        long waiting = api.post("/api/matters", "head", Map.of("subject", "เรื่องรอมอบหมาย " + System.nanoTime(),
                "description", "ยังไม่มีเจ้าภาพ", "source", "OTHER")).body().get("id").asLong();
        long head = org.positionByCode("HEAD-OF-OFFICE").orElseThrow().id();
        String job = management.createJobQuery().processDefinitionKey(MatterCase.MONTHLY_PROCESS_KEY).singleResult().getId();
        LocalDate nextMonth = calendar.today().withDayOfMonth(1).plusMonths(1);
        LocalDate first = calendar.nextWorkingDay(nextMonth);

        LocalDate notFirst = calendar.addWorkingDays(first, 1);
        if (notFirst.getMonth() == first.getMonth() && notFirst.getDayOfMonth() <= 7) {
            at(notFirst);
            management.executeJob(job);
            assertThat(alertsOf(waiting)).noneMatch(a -> a.kind() == AlertKind.REMINDER);
        }
        at(first);
        String next = management.createJobQuery().processDefinitionKey(MatterCase.MONTHLY_PROCESS_KEY).singleResult().getId();
        management.executeJob(next);
        assertThat(alertsOf(waiting)).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.REMINDER);
            assertThat(a.positionId()).isEqualTo(head);
        });
    }

    private long kept(LocalDate due) {
        long id = api.post("/api/matters", "head", Map.of("subject", "ติดตามเรื่องที่รับไว้ " + System.nanoTime(),
                "description", "ทดสอบการเตือนและยกระดับ", "source", "OTHER")).body().get("id").asLong();
        String task = null;
        for (JsonNode t : api.get("/api/tasks?limit=500", "head").body()) {
            if (t.path("matterId").asLong() == id && "triageMatter".equals(t.get("taskDefinitionKey").asText())) {
                task = t.get("taskId").asText();
            }
        }
        long group = org.positionByCode("GRP-STRATEGY-DIR").orElseThrow().unitId();
        assertThat(api.post("/api/tasks/" + task + "/complete", "head", Map.of("outcome", "KEEP", "unitId", group,
                "dueDate", due.toString())).status()).isEqualTo(204);
        return id;
    }

    private List<Alert> alertsOf(long id) {
        return alerts.ofCase(MatterCase.of(id));
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day, LocalTime.of(8, 31), ApplicationZone.ID).toInstant()));
    }
}
