package th.tidtam.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import th.tidtam.base.time.ApplicationZone;

/**
 * Moves the engine's clock — which is the application's clock — to a morning in Bangkok and runs a part's daily
 * follow-up check there, as the job executor would at 08:30. Tests call {@link #backToNow()} after each test.
 */
public final class EngineClockTravel {

    private EngineClockTravel() {
    }

    /** 09:00 in Bangkok on that day. */
    public static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day, LocalTime.of(9, 0), ApplicationZone.ID).toInstant()));
    }

    /** Runs the one open part's follow-up check of the process on that morning. */
    public static void morningCheck(ManagementService management, String processInstanceId, LocalDate day) {
        at(day);
        management.executeJob(management.createJobQuery().processInstanceId(processInstanceId).activityId("followUpTimer")
                .singleResult().getId());
    }

    public static void backToNow() {
        ClockUtil.reset();
    }
}
