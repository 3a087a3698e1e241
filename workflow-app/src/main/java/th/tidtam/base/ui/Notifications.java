package th.tidtam.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;

/** Consistent success and error messages; errors stay until closed so nobody misses why a change was refused. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = new Notification(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().setAttribute("data-testid", "error-notification");
        n.open();
    }

    public static void refused(RuleViolation violation, Translations translations) {
        error(translations.message(violation, UI.getCurrent().getLocale()));
    }
}
