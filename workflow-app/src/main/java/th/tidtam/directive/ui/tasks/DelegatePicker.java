package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.combobox.ComboBox;

import th.tidtam.base.i18n.Translations;
import th.tidtam.org.service.PositionSummary;

/** The filled positions below whoever works the part, for handing it down the chain of command. */
class DelegatePicker extends ComboBox<PositionSummary> {

    DelegatePicker(TaskStep step, String labelKey) {
        super();
        setLabel(getTranslation(labelKey));
        boolean thai = Translations.isThai(getLocale());
        setItems(step.unitParts().delegateCandidates(step.taskId()));
        setItemLabelGenerator(p -> p.title(thai) + " · " + (thai ? p.unitNameTh() : p.unitNameEn())
                + p.actors().stream().findFirst().map(a -> " (" + (thai ? a.nameTh() : a.nameEn()) + ")").orElse(""));
        setClearButtonVisible(true);
        setWidth("32em");
        getElement().setAttribute("data-testid", "delegate-to");
    }

    /** The chosen position's id, or null. */
    Long chosenId() {
        return getValue() == null ? null : getValue().id();
    }
}
