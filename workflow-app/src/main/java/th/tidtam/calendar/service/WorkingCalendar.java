package th.tidtam.calendar.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.calendar.HolidaysChanged;

/**
 * Thai working days of the civil service: Monday to Friday, 08:30–16:30 in the application's zone (the zone of the
 * injected {@link Clock}, Asia/Bangkok), except the days in the holiday table that the administrator keeps. Nothing
 * here knows a holiday: weekends are the only built-in days off.
 * <p>
 * Due dates count whole working days and start counting on the next working day: due in 3 working days from a Friday
 * is the Wednesday after (with no holidays in between), and its deadline is {@link #endOfWorkingDay} of that day. A
 * due date that someone chooses passes {@link #requireDueDate}, the one due-date rule.
 * <p>
 * Holidays are read once per calendar year (one query) and cached. An edit of the holiday table
 * ({@link HolidaysChanged}) empties the cache at once and again when the editing transaction ends, so a reader that
 * loaded the year between the edit and its commit cannot keep the old days; the editing transaction itself reads past
 * the cache, so uncommitted days never reach other transactions. Entries are tagged with the cache generation they
 * were loaded in (a load that raced with an eviction is never used) and expire after {@link #CACHE_TTL}, which
 * bounds staleness when another instance of the application (or plain SQL) edits the table.
 * <p>
 * Provinces (issue 18): a holiday row with no province is national; a province's own holidays count for its cases
 * only. {@link #inProvince(Long)} answers for one province (national days and that province's); the bean itself
 * answers for the province of the request ({@link HolidayProvince}: the signed-in user's, or the only province of a
 * single-province installation, else national days alone), so callers that name no province keep working as before.
 */
@Service
public class WorkingCalendar {

    /**
     * The application's zone.
     *
     * @deprecated ask the injected {@link Clock} ({@code clock.getZone()}); the one definition is
     *             {@link ApplicationZone}. Stays until the last callers move.
     */
    @Deprecated
    public static final ZoneId ZONE = ApplicationZone.ID;
    public static final LocalTime START_OF_WORK = LocalTime.of(8, 30);
    public static final LocalTime END_OF_WORK = LocalTime.of(16, 30);
    static final Duration CACHE_TTL = Duration.ofMinutes(5);
    /** No stretch of real days off is this long; a longer one means a corrupted table, not a calendar. */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 400;

    private final HolidayDays holidays;
    private final Clock clock;
    private final Shared shared;
    /** Whose own holidays count besides the national ones: null for national days only. */
    private final Supplier<Long> province;

    private record CachedYear(long generation, long loadedAtNanos, Set<LocalDate> days) {
    }

    /** Which year of which province ({@code province} null: national days only). */
    private record YearKey(int year, Long province) {
    }

    /** What every province's calendar shares with the bean: the cache, and the key of an editing transaction. */
    private static final class Shared {
        final AtomicLong generation = new AtomicLong();
        final ConcurrentMap<YearKey, CachedYear> years = new ConcurrentHashMap<>();
    }

    WorkingCalendar(HolidayDays holidays, Clock clock) {
        this(holidays, clock, new Shared(), () -> null);
    }

    @Autowired
    WorkingCalendar(HolidayDays holidays, Clock clock, HolidayProvince holidayProvince) {
        this(holidays, clock, new Shared(), holidayProvince::current);
    }

    private WorkingCalendar(HolidayDays holidays, Clock clock, Shared shared, Supplier<Long> province) {
        this.holidays = holidays;
        this.clock = clock;
        this.shared = shared;
        this.province = province;
    }

    /**
     * The same calendar for one province's cases: national holidays and the province's own. For background work
     * (jobs, escalation checks) that knows the case's province but no user.
     */
    public WorkingCalendar inProvince(Long provinceId) {
        return new WorkingCalendar(holidays, clock, shared, () -> provinceId);
    }

    /**
     * The calendar of a case's province for work that runs with no user (job executor, scheduled jobs): that province's
     * calendar, or this one when the case names no province (so nothing changes where none is known).
     */
    public WorkingCalendar ofCase(Long caseProvinceId) {
        return caseProvinceId == null ? this : inProvince(caseProvinceId);
    }

    /** A calendar over a fixed set of holidays, for unit tests of other modules' working-day rules. */
    public static WorkingCalendar withFixedHolidays(java.util.Collection<LocalDate> holidays, Clock clock) {
        Set<LocalDate> fixed = Set.copyOf(holidays);
        return new WorkingCalendar(year -> fixed, clock);
    }

