package th.tidtam.meeting.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.base.i18n.Translations;
import th.tidtam.meeting.AttendanceLine;
import th.tidtam.meeting.AttendanceStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.AttendanceEntry;

/**
 * Who came: each member position present, represented (ผู้แทน: name and title) or absent with the reason. The
 * secretariat records it once the meeting has started; others read it.
 */
final class AttendancePanel extends VerticalLayout {

    /** One line as it is being edited. */
    private static final class Row {
        final AttendanceLine line;
        final Select<AttendanceStatus> status = new Select<>();
        final TextField name = new TextField();
        final TextField title = new TextField();
        final TextField reason = new TextField();

        Row(AttendanceLine line) {
            this.line = line;
        }
    }

    AttendancePanel(MeetingPanels s, MeetingSummary meeting, boolean runs, Runnable changed) {
        setPadding(false);
        getElement().setAttribute("data-testid", "attendance");
        boolean thai = Translations.isThai(getLocale());
        List<Row> rows = new ArrayList<>();
        for (AttendanceLine l : s.attendance.of(meeting.id())) {
            Row r = new Row(l);
            r.status.setItems(AttendanceStatus.values());
            r.status.setItemLabelGenerator(x -> getTranslation("meeting.ui.attendance." + x.name()));
            r.status.setValue(l.status());
            r.status.setPlaceholder(getTranslation("meeting.ui.attendance.none"));
            r.name.setValue(l.representativeName() == null ? "" : l.representativeName());
            r.name.setPlaceholder(getTranslation("meeting.ui.representative-name"));
            r.title.setValue(l.representativeTitle() == null ? "" : l.representativeTitle());
            r.title.setPlaceholder(getTranslation("meeting.ui.representative-title"));
            r.reason.setValue(l.absenceReason() == null ? "" : l.absenceReason());
            r.reason.setPlaceholder(getTranslation("meeting.ui.absence-reason"));
            Runnable visibility = () -> {
                r.name.setVisible(r.status.getValue() == AttendanceStatus.REPRESENTED);
                r.title.setVisible(r.status.getValue() == AttendanceStatus.REPRESENTED);
                r.reason.setVisible(r.status.getValue() == AttendanceStatus.ABSENT);
            };
            r.status.addValueChangeListener(e -> visibility.run());
            visibility.run();
            r.status.setReadOnly(!runs);
            List.of(r.name, r.title, r.reason).forEach(f -> f.setReadOnly(!runs));
            rows.add(r);
        }
        Grid<Row> grid = new Grid<>();
        grid.addColumn(r -> thai ? r.line.positionTitleTh() : r.line.positionTitleEn()).setHeader(getTranslation("org.position"))
                .setFlexGrow(3);
        grid.addComponentColumn(r -> r.status).setHeader(getTranslation("meeting.ui.attendance")).setFlexGrow(1);
        grid.addComponentColumn(AttendancePanel::details).setHeader(getTranslation("meeting.ui.attendance-detail")).setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("data-testid", "attendance-lines");
        add(grid);
        if (runs) {
            Button save = new Button(getTranslation("meeting.ui.attendance-save"), e -> Actions.run(s.translations,
                    "meeting.ui.saved", () -> s.attendance.record(meeting.id(), rows.stream().filter(r -> r.status.getValue() != null)
                            .map(r -> new AttendanceEntry(r.line.positionId(), r.status.getValue(), r.name.getValue(),
                                    r.title.getValue(), r.reason.getValue())).toList()), changed));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.getElement().setAttribute("data-testid", "attendance-save");
            add(save);
        }
    }

    private static VerticalLayout details(Row r) {
        VerticalLayout fields = new VerticalLayout(r.name, r.title, r.reason);
        fields.setPadding(false);
        fields.setSpacing(false);
        return fields;
    }
}
