package th.tidtam.base.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;

/**
 * A date picker that shows and accepts Buddhist-era dates (dd/mm/2569). Vaadin's picker knows only the Gregorian
 * calendar (vaadin/web-components#1938) and loses values under th_TH, so the component keeps a neutral locale and
 * its client-side formatter and parser are replaced: the value on the server stays an ISO {@link LocalDate}.
 */
public class BuddhistDatePicker extends DatePicker {

    public BuddhistDatePicker(String label) {
        super(label);
        setLocale(Locale.UK);
        setPlaceholder("วว/ดด/ปปปป");
        setClearButtonVisible(true);
        // the theme reaches the calendar overlay, where it hides the year column (see BE_SCRIPT)
        addThemeName(THEME);
        addAttachListener(this::applyBuddhistEra);
    }

    private void applyBuddhistEra(AttachEvent event) {
        boolean thai = Translations.isThai(event.getUI().getLocale());
        DatePickerI18n i18n = new DatePickerI18n();
        List<String> months = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(m -> ThaiDates.monthName(m, thai ? Translations.THAI : Translations.ENGLISH)).toList();
        i18n.setMonthNames(months);
        i18n.setWeekdays(thai ? List.of("อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์")
                : List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
        i18n.setWeekdaysShort(thai ? List.of("อา", "จ", "อ", "พ", "พฤ", "ศ", "ส")
                : List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        i18n.setFirstDayOfWeek(thai ? 0 : 1);
        i18n.setToday(thai ? "วันนี้" : "Today");
        i18n.setCancel(thai ? "ยกเลิก" : "Cancel");
        i18n.setBadInputErrorMessage(thai ? "รูปแบบวันที่ไม่ถูกต้อง ใช้ วว/ดด/ปปปป (พ.ศ.)" : "Invalid date: use dd/mm/yyyy (BE year)");
        setI18n(i18n);
        setPlaceholder(thai ? "วว/ดด/ปปปป (พ.ศ.)" : "dd/mm/yyyy (BE)");
        // The Flow connector (datepickerConnector.js) is initialised and sends its Gregorian formatDate/parseDate in
        // $connector.updateI18n *after* this attach listener, and again whenever the server-side i18n or locale
        // changes. Patching the connector is fragile; instead the element's own i18n property is wrapped so that
        // whatever object is assigned to it, from whichever source, always carries the Buddhist-era functions.
        getElement().executeJs(BE_SCRIPT);
    }

    static final String THEME = "buddhist-era";

    static final String BE_SCRIPT = """
            const picker = this;
            const be = 543;
            const pad = n => String(n).padStart(2, '0');
            const buddhist = {
              formatDate: d => d ? pad(d.day) + '/' + pad(d.month + 1) + '/' + (d.year + be) : '',
              parseDate: text => {
                const t = (text || '').replace(/[\u0E50-\u0E59]/g, c => String(c.charCodeAt(0) - 0x0E50)).trim();
                const m = t.match(/^(\\d{1,2})[\\/.\\-](\\d{1,2})[\\/.\\-](\\d{2}|\\d{4})$/);
                if (!m) { return undefined; }
                let y = parseInt(m[3], 10);
                if (m[3].length === 2) { y += 2500; }
                const day = parseInt(m[1], 10);
                const month = parseInt(m[2], 10) - 1;
                const year = y - be;
                const check = new Date(0, 0, 1);
                check.setFullYear(year, month, day);
                if (check.getFullYear() !== year || check.getMonth() !== month || check.getDate() !== day) {
                  return undefined;
                }
                return { day, month, year };
              },
              formatTitle: (monthName, fullYear) => monthName + ' ' + (fullYear + be)
            };
            if (!picker.__tidtamBuddhistEra) {
              picker.__tidtamBuddhistEra = true;
              let proto = Object.getPrototypeOf(picker);
              let accessor;
              while (proto && !(accessor = Object.getOwnPropertyDescriptor(proto, 'i18n'))) {
                proto = Object.getPrototypeOf(proto);
              }
              if (accessor && accessor.set && accessor.get) {
                Object.defineProperty(picker, 'i18n', {
                  configurable: true,
                  enumerable: true,
                  get() { return accessor.get.call(this); },
                  set(value) { accessor.set.call(this, Object.assign({}, value, buddhist)); }
                });
              }
            }
            picker.i18n = Object.assign({}, picker.i18n, buddhist);
            // The calendar's year column prints Gregorian year numbers and has no formatting hook: in a Buddhist-era
            // picker "2026" next to "พฤศจิกายน 2569" misleads, so that column is hidden (months still scroll, and
            // any year can be typed).
            if (!document.getElementById('tidtam-buddhist-era-style')) {
              const style = document.createElement('style');
              style.id = 'tidtam-buddhist-era-style';
              style.textContent = 'vaadin-date-picker-overlay[theme~="buddhist-era"] vaadin-date-picker-year-scroller,'
                  + ' vaadin-date-picker-overlay[theme~="buddhist-era"] vaadin-date-picker-overlay-content::part(years-toggle-button)'
                  + ' { display: none; }';
              document.head.appendChild(style);
            }
            """;

    /** The value as officials write it, for read-only displays. */
    public static String display(LocalDate date) {
        return ThaiDates.formatShort(date);
    }
}
