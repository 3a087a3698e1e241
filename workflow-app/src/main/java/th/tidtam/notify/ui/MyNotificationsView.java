package th.tidtam.notify.ui;

import java.util.EnumMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.service.MailSettings;
import th.tidtam.notify.service.NotificationPreferences;

/**
 * My e-mail notifications: the address on record (the administrator keeps it; a missing or malformed one is said
 * plainly) and, per kind, the channel within what the administrator allows.
 */
@Route("me/notifications")
@PermitAll
@Menu(order = 60, title = "notify.nav.me", icon = "vaadin:envelope-o")
public class MyNotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationPreferences preferences;
    private final Translations translations;
    private final Map<NotificationKind, Select<Channel>> selects = new EnumMap<>(NotificationKind.class);

    public MyNotificationsView(NotificationPreferences preferences, Translations translations, MailSettings settings) {
        this.preferences = preferences;
        this.translations = translations;
        NotificationPreferences.MySettings mine = preferences.mine();
        add(new H2(getTranslation("notify.nav.me")));
        add(new Paragraph(getTranslation("notify.me.intro", settings.digestTime().toString())));

        TextField email = new TextField(getTranslation("notify.me.email"));
        email.setValue(mine.email() == null ? "" : mine.email());
        email.setReadOnly(true);
        email.setWidth("24em");
        email.getElement().setAttribute("data-testid", "notify-email");
        add(email);
        if (mine.email() == null || mine.email().isBlank()) {
            add(warning("notify.me.email-none"));
        } else if (!mine.emailValid()) {
            add(warning("notify.me.email-invalid"));
        }
        if (!mine.serverConfigured()) {
            add(new Paragraph(getTranslation("notify.me.no-server")));
        }

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (NotificationPreferences.KindSetting k : mine.kinds()) {
            Select<Channel> select = new Select<>();
            select.setLabel(getTranslation("notify.kind." + k.kind().name()));
            select.setItems(Channel.values());
            select.setItemEnabledProvider(k.allowed()::contains);
            select.setItemLabelGenerator(c -> getTranslation("notify.channel." + c.name()));
            select.setValue(k.channel());
            select.setReadOnly(k.allowed().size() < 2);
            select.getElement().setAttribute("data-testid", "notify-channel-" + k.kind().name());
            selects.put(k.kind(), select);
            form.add(select);
        }
        add(form, new Paragraph(getTranslation("notify.me.hint")));

        Button save = new Button(getTranslation("notify.me.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        save.getElement().setAttribute("data-testid", "notify-save");
        add(save);
    }

    private Paragraph warning(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.getStyle().set("color", "var(--lumo-error-text-color)");
        p.getElement().setAttribute("role", "alert");
        return p;
    }

    private void save() {
        Map<NotificationKind, Channel> choices = new EnumMap<>(NotificationKind.class);
        selects.forEach((kind, select) -> {
            if (!select.isReadOnly() && select.getValue() != null) {
                choices.put(kind, select.getValue());
            }
        });
        try {
            preferences.choose(choices);
            Notifications.success(getTranslation("notify.me.saved"));
        } catch (RuleViolation v) {
            Notifications.refused(v, translations);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.nav.me") + " · " + getTranslation("app.name");
    }
}
