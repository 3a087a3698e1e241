package th.tidtam.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import th.tidtam.base.RuleViolation;
import th.tidtam.calendar.domain.Holiday;
import th.tidtam.calendar.HolidayKind;
import th.tidtam.calendar.service.HolidayAdministration;
import th.tidtam.calendar.service.HolidayForm;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.support.IntegrationTest;

/**
 * The holiday table on MariaDB drives the working-day arithmetic. Each test works in a far-future year of its own
 * (CE 2590 onwards), away from the demo holidays of 2026–2027 and from other tests; the Songkran test reads the demo
 * holidays themselves.
 */
@IntegrationTest
class HolidayTableIntegrationTest {

    @Autowired
    HolidayAdministration admin;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void songkran2026PushesADueDayFromFridayToThursday() {
        LocalDate friday = LocalDate.of(2026, 4, 10);
        assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);

        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 4, 16));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 13))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 15))).isFalse();
        assertThat(calendar.workingDaysBetween(friday, LocalDate.of(2026, 4, 16))).isEqualTo(1);
    }

    @Test
    void theDemoHolidaysCoverBothYearsWithTheirSubstitutionDays() {
        assertThat(admin.holidaysOf(2026)).hasSizeGreaterThanOrEqualTo(17);
        assertThat(admin.holidaysOf(2027)).hasSizeGreaterThanOrEqualTo(17);
        // King Bhumibol's birthday is on Saturday 5 Dec 2026; the substitution is Monday 7 Dec
        assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 5))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 7))).isFalse();
        assertThat(admin.holidaysOf(2026)).filteredOn(h -> h.getKind() == HolidayKind.SUBSTITUTION)
                .allSatisfy(h -> assertThat(WorkingCalendar.isWeekend(h.getDay())).isFalse());
    }

    @Test
    void editsOfTheHolidayTableChangeTheArithmeticAtOnce() {
        LocalDate friday = firstFridayOfMarch(2590);
        LocalDate monday = friday.plusDays(3);
        LocalDate tuesday = friday.plusDays(4);
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(monday);

        Holiday holiday = admin.add(new HolidayForm(monday, "วันหยุดทดสอบ", "Test holiday", HolidayKind.SPECIAL));
        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(tuesday);

        admin.update(holiday.getId(), new HolidayForm(tuesday, "วันหยุดทดสอบ", "Test holiday", HolidayKind.SPECIAL));
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(tuesday.plusDays(1));

        admin.delete(holiday.getId());
        assertThat(calendar.isWorkingDay(tuesday)).isTrue();
        assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(tuesday);
    }

    @Test
    void aSecondHolidayOnTheSameDayIsRefusedAndNothingChanges() {
        LocalDate day = firstFridayOfMarch(2591);
        Holiday first = admin.add(new HolidayForm(day, "วันหยุดแรก", "First holiday", HolidayKind.OFFICIAL));
        Holiday other = admin.add(new HolidayForm(day.plusDays(3), "วันหยุดอื่น", "Other holiday", HolidayKind.SPECIAL));

        assertRefusedUnchanged(() -> admin.add(new HolidayForm(day, "ซ้ำ", "Duplicate", HolidayKind.SPECIAL)),
                "calendar.error.day-taken");
        assertRefusedUnchanged(() -> admin.update(other.getId(), new HolidayForm(day, "ย้ายมาซ้ำ", "Moved onto it",
                HolidayKind.SPECIAL)), "calendar.error.day-taken");

        assertThat(jdbc.queryForList("select name_en from holiday where day = ?", String.class, day))
                .containsExactly("First holiday");
        assertThat(jdbc.queryForObject("select day from holiday where id = ?", LocalDate.class, other.getId()))
                .isEqualTo(day.plusDays(3));
        assertThat(calendar.isWorkingDay(day.plusDays(3))).isFalse();
        assertThat(first.getId()).isNotNull();
    }

    @Test
    void badInputIsRefusedNamingTheRuleAndNothingChanges() {
        LocalDate monday = firstFridayOfMarch(2592).plusDays(3);
        LocalDate saturday = monday.minusDays(2);

        assertRefusedUnchanged(() -> admin.add(new HolidayForm(null, "ไม่มีวันที่", "No day", HolidayKind.OFFICIAL)),
                "calendar.error.day-required");
        assertRefusedUnchanged(() -> admin.add(new HolidayForm(monday, " ", "No Thai name", HolidayKind.OFFICIAL)),
                "calendar.error.required");
        assertRefusedUnchanged(() -> admin.add(new HolidayForm(monday, "ไม่มีชื่ออังกฤษ", null, HolidayKind.OFFICIAL)),
                "calendar.error.required");
        assertRefusedUnchanged(() -> admin.add(new HolidayForm(monday, "ก".repeat(256), "Too long", HolidayKind.OFFICIAL)),
                "calendar.error.too-long");
        assertRefusedUnchanged(() -> admin.add(new HolidayForm(monday, "สอง\nบรรทัด", "Two lines", HolidayKind.OFFICIAL)),
                "calendar.error.control-characters");
        assertRefusedUnchanged(() -> admin.add(new HolidayForm(monday, "ไม่มีประเภท", "No kind", null)),
                "calendar.error.kind-required");
        assertRefusedUnchanged(() -> admin.add(new HolidayForm(saturday, "ชดเชยวันเสาร์", "Substitution on Saturday",
                HolidayKind.SUBSTITUTION)), "calendar.error.substitution-on-weekend");
        // a CE year typed into a BE field lands 543 years back
        assertRefusedUnchanged(() -> admin.add(new HolidayForm(LocalDate.of(1483, 4, 13), "สงกรานต์", "Songkran",
                HolidayKind.OFFICIAL)), "calendar.error.day-out-of-range");
        assertRefusedUnchanged(() -> admin.update(Long.MAX_VALUE, new HolidayForm(monday, "ไม่มีอยู่", "Missing",
                HolidayKind.OFFICIAL)), "calendar.error.holiday-not-found");
        assertThatThrownBy(() -> admin.add(new HolidayForm(monday, "ก".repeat(256), "Too long", HolidayKind.OFFICIAL)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.arguments()).containsExactly("calendar.field.name-th", 255));

        assertThat(calendar.isWorkingDay(monday)).isTrue();
        Holiday longest = admin.add(new HolidayForm(monday, "ก".repeat(255), "Longest name", HolidayKind.OFFICIAL));
        assertThat(jdbc.queryForObject("select name_th from holiday where id = ?", String.class, longest.getId()))
                .isEqualTo("ก".repeat(255));
    }

    @Test
    void aHolidayOnAWeekendIsKeptButCountsNoWorkingDay() {
        LocalDate friday = firstFridayOfMarch(2593);
        LocalDate saturday = friday.plusDays(1);

        admin.add(new HolidayForm(saturday, "วันหยุดวันเสาร์", "Saturday holiday", HolidayKind.OFFICIAL));

        assertThat(calendar.isHoliday(saturday)).isTrue();
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(friday.plusDays(3));
        assertThat(admin.holidaysOf(2593)).extracting(Holiday::getDay).containsExactly(saturday);
    }

    @Test
    void anUncommittedEditIsSeenOnlyByItsOwnTransactionAndByEveryoneOnceCommitted() throws Exception {
        LocalDate monday = firstFridayOfMarch(2594).plusDays(3);
        assertThat(calendar.isWorkingDay(monday)).isTrue();

        tx.executeWithoutResult(status -> {
            admin.add(new HolidayForm(monday, "วันหยุดใหม่", "New holiday", HolidayKind.SPECIAL));
            assertThat(calendar.isWorkingDay(monday)).as("inside the editing transaction").isFalse();
            assertThat(inAnotherThread(monday)).as("another transaction before the commit").isTrue();
        });

        assertThat(calendar.isWorkingDay(monday)).as("after the commit").isFalse();
        assertThat(inAnotherThread(monday)).as("another thread after the commit").isFalse();
    }

    @Test
    void aRolledBackEditLeavesNoTraceInTheArithmetic() throws Exception {
        LocalDate monday = firstFridayOfMarch(2595).plusDays(3);

        tx.executeWithoutResult(status -> {
            admin.add(new HolidayForm(monday, "วันหยุดที่ยกเลิก", "Rolled back", HolidayKind.SPECIAL));
            assertThat(calendar.isWorkingDay(monday)).isFalse();
            status.setRollbackOnly();
        });

        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(inAnotherThread(monday)).isTrue();
    }

    private boolean inAnotherThread(LocalDate day) {
        try {
            return CompletableFuture.supplyAsync(() -> calendar.isWorkingDay(day)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefusedUnchanged(ThrowingCallable change, String expectedKey) {
        long before = checksum();
        assertThatThrownBy(change).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(expectedKey));
        assertThat(checksum()).as("holiday table after a refused change").isEqualTo(before);
    }

    private long checksum() {
        return ((Number) jdbc.queryForMap("checksum table holiday").get("Checksum")).longValue();
    }

    private static LocalDate firstFridayOfMarch(int year) {
        return LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY));
    }
}
