package th.tidtam.notify.ui;

import java.util.EnumSet;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.notify.Channel;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.domain.Policy;
import th.tidtam.notify.service.NotificationPreferences;

/** The administrator's notification policy: per kind, the channels people may choose and the default. */
class PolicyEditor extends VerticalLayout {

    private final NotificationPreferences preferences;
    private final Translations translations;

    PolicyEditor(NotificationPreferences preferences, Translations translations) {
        this.preferences = preferences;
        this.translations = translations;
        setPadding(false);
        add(new Paragraph(getTranslation("notify.outbox.policy.intro")));
        Map<NotificationKind, Policy> policies = preferences.policies();
        for (NotificationKind kind : NotificationKind.values()) {
            add(row(policies.get(kind)));
        }
    }

    private VerticalLayout row(Policy policy) {
        NotificationKind kind = policy.kind();
        CheckboxGroup<Channel> allowed = new CheckboxGroup<>(getTranslation("notify.outbox.policy.allowed"));
        allowed.setItems(Channel.values());
        allowed.setItemLabelGenerator(c -> getTranslation("notify.channel." + c.name()));
        allowed.setValue(policy.allowed());
        allowed.getElement().setAttribute("data-testid", "policy-allowed-" + kind.name());
        Select<Channel> fallback = new Select<>();
        fallback.setLabel(getTranslation("notify.outbox.policy.default"));
        fallback.setItems(Channel.values());
        fallback.setItemLabelGenerator(c -> getTranslation("notify.channel." + c.name()));
        fallback.setValue(policy.defaultChannel());
        Button save = new Button(getTranslation("notify.outbox.policy.save"));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        save.getElement().setAttribute("aria-label", getTranslation("notify.outbox.policy.save") + " "
                + getTranslation("notify.kind." + kind.name()));
        save.addClickListener(e -> {
            try {
                preferences.setPolicy(kind, allowed.getValue().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(allowed.getValue()),
                        fallback.getValue());
                Notifications.success(getTranslation("notify.outbox.policy.saved"));
            } catch (RuleViolation v) {
                Notifications.refused(v, translations);
            }
        });
        HorizontalLayout fields = new HorizontalLayout(allowed, fallback, save);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        VerticalLayout row = new VerticalLayout(new H3(getTranslation("notify.kind." + kind.name())), fields);
        row.setPadding(false);
        row.setSpacing(false);
        return row;
    }
}
