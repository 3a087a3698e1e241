package th.tidtam.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.SecondFactors;

/**
 * On the login-locks screen: an administrator removes another person's second factor and recovery codes (a lost
 * phone). Never their own; the audit trail names both.
 */
class SecondFactorReset extends Div {

    SecondFactorReset(SecondFactors factors, CurrentUser currentUser, Translations translations) {
        TextField username = new TextField(getTranslation("login.username"));
        username.setId("reset-username");
        username.setMaxLength(190);
        Button reset = new Button(getTranslation("twofactor.reset.button"));
        reset.setId("reset-second-factor");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reset.addClickListener(e -> {
            String who = username.getValue().trim();
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("twofactor.reset.confirm-title"));
            dialog.setText(getTranslation("twofactor.reset.confirm-text", who));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("twofactor.ui.cancel"));
            dialog.setConfirmText(getTranslation("twofactor.reset.button"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(c -> {
                try {
                    factors.reset(currentUser.require(), who);
                    Notifications.success(getTranslation("twofactor.reset.done", who));
                    username.clear();
                } catch (RuleViolation refused) {
                    Notifications.refused(refused, translations);
                }
            });
            dialog.open();
        });
        HorizontalLayout row = new HorizontalLayout(username, reset);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("twofactor.reset.title")), new Paragraph(getTranslation("twofactor.reset.intro")), row);
    }
}
