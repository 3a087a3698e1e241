package th.tidtam.meeting.ui;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.base.ui.Notifications;
import th.tidtam.meeting.BodySummary;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.meeting.service.ScheduleMeeting;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * The secretariat schedules a meeting: body, Buddhist-era date and time, room, who chairs (and in whose place),
 * secretary and the cut-off for agenda items. Left empty, room, chair, secretary and cut-off come from the body.
 */
final class ScheduleMeetingDialog extends Dialog {

    ScheduleMeetingDialog(MeetingRegister register, OrgDirectory org, List<BodySummary> bodies, BodySummary preset,
            Consumer<MeetingSummary> scheduled) {
        boolean thai = Translations.isThai(UI.getCurrent().getLocale());
        Translations translations = new Translations();
        setHeaderTitle(getTranslation("meeting.ui.schedule"));
        getElement().setAttribute("data-testid", "schedule-dialog");
        List<PositionSummary> positions = register.positionsToChoose();

        Select<BodySummary> body = new Select<>();
        body.setLabel(getTranslation("meeting.ui.body"));
        body.setItems(bodies.stream().filter(BodySummary::active).toList());
        body.setItemLabelGenerator(b -> b.name(thai));
        body.setValue(preset != null && preset.active() ? preset : bodies.stream().filter(BodySummary::active).findFirst().orElse(null));
        body.getElement().setAttribute("data-testid", "schedule-body");
        BuddhistDatePicker date = new BuddhistDatePicker(getTranslation("meeting.ui.date"));
        date.setRequiredIndicatorVisible(true);
        date.getElement().setAttribute("data-testid", "schedule-date");
        TimePicker time = new TimePicker(getTranslation("meeting.ui.time"));
        time.setValue(LocalTime.of(9, 30));
        time.setLocale(java.util.Locale.UK);
        time.getElement().setAttribute("data-testid", "schedule-time");
        TextField room = new TextField(getTranslation("meeting.ui.room"));
        room.setPlaceholder(getTranslation("meeting.ui.room-default"));
        room.getElement().setAttribute("data-testid", "schedule-room");
        ComboBox<PositionSummary> chair = positionBox(getTranslation("meeting.ui.chair"), positions, thai);
        chair.setPlaceholder(getTranslation("meeting.ui.chair-default"));
        Select<AssignmentKind> capacity = new Select<>();
        capacity.setLabel(getTranslation("meeting.ui.chair-capacity"));
        capacity.setItems(AssignmentKind.values());
        capacity.setItemLabelGenerator(k -> getTranslation("org.capacity." + k.name()));
        capacity.setValue(AssignmentKind.HOLDER);
        ComboBox<PositionSummary> inPlaceOf = positionBox(getTranslation("meeting.ui.chair-in-place-of"), positions, thai);
        inPlaceOf.setVisible(false);
        capacity.addValueChangeListener(e -> inPlaceOf.setVisible(e.getValue() != AssignmentKind.HOLDER));
        ComboBox<PositionSummary> secretary = positionBox(getTranslation("meeting.ui.secretary"), positions, thai);
        IntegerField cutOff = new IntegerField(getTranslation("meeting.ui.cut-off-days"));
        cutOff.setMin(0);
        cutOff.setMax(30);
        cutOff.setHelperText(getTranslation("meeting.ui.cut-off-help"));
        body.addValueChangeListener(e -> cutOff.setValue(e.getValue() == null ? null : e.getValue().cutOffWorkingDays()));
        cutOff.setValue(body.getValue() == null ? null : body.getValue().cutOffWorkingDays());

        FormLayout form = new FormLayout(body, date, time, room, chair, capacity, inPlaceOf, secretary, cutOff);
        form.setColspan(body, 2);
        add(form);
        setWidth("44em");

        Button save = new Button(getTranslation("meeting.ui.schedule-save"), e -> {
            try {
                if (date.isInvalid() || date.getValue() == null || time.getValue() == null) {
                    throw new RuleViolation("meeting.ui.error.date-time");
                }
                MeetingSummary m = register.schedule(new ScheduleMeeting(body.getValue() == null ? null : body.getValue().id(),
                        LocalDateTime.of(date.getValue(), time.getValue()), null, room.getValue(), id(chair.getValue()),
                        capacity.getValue(), id(inPlaceOf.getValue()), id(secretary.getValue()), cutOff.getValue()));
                close();
                Notifications.success(getTranslation("meeting.ui.scheduled", m.number()));
                scheduled.accept(m);
            } catch (RuleViolation refused) {
                Notifications.refused(refused, translations);
            } catch (AccessDeniedException denied) {
                Notifications.error(getTranslation("error.forbidden"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getElement().setAttribute("data-testid", "schedule-save");
        Button cancel = new Button(getTranslation("meeting.ui.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    static ComboBox<PositionSummary> positionBox(String label, List<PositionSummary> positions, boolean thai) {
        ComboBox<PositionSummary> box = new ComboBox<>(label);
        box.setItems(positions);
        box.setItemLabelGenerator(p -> MeetingLabels.positionLabel(p, thai));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }

    private static Long id(PositionSummary p) {
        return p == null ? null : p.id();
    }
}
