package th.tidtam.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;

/** Consistent success and error messages; errors stay until closed so nobody misses why a change was refused. */
public final class Notifications {

    private Notifications() {
    }

    /**
     * Lumo's green success card puts light text on mid green (contrast 3.5:1, below WCAG's 4.5:1): the card stays
     * neutral and a green tick says "done".
     */
    public static void success(String text) {
        Icon tick = VaadinIcon.CHECK_CIRCLE.create();
        tick.setColor("var(--lumo-success-text-color)");
        tick.getElement().setAttribute("aria-hidden", "true");
        HorizontalLayout content = new HorizontalLayout(tick, new Span(text));
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        content.setSpacing(true);
        Notification n = new Notification(content);
        n.setDuration(3000);
        n.setPosition(Notification.Position.BOTTOM_START);
        n.open();
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
