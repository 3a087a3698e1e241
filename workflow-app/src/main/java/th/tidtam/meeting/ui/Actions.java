package th.tidtam.meeting.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;

/** Runs a change of the meeting screens: success says so and redraws; a refusal is shown in the user's words. */
final class Actions {

    private Actions() {
    }

    static boolean run(Translations translations, String doneKey, Runnable change, Runnable changed) {
        UI ui = UI.getCurrent();
        try {
            change.run();
            Notifications.success(ui.getTranslation(doneKey));
            changed.run();
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
