package th.tidtam.drill.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * The follow-up check escalates nobody on a day off (by design): a drill about escalations runs its node's clock ahead
 * to the next working day of the demo calendar ({@link AppNode.Options#clockAhead}), so it runs on a weekend too.
 */
public final class WorkingDays {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private WorkingDays() {
    }

    /** The first working day from today (Bangkok), {@code -Ddrill.days-ahead=N} days on at the earliest. */
    public static LocalDate nextWorkingDay() {
        LocalDate day = LocalDate.now(BANGKOK).plusDays(Long.getLong("drill.days-ahead", 0L));
        Set<LocalDate> holidays = demoHolidays();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public static Duration aheadOfToday(LocalDate day) {
        return Duration.ofDays(day.toEpochDay() - LocalDate.now(BANGKOK).toEpochDay());
    }

    /** Holidays come from the demo calendar's CSV: the database has none before the node loads the demo province. */
    private static Set<LocalDate> demoHolidays() {
        try (InputStream in = WorkingDays.class.getResourceAsStream("/demo/holidays.csv")) {
            Set<LocalDate> days = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.matches("^\\d{4}-\\d{2}-\\d{2},.*")) {
                    days.add(LocalDate.parse(line.substring(0, 10)));
                }
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
