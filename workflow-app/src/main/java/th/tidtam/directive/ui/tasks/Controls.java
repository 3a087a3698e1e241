package th.tidtam.directive.ui.tasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;

import th.tidtam.directive.service.DirectiveTasks;

/** The fields and buttons every directive task form is made of. */
final class Controls {

    private Controls() {
    }

    /** A note of up to {@link DirectiveTasks#MAX_NOTE} characters, the form's full width. */
    static TextArea note(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(DirectiveTasks.MAX_NOTE);
        area.setWidthFull();
        return area;
    }

    static TextArea note(String label, String testId) {
        TextArea area = note(label);
        area.getElement().setAttribute("data-testid", testId);
        return area;
    }

    /** A decision button: one click, one decision (enabled again only when the decision is refused). */
    static Button decision(String label, boolean primary) {
        Button button = new Button(label);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.setDisableOnClick(true);
        return button;
    }

    static Button decision(String label, boolean primary, String testId) {
        Button button = decision(label, primary);
        button.getElement().setAttribute("data-testid", testId);
        return button;
    }
}
