package th.tidtam.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * The holiday table changed: a holiday was added, moved or removed. {@code days} are the days whose status changed
 * (for a moved holiday both the old and the new day). Published inside the changing transaction; listeners that
 * recompute due dates should listen after commit.
 */
public record HolidaysChanged(Set<LocalDate> days) {

    public HolidaysChanged {
        days = Set.copyOf(days);
    }
}
