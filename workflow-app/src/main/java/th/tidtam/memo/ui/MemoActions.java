package th.tidtam.memo.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;

/** Runs a step of the memo screens: success says so and redraws; a refusal is shown in the user's words. */
final class MemoActions {

    private MemoActions() {
    }

    static void run(Runnable change, Runnable changed) {
        UI ui = UI.getCurrent();
        try {
            change.run();
            Notifications.success(ui.getTranslation("memo.done"));
            changed.run();
        } catch (RuleViolation refused) {
            Notifications.refused(refused, new Translations());
        } catch (AccessDeniedException denied) {
            Notifications.error(ui.getTranslation("error.forbidden"));
        } catch (ApiProblems.NotFound gone) {
            Notifications.error(ui.getTranslation("error.not-found"));
        }
    }
}
