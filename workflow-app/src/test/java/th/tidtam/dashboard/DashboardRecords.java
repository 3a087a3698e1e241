package th.tidtam.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import th.tidtam.calendar.service.WorkingCalendar;

/**
 * Directives and parts written straight into the application's tables: the dashboard reads only those, so no process
 * instance is needed. Numbers use a Buddhist-era year no real directive has, and {@link #deleteAll} removes every row
 * written, so the rest of the suite never sees them.
 */
final class DashboardRecords {

    private static final AtomicInteger RUNNING = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final long personId;
    private final long issuerPositionId;
    private final int beYear;
    final List<Long> directives = new ArrayList<>();

    DashboardRecords(JdbcTemplate jdbc, WorkingCalendar calendar, long personId, long issuerPositionId) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.personId = personId;
        this.issuerPositionId = issuerPositionId;
        this.beYear = 9000 + (int) (System.nanoTime() % 900);
    }

    long directive(long leadUnitId, String status, String urgency, String secrecy, String sourceKind, String meeting,
            String reference, LocalDateTime issuedAt, LocalDateTime closedAt, LocalDate due) {
        int running = RUNNING.incrementAndGet();
        jdbc.update("""
                insert into directive (be_year, running_number, number, subject, body, source_kind, source_reference,
                    meeting_number, urgency, secrecy, due_date, cadence, status, issued_at, issued_by_person_id,
                    issued_by_position_id, issued_capacity, lead_unit_id, round, closed_at)
                values (?, ?, ?, ?, 'ทดสอบแดชบอร์ด', ?, ?, ?, ?, ?, ?, 'NONE', ?, ?, ?, ?, 'HOLDER', ?, 1, ?)
                """, beYear, running, running + "/" + beYear, "แดชบอร์ด " + running, sourceKind, reference, meeting,
                urgency, secrecy, due, status, issuedAt, personId, issuerPositionId, leadUnitId, closedAt);
        long id = jdbc.queryForObject("select id from directive where be_year = ? and running_number = ?", Long.class,
                beYear, running);
        directives.add(id);
        return id;
    }

    /** A part; {@code finishedOn} null leaves it open. */
    long part(long directiveId, long unitId, long holderPositionId, LocalDate originalDue, LocalDate due,
            LocalDate finishedOn, int endedWaits, LocalDate waitingSince, int escalationLevel, Long escalatedTo,
            Long workerPositionId) {
        jdbc.update("""
                insert into directive_part (directive_id, unit_id, lead, round, holder_position_id, status, due_date,
                    original_due_date, escalation_level, escalated_to_position_id, finished_at, waiting_since,
                    waiting_working_days, worker_position_id)
                values (?, ?, false, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, directiveId, unitId, holderPositionId, finishedOn == null ? "ACKNOWLEDGED" : "DONE", due, originalDue,
                escalationLevel, escalatedTo, finishedOn == null ? null : finishedOn.atTime(14, 0), waitingSince, endedWaits,
                workerPositionId);
        return jdbc.queryForObject("select max(id) from directive_part where directive_id = ?", Long.class, directiveId);
    }

    /** The working day {@code n} working days before {@code day} ({@code workingDaysBetween(result, day) == n}). */
    LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day.minusDays(1);
        while (!calendar.isWorkingDay(d) || calendar.workingDaysBetween(d, day) < n) {
            d = d.minusDays(1);
        }
        return d;
    }

    void deleteAll() {
        for (Long id : directives) {
            jdbc.update("delete from directive_part where directive_id = ?", id);
            jdbc.update("delete from directive where id = ?", id);
        }
        directives.clear();
    }
}
