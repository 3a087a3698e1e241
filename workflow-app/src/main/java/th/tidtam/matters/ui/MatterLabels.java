package th.tidtam.matters.ui;

import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.Notifications;

/** Small helpers the matters' screens share. */
final class MatterLabels {

    private MatterLabels() {
    }

    static String date(LocalDate day) {
        return day == null ? "" : ThaiDates.formatMedium(day, UI.getCurrent().getLocale());
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
