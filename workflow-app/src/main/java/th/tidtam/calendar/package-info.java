/**
 * Thai working days: Monday to Friday, 08:30–16:30 Asia/Bangkok, minus the holidays an administrator keeps in the
 * holiday table. No holiday is computed or hard-coded. Other modules use {@code calendar.service.WorkingCalendar}.
 */
package th.tidtam.calendar;