    /** Today in the clock's zone (the application's). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The due-date rule, for every due date someone chooses (issuing, screening, further action, extensions): a
     * working day, and not before today (today itself is fine).
     *
     * @return the day itself
     * @throws RuleViolation {@code directive.error.due-in-past}, or {@code directive.error.due-not-working-day} naming
     *                       the next working day
     */
    public LocalDate requireDueDate(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(today())) {
            throw new RuleViolation("directive.error.due-in-past", day);
        }
        if (!isWorkingDay(day)) {
            throw new RuleViolation("directive.error.due-not-working-day", day, nextWorkingDay(day));
        }
        return day;
    }

    /** Monday to Friday and not in the holiday table. */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !isWeekend(day) && !holidaysOf(day.getYear()).contains(day);
    }

    /** In the holiday table (whatever the weekday). */
    public boolean isHoliday(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return holidaysOf(day.getYear()).contains(day);
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** The day itself when it is a working day, otherwise the first working day after it. */
    public LocalDate nextWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate d = day;
        int daysOff = 0;
        while (!isWorkingDay(d)) {
            if (++daysOff > MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException("No working day within " + MAX_DAYS_OFF_IN_A_ROW + " days after " + day
                        + ": check the holiday table");
            }
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The day that lies {@code n} working days after {@code start}; counting starts on the working day after
     * {@code start} (Friday + 3 = Wednesday when there are no holidays). {@code n = 0} gives
     * {@link #nextWorkingDay(LocalDate) nextWorkingDay(start)}: due "today", or on the next working day when
     * {@code start} is a day off.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        if (n == 0) {
            return nextWorkingDay(start);
        }
        LocalDate d = start;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d.plusDays(1));
        }
        return d;
    }

    /**
     * Signed count of working days from {@code from} to {@code to}: the working days after {@code from} up to and
     * including {@code to}, negative when {@code to} lies before {@code from}. It inverts {@link #addWorkingDays}
     * for a working {@code from} ({@code workingDaysBetween(d, addWorkingDays(d, n)) == n}); "days late" is
     * {@code workingDaysBetween(dueDay, today())}, positive once a working day has passed the due day.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            return 0;
        }
        return from.isBefore(to) ? countAfterUpTo(from, to) : -countAfterUpTo(to, from);
    }

    /** 08:30 in the clock's zone on that day. */
    public Instant startOfWorkingDay(LocalDate day) {
        return ZonedDateTime.of(day, START_OF_WORK, clock.getZone()).toInstant();
    }

    /** 16:30 in the clock's zone on that day: the deadline of work due that day. */
    public Instant endOfWorkingDay(LocalDate day) {
        return ZonedDateTime.of(day, END_OF_WORK, clock.getZone()).toInstant();
    }

    /**
     * Forgets the cached holidays now and again when the editing transaction ends (committed or rolled back); until
     * then that transaction reads the table past the cache, so its own uncommitted edits never reach the cache that
     * other transactions read. Called by Spring for every {@link HolidaysChanged}.
     */
    @EventListener
    public void holidaysChanged(HolidaysChanged event) {
        forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            boolean bound = !TransactionSynchronizationManager.hasResource(shared);
            if (bound) {
                TransactionSynchronizationManager.bindResource(shared, Boolean.TRUE);
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (bound) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(shared);
                    }
                    forget();
                }
            });
        }
    }

    void forget() {
        shared.generation.incrementAndGet();
        shared.years.clear();
    }

    /**
     * Weekdays by arithmetic (five in every seven days), less the holidays on weekdays in the range, year by year: the
     * dashboard asks this for thousands of due dates years apart, and a walk day by day made it take seconds.
     */
    private int countAfterUpTo(LocalDate exclusive, LocalDate inclusive) {
        long total = java.time.temporal.ChronoUnit.DAYS.between(exclusive, inclusive);
        long weeks = total / 7;
        long count = weeks * 5;
        LocalDate d = exclusive.plusDays(weeks * 7);
        for (long i = 0; i < total % 7; i++) {
            d = d.plusDays(1);
            if (!isWeekend(d)) {
                count++;
            }
        }
        for (int year = exclusive.plusDays(1).getYear(); year <= inclusive.getYear(); year++) {
            for (LocalDate holiday : holidaysOf(year)) {
                if (holiday.isAfter(exclusive) && !holiday.isAfter(inclusive) && !isWeekend(holiday)) {
                    count--;
                }
            }
        }
        return (int) count;
    }

    private Set<LocalDate> holidaysOf(int year) {
        Long provinceId = province.get();
        if (TransactionSynchronizationManager.hasResource(shared)) {
            // this transaction edited the table: read its own view and keep it out of the shared cache
            return Set.copyOf(holidays.daysOf(year, provinceId));
        }
        // the generation is read before the query: a load that raced with an edit is tagged old and never used
        long current = shared.generation.get();
        long now = System.nanoTime();
        YearKey key = new YearKey(year, provinceId);
        CachedYear cached = shared.years.get(key);
        if (cached != null && cached.generation() == current && now - cached.loadedAtNanos() < CACHE_TTL.toNanos()) {
            return cached.days();
        }
        Set<LocalDate> days = Set.copyOf(holidays.daysOf(year, provinceId));
        shared.years.put(key, new CachedYear(current, now, days));
        return days;
    }
}
