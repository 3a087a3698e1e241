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
        // after the connector has set its own Gregorian formatter, replace it with a BE one
        getElement().executeJs("""
                const picker = this;
                const be = 543;
                const pad = n => String(n).padStart(2, '0');
                const apply = () => {
                  picker.i18n = Object.assign({}, picker.i18n, {
                    formatDate: d => d ? pad(d.day) + '/' + pad(d.month + 1) + '/' + (d.year + be) : '',
                    parseDate: text => {
                      const t = (text || '').replace(/[๐-๙]/g, c => String(c.charCodeAt(0) - 0x0E50)).trim();
                      const m = t.match(/^(\\d{1,2})[\\/.\\-](\\d{1,2})[\\/.\\-](\\d{2}|\\d{4})$/);
                      if (!m) { return undefined; }
                      let y = parseInt(m[3], 10);
                      if (m[3].length === 2) { y += 2500; }
                      return { day: parseInt(m[1], 10), month: parseInt(m[2], 10) - 1, year: y - be };
                    },
                    formatTitle: (monthName, fullYear) => monthName + ' ' + (fullYear + be)
                  });
                };
                apply();
                if (!picker.__tidtamBe) {
                  picker.__tidtamBe = true;
                  // the Flow connector re-applies its formatter when the locale or i18n changes
                  const original = picker.$connector && picker.$connector.setLocale;
                  if (original) {
                    picker.$connector.setLocale = function() { original.apply(this, arguments); apply(); };
                  }
                }
                """);
    }

    /** The value as officials write it, for read-only displays. */
    public static String display(LocalDate date) {
        return ThaiDates.formatShort(date);
    }
}
