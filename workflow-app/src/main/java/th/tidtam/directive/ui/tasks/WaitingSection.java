package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.org.ui.pickers.UnitPickers;

/**
 * The part waits on another agency's input (รอข้อมูลจากหน่วยงานอื่น): whoever works it marks the wait with the agency
 * and why, or ends it when the input has come.
 */
class WaitingSection extends VerticalLayout {

    WaitingSection(TaskStep step, DirectiveViews.Part p) {
        setPadding(false);
        boolean thai = Translations.isThai(getLocale());
        add(new H3(getTranslation("directive.waiting")));
        if (p.waitingSince() != null) {
            add(new Paragraph(getTranslation("directive.waiting-on", thai ? p.waitingOnUnitNameTh() : p.waitingOnUnitNameEn(),
                    p.waitingReason()) + " · " + ThaiDates.formatMedium(p.waitingSince(), getLocale())));
            Button end = Controls.decision(getTranslation("work.waiting-end"), false, "waiting-end");
            end.addClickListener(e -> step.decide(() -> step.unitParts().stopWaiting(step.taskId()), end));
            add(end);
            return;
        }
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("work.waiting-unit"));
        new UnitPickers(step.org()).setUnitsShowingAliases(unit, step.unitParts().waitingUnits(step.taskId()));
        unit.setItemLabelGenerator(u -> u.name(thai));
        unit.setWidth("32em");
        unit.getElement().setAttribute("data-testid", "waiting-unit");
        TextArea why = Controls.note(getTranslation("work.waiting-reason"));
        why.setMaxLength(500);
        Button start = Controls.decision(getTranslation("work.waiting-start"), false, "waiting-start");
        start.addClickListener(e -> step.decide(() -> step.unitParts().startWaiting(step.taskId(),
                unit.getValue() == null ? null : unit.getValue().id(), why.getValue()), start));
        add(unit, why, start);
    }
}
