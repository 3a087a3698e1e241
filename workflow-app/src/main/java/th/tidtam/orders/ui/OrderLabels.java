package th.tidtam.orders.ui;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.base.ui.Notifications;
import th.tidtam.orders.OrderSummary;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;

/** What the orders screens share: the number as shown, pickers of positions and people, running a change. */
final class OrderLabels {

    private OrderLabels() {
    }

    static String number(OrderSummary o) {
        return o.number() == null ? UI.getCurrent().getTranslation("orders.ui.unnumbered") : o.number();
    }

    static String date(java.time.LocalDate day) {
        return day == null ? "" : BuddhistDatePicker.display(day);
    }

    /** Positions by title and unit, found by either as typed. */
    static ComboBox<PositionSummary> positions(String label, List<PositionSummary> positions, boolean thai) {
        ComboBox<PositionSummary> box = new ComboBox<>(label);
        box.setItems((p, filter) -> (p.title(thai) + " " + p.unitName(thai) + " " + p.code()).toLowerCase()
                .contains(filter.toLowerCase()), positions);
        box.setItemLabelGenerator(p -> p.title(thai) + " (" + p.unitName(thai) + ")");
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }

    static ComboBox<PersonSummary> people(String label, List<PersonSummary> people, boolean thai) {
        ComboBox<PersonSummary> box = new ComboBox<>(label);
        box.setItems((p, filter) -> (p.fullNameTh() + " " + p.fullNameEn() + " " + p.username()).toLowerCase()
                .contains(filter.toLowerCase()), people);
        box.setItemLabelGenerator(p -> p.fullName(thai));
        box.setClearButtonVisible(true);
        box.setWidthFull();
        return box;
    }

    /** Runs a change: a refusal is shown in the user's words and the screen stays as it was. */
    static boolean run(Translations translations, String doneKey, Runnable change) {
        UI ui = UI.getCurrent();
        try {
            change.run();
            Notifications.success(ui.getTranslation(doneKey));
            return true;
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
        } catch (AccessDeniedException denied) {
            Notifications.error(ui.getTranslation("error.forbidden"));
        } catch (ApiProblems.NotFound gone) {
            Notifications.error(ui.getTranslation("error.not-found"));
        }
        return false;
    }
}
