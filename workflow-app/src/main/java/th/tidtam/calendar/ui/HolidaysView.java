package th.tidtam.calendar.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;


import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.AdminForms;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.calendar.domain.Holiday;
import th.tidtam.calendar.HolidayKind;
import th.tidtam.calendar.service.HolidayAdministration;
import th.tidtam.calendar.service.HolidayForm;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;

/**
 * The administrator keeps the holiday table, one Buddhist-era year at a time. Every change goes through
 * {@link HolidayAdministration}; a refused change says why in the user's language and leaves the table unchanged.
 * Due dates count working days against this table from the moment a change is saved. The installation's administrator
 * keeps the national holidays (and sees every province's own); a province's administrator sees the national ones and
 * keeps their province's own.
 */
@Route("admin/holidays")
@RolesAllowed({ "ADMIN", "PROVINCE_ADMIN" })
@Menu(order = 92, title = "nav.holidays", icon = "vaadin:calendar")
public class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    private final HolidayAdministration administration;
    private final WorkingCalendar calendar;
    private final Locale locale;
    private final boolean thai;

    private final Select<Integer> year = new Select<>();
    private final Grid<Holiday> grid = new Grid<>();
    private final Span count = new Span();
    private final AdminForms forms;
    private final Map<Long, String> provinceNames;

    public HolidaysView(HolidayAdministration administration, WorkingCalendar calendar, Translations translations,
            Provinces provinces) {
        this.administration = administration;
        this.calendar = calendar;
        this.forms = new AdminForms(this, translations, () -> refreshYears(year.getValue()));
        this.locale = getLocale();
        this.thai = Translations.isThai(locale);
        this.provinceNames = provinces.all().stream()
                .collect(Collectors.toMap(ProvinceSummary::id, p -> thai ? p.nameTh() : p.nameEn()));
        setSizeFull();
        add(new H2(getTranslation("nav.holidays")), new Paragraph(getTranslation("calendar.intro")));

        year.setLabel(getTranslation("calendar.year"));
        // items are CE years, shown as BE years
        year.setItemLabelGenerator(y -> String.valueOf(y + ThaiDates.BE_OFFSET));
        year.getElement().setAttribute("data-testid", "holiday-year");
        year.addValueChangeListener(e -> refreshGrid());

        grid.addColumn(h -> ThaiDates.formatLong(h.getDay(), locale)).setHeader(getTranslation("calendar.day"))
                .setAutoWidth(true);
        grid.addColumn(h -> weekday(h.getDay())).setHeader(getTranslation("calendar.weekday")).setAutoWidth(true);
        grid.addColumn(h -> h.name(thai)).setHeader(getTranslation("calendar.name")).setFlexGrow(3);
        grid.addColumn(h -> getTranslation("calendar.kind." + h.getKind().name())).setHeader(getTranslation("calendar.kind"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.getProvinceId() == null ? getTranslation("calendar.national")
                : provinceNames.getOrDefault(h.getProvinceId(), "")).setHeader(getTranslation("calendar.applies-in"))
                .setAutoWidth(true);
        grid.getElement().setAttribute("data-testid", "holidays");
        grid.setSizeFull();
        grid.addItemDoubleClickListener(e -> holidayDialog(e.getItem()));

        Button add = new Button(getTranslation("admin.new"), e -> holidayDialog(null));
        add.getElement().setAttribute("data-testid", "holiday-new");
        Button edit = new Button(getTranslation("admin.edit"), e -> selected().ifPresent(this::holidayDialog));
        edit.getElement().setAttribute("data-testid", "holiday-edit");
        Button delete = new Button(getTranslation("admin.delete"), e -> selected().ifPresent(h -> confirm(
                getTranslation("admin.confirm-delete", h.name(thai) + " (" + ThaiDates.formatMedium(h.getDay(), locale) + ")"),
                () -> administration.delete(h.getId()))));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.getElement().setAttribute("data-testid", "holiday-delete");
        count.getElement().setAttribute("data-testid", "holiday-count");

        HorizontalLayout bar = new HorizontalLayout(year, add, edit, delete, count);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
        refreshYears(calendar.today().getYear());
    }

    private void holidayDialog(Holiday holiday) {
        BuddhistDatePicker day = new BuddhistDatePicker(getTranslation("calendar.day"));
        TextField nameTh = new TextField(getTranslation("calendar.field.name-th"));
        nameTh.setMaxLength(HolidayAdministration.MAX_NAME);
        TextField nameEn = new TextField(getTranslation("calendar.field.name-en"));
        nameEn.setMaxLength(HolidayAdministration.MAX_NAME);
        Select<HolidayKind> kind = new Select<>();
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(HolidayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.kind." + k.name()));
        kind.setValue(HolidayKind.OFFICIAL);
        if (holiday != null) {
            day.setValue(holiday.getDay());
            nameTh.setValue(holiday.getNameTh());
            nameEn.setValue(holiday.getNameEn());
            kind.setValue(holiday.getKind());
        } else if (year.getValue() != null && year.getValue() != calendar.today().getYear()) {
            day.setInitialPosition(LocalDate.of(year.getValue(), 1, 1));
        }
        day.getElement().setAttribute("data-testid", "holiday-day");
        nameTh.getElement().setAttribute("data-testid", "holiday-name-th");
        nameEn.getElement().setAttribute("data-testid", "holiday-name-en");
        kind.getElement().setAttribute("data-testid", "holiday-kind");

        forms.dialog(holiday == null ? "calendar.holiday.new" : "calendar.holiday.edit",
                new FormLayout(day, kind, nameTh, nameEn), "40em", () -> {
                    if (day.isInvalid()) {
                        throw new RuleViolation("calendar.error.date-unreadable");
                    }
                    HolidayForm form = new HolidayForm(day.getValue(), nameTh.getValue(), nameEn.getValue(), kind.getValue());
                    Holiday stored = holiday == null ? administration.add(form) : administration.update(holiday.getId(), form);
                    year.setValue(stored.getDay().getYear());
                    if (WorkingCalendar.isWeekend(stored.getDay())) {
                        Notification hint = new Notification(getTranslation("calendar.weekend-hint"), 8000,
                                Notification.Position.MIDDLE);
                        hint.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                        hint.getElement().setAttribute("data-testid", "weekend-hint");
                        hint.open();
                    }
                });
    }

    private void confirm(String text, Runnable action) {
        forms.confirmDelete(text, action);
    }

    /** The years with holidays plus last, this and next year; keeps the chosen year. */
    private void refreshYears(Integer chosen) {
        int current = calendar.today().getYear();
        TreeSet<Integer> years = new TreeSet<>(administration.yearsWithHolidays());
        years.add(current - 1);
        years.add(current);
        years.add(current + 1);
        if (chosen != null) {
            years.add(chosen);
        }
        year.setItems(List.copyOf(years));
        year.setValue(chosen == null ? current : chosen);
        refreshGrid();
    }

    private void refreshGrid() {
        Integer y = year.getValue();
        List<Holiday> holidays = y == null ? List.of() : administration.holidaysOf(y);
        grid.setItems(holidays);
        long onWorkingDays = holidays.stream().filter(h -> !WorkingCalendar.isWeekend(h.getDay())).count();
        count.setText(getTranslation("calendar.count", holidays.size(), onWorkingDays));
    }

    private String weekday(LocalDate day) {
        String name = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Translations.supported(locale));
        return WorkingCalendar.isWeekend(day) ? name + " · " + getTranslation("calendar.on-weekend") : name;
    }

    private Optional<Holiday> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.holidays") + " · " + getTranslation("app.name");
    }
}
