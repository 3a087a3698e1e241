package th.tidtam.demo;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import th.tidtam.calendar.HolidayKind;
import th.tidtam.calendar.service.HolidayAdministration;
import th.tidtam.calendar.service.HolidayForm;

/**
 * The holidays of BE 2569–2570 from {@code demo/holidays.csv}, entered through {@link HolidayAdministration} like an
 * administrator's input. Demo data only: the list must be checked against the Prime Minister's Office announcement.
 * Loads nothing when the table already holds a holiday, so an administrator's edits are never overwritten.
 */
@Component
class HolidayDemoData {

    static final String RESOURCE = "demo/holidays.csv";

    private final HolidayAdministration administration;

    HolidayDemoData(HolidayAdministration administration) {
        this.administration = administration;
    }

    /** @return how many holidays were loaded (0 when the table was not empty) */
    int loadIfEmpty() {
        if (administration.anyHoliday()) {
            return 0;
        }
        int loaded = 0;
        for (String[] row : ChainOfCommandDemoData.csv(RESOURCE)) {
            if (row[0].startsWith("#")) {
                continue;
            }
            administration.add(new HolidayForm(LocalDate.parse(row[0].trim()), row[2], row[3],
                    HolidayKind.valueOf(row[1].trim())));
            loaded++;
        }
        return loaded;
    }
}
