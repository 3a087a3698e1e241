package th.tidtam.calendar.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.calendar.HolidaysChanged;
import th.tidtam.calendar.domain.Holiday;
import th.tidtam.calendar.HolidayKind;
import th.tidtam.calendar.domain.HolidayRepository;
import th.tidtam.org.service.OrgCaller;
import th.tidtam.org.service.OrgReach;

/**
 * Maintains the holiday table. Every method checks its rules before it writes and throws a {@link RuleViolation}
 * naming the problem; a refused change leaves the table as it was. Every change publishes {@link HolidaysChanged},
 * which makes {@link WorkingCalendar} count with the new table at once.
 * <p>
 * Rules: one holiday per day; both names required (one line, at most 255 characters); a day from 1 January 1941
 * (BE 2484, since when the Thai year starts on 1 January) on, which catches a CE year typed as a BE year. A holiday
 * may fall on a weekend (the official list names it, and it documents why a substitution day exists) but changes
 * no count; the substitution day is never computed: it is entered as its own row of kind
 * {@link HolidayKind#SUBSTITUTION}, which must be a weekday, since a substitution day on a weekend means nothing.
 * <p>
 * Provinces: a row with no province is a national holiday (the Cabinet's), kept by the installation's administrator;
 * a province's administrator adds, moves and removes their province's own holidays only (another province's are not
 * found; a national one is shown to them but refused). A province's own holiday may not fall on a national one.
 */
@Service
@Transactional
public class HolidayAdministration {

    public static final int MAX_NAME = 255;
    public static final LocalDate EARLIEST = LocalDate.of(1941, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final HolidayRepository holidays;
    private final ApplicationEventPublisher events;
    private final OrgCaller caller;

    HolidayAdministration(HolidayRepository holidays, ApplicationEventPublisher events, OrgCaller caller) {
        this.holidays = holidays;
        this.events = events;
        this.caller = caller;
    }

    /** A holiday of the caller's own: national for the installation's administrator, else their province's. */
    public Holiday add(HolidayForm form) {
        OrgReach reach = caller.reach();
        return add(reach.everything() ? null : reach.provinceId(), form);
    }

    /** A holiday of the province ({@code provinceId} null: a national holiday), when the caller keeps that province's. */
    public Holiday add(Long provinceId, HolidayForm form) {
        requireKeeps(provinceId, caller.reach());
        HolidayForm clean = validate(form, null, provinceId);
        Holiday holiday = new Holiday(form.day(), clean.nameTh(), clean.nameEn(), form.kind());
        holiday.setProvinceId(provinceId);
        Holiday saved = saveRefusingDuplicate(holiday, form.day());
        events.publishEvent(new HolidaysChanged(Set.of(saved.getDay())));
        return saved;
    }

    public Holiday update(Long holidayId, HolidayForm form) {
        Holiday holiday = find(holidayId);
        HolidayForm clean = validate(form, holidayId, holiday.getProvinceId());
        LocalDate previous = holiday.getDay();
        holiday.setDay(form.day());
        holiday.setNameTh(clean.nameTh());
        holiday.setNameEn(clean.nameEn());
        holiday.setKind(form.kind());
        Holiday saved = saveRefusingDuplicate(holiday, form.day());
        events.publishEvent(new HolidaysChanged(Set.of(previous, saved.getDay())));
        return saved;
    }

    public void delete(Long holidayId) {
        Holiday holiday = find(holidayId);
        holidays.delete(holiday);
        holidays.flush();
        events.publishEvent(new HolidaysChanged(Set.of(holiday.getDay())));
    }

    /**
     * The holidays of a calendar (CE) year in date order that the caller sees: every row for the installation's
     * administrator, the national ones and their province's own for anyone else.
     */
    @Transactional(readOnly = true)
    public List<Holiday> holidaysOf(int year) {
        OrgReach reach = caller.reach();
        return holidays.findByDayBetweenOrderByDayAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .filter(h -> h.getProvinceId() == null || reach.includes(h.getProvinceId())).toList();
    }

    /** The calendar (CE) years that have at least one holiday. */
    @Transactional(readOnly = true)
    public List<Integer> yearsWithHolidays() {
        return holidays.findYears().stream().sorted().toList();
    }

    @Transactional(readOnly = true)
    public boolean anyHoliday() {
        return holidays.count() > 0;
    }

    private Holiday find(Long holidayId) {
        if (holidayId == null) {
            throw new RuleViolation("calendar.error.holiday-not-found");
        }
        OrgReach reach = caller.reach();
        Holiday holiday = holidays.findById(holidayId).filter(h -> h.getProvinceId() == null || reach.includes(h.getProvinceId()))
                .orElseThrow(() -> new RuleViolation("calendar.error.holiday-not-found"));
        requireKeeps(holiday.getProvinceId(), reach);
        return holiday;
    }

    /** National holidays are the installation's administrator's; a province's own are its administrator's (and theirs). */
    private static void requireKeeps(Long provinceId, OrgReach reach) {
        if (provinceId == null && !reach.everything()) {
            throw new RuleViolation("calendar.error.national-holiday");
        }
        if (!reach.includes(provinceId)) {
            throw new RuleViolation("calendar.error.holiday-not-found");
        }
    }

    /** The form with its names cleaned by the free-text rule. */
    private HolidayForm validate(HolidayForm form, Long holidayId, Long provinceId) {
        LocalDate day = form.day();
        if (day == null) {
            throw new RuleViolation("calendar.error.day-required");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new RuleViolation("calendar.error.day-out-of-range", ThaiDates.formatShort(day));
        }
        if (form.kind() == null) {
            throw new RuleViolation("calendar.error.kind-required");
        }
        if (form.kind() == HolidayKind.SUBSTITUTION && WorkingCalendar.isWeekend(day)) {
            throw new RuleViolation("calendar.error.substitution-on-weekend", ThaiDates.formatShort(day));
        }
        String nameTh = requireName(form.nameTh(), "calendar.field.name-th");
        String nameEn = requireName(form.nameEn(), "calendar.field.name-en");
        // a national holiday takes the day everywhere; a province's own takes it in that province
        holidays.findCounting(day, provinceId).stream().filter(h -> !h.getId().equals(holidayId))
                .filter(h -> h.getProvinceId() == null || h.getProvinceId().equals(provinceId)).findFirst().ifPresent(h -> {
                    throw new RuleViolation("calendar.error.day-taken", ThaiDates.formatShort(day));
                });
        return new HolidayForm(day, nameTh, nameEn, form.kind());
    }

    /** The check above misses a concurrent insert of the same day; the unique key does not. */
    private Holiday saveRefusingDuplicate(Holiday holiday, LocalDate day) {
        try {
            return holidays.saveAndFlush(holiday);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolation("calendar.error.day-taken", ThaiDates.formatShort(day));
        }
    }

    /** A one-line name by the free-text rule ({@link FreeText}): required, at most {@link #MAX_NAME} characters. */
    private static String requireName(String value, String fieldKey) {
        return FreeText.singleLine(MAX_NAME).require(value, problem -> switch (problem) {
            case MISSING -> new RuleViolation("calendar.error.required", fieldKey);
            case TOO_LONG -> new RuleViolation("calendar.error.too-long", fieldKey, MAX_NAME);
            case CONTROL_CHARACTERS -> new RuleViolation("calendar.error.control-characters", fieldKey);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", fieldKey);
        });
    }
}
