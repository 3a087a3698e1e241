package th.tidtam.work.ui;

import org.springframework.dao.ConcurrencyFailureException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;

/**
 * How a task screen runs what the user decided, the same for every case type: a refusal says why and gives the
 * buttons back, nothing is lost; a task that someone else finished or changed meanwhile says so. (A database outage
 * is told by the session's error handler.)
 */
public final class TaskActions {

    private final Translations translations;

    TaskActions(Translations translations) {
        this.translations = translations;
    }

    /** A decision that finishes the task: on success "saved", then {@code then} (e.g. show the case). */
    public void decide(Runnable decision, Runnable then, Button... buttons) {
        run(decision, "admin.saved", then, buttons);
    }

    /**
     * Runs an action on the task; on success shows the message {@code successKey} and runs {@code then}. The buttons
     * are enabled again when it is refused or the task is gone.
     */
    public void run(Runnable action, String successKey, Runnable then, Button... buttons) {
        try {
            action.run();
            Notifications.success(translate(successKey));
            then.run();
        } catch (RuleViolation violation) {
            Notifications.refused(violation, translations);
            enable(buttons);
        } catch (ApiProblems.NotFound | ConcurrencyFailureException gone) {
            Notifications.error(translate("task.error.already-done"));
            enable(buttons);
        }
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private static void enable(Button... buttons) {
        for (Button b : buttons) {
            b.setEnabled(true);
        }
    }
}
