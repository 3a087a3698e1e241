package th.tidtam.calendar.service;

import java.time.LocalDate;

import th.tidtam.calendar.HolidayKind;

/** What the administrator enters for a holiday. */
public record HolidayForm(LocalDate day, String nameTh, String nameEn, HolidayKind kind) {
}
