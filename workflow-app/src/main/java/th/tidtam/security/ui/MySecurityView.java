package th.tidtam.security.ui;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.ui.PersonalView;
import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.Notifications;
import th.tidtam.security.ApiTokens;
import th.tidtam.security.ApiTokens.TokenView;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.SecondFactors;
import th.tidtam.security.TidtamUser;

/**
 * My login security: the second factor (set up, new recovery codes, remove — administrators cannot, it is required)
 * and my API tokens for scripts (make one, shown once; see when each was last used; revoke).
 */
@Route("me/security")
@PermitAll
@PersonalView
@Menu(order = 62, title = "twofactor.nav", icon = "vaadin:key")
public class MySecurityView extends VerticalLayout implements HasDynamicTitle {

    private final SecondFactors factors;
    private final ApiTokens tokens;
    private final Translations translations;
    private final TidtamUser me;

    private final Paragraph factorStatus = new Paragraph();
    private final Div factorPanel = new Div();
    private final Button enrol = new Button();
    private final Button renew = new Button();
    private final Button remove = new Button();
    private final Div issued = new Div();
    private final Grid<TokenView> grid = new Grid<>();

    public MySecurityView(SecondFactors factors, ApiTokens tokens, CurrentUser currentUser, Translations translations) {
        this.factors = factors;
        this.tokens = tokens;
        this.translations = translations;
        this.me = currentUser.require();
        setMaxWidth("60rem");
        add(new H2(getTranslation("twofactor.ui.title")));
        add(new H3(getTranslation("twofactor.ui.factor")), new Paragraph(getTranslation(
                SecondFactors.requiredFor(me) ? "twofactor.ui.intro.required" : "twofactor.ui.intro.optional")));
        factorStatus.setId("factor-status");
        enrol.setId("factor-enrol");
        enrol.addClickListener(e -> startEnrolment());
        renew.setId("factor-renew");
        renew.setText(getTranslation("twofactor.ui.renew"));
        renew.addClickListener(e -> confirm("twofactor.ui.renew", () -> attempt(() -> showCodes(
                factors.renewRecoveryCodes(me.personId(), me.username())), "twofactor.ui.renewed")));
        remove.setId("factor-remove");
        remove.setText(getTranslation("twofactor.ui.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(e -> confirm("twofactor.ui.remove", () -> attempt(() -> factors.removeOwn(me),
                "twofactor.ui.removed")));
        add(factorStatus, new HorizontalLayout(enrol, renew, remove), factorPanel);
        add(tokenSection());
        refresh();
    }

    private Div tokenSection() {
        TextField name = new TextField(getTranslation("apitoken.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        name.setWidth("20rem");
        Button create = new Button(getTranslation("apitoken.ui.create"), e -> attempt(() -> {
            showToken(tokens.create(me.personId(), me.username(), name.getValue()));
            name.clear();
        }, "apitoken.ui.created"));
        // a double click makes one token, not two
        create.setDisableOnClick(true);
        create.addClickListener(e -> create.setEnabled(true));
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        grid.addColumn(TokenView::name).setHeader(getTranslation("apitoken.name")).setAutoWidth(true);
        grid.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("apitoken.ui.created-at")).setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("apitoken.ui.never-used") : when(t.lastUsedAt()))
                .setHeader(getTranslation("apitoken.ui.last-used")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("apitoken.ui.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("apitoken.ui.none"));
        grid.getElement().setAttribute("data-testid", "api-tokens");
        grid.getElement().setAttribute("aria-label", getTranslation("apitoken.ui.section"));
        issued.setWidthFull();
        return new Div(new H3(getTranslation("apitoken.ui.section")), new Paragraph(getTranslation("apitoken.ui.intro")),
                form, issued, grid);
    }

    private Button revokeButton(TokenView token) {
        Button revoke = new Button(getTranslation("apitoken.ui.revoke"), e -> confirm("apitoken.ui.revoke",
                () -> attempt(() -> {
                    tokens.revoke(me.personId(), me.username(), token.id());
                    issued.removeAll();
                }, "apitoken.ui.revoked")));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.getElement().setAttribute("data-testid", "revoke-token-" + token.name());
        revoke.getElement().setAttribute("aria-label", getTranslation("apitoken.ui.revoke-named", token.name()));
        return revoke;
    }

    private void startEnrolment() {
        factorPanel.removeAll();
        SecondFactors.Enrolment enrolment = factors.begin();
        TextField code = new TextField(getTranslation("twofactor.enrol.code"));
        code.setId("factor-enrol-code");
        code.setMaxLength(10);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button(getTranslation("twofactor.enrol.confirm"), e -> attempt(() -> showCodes(
                factors.confirm(me.personId(), me.username(), enrolment, code.getValue())), "twofactor.ui.enrolled"));
        confirm.setId("factor-enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(code, confirm);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        factorPanel.add(new EnrolmentPanel(enrolment, me.username()), row);
    }

    private void showCodes(java.util.List<String> codes) {
        factorPanel.removeAll();
        factorPanel.add(new H3(getTranslation("twofactor.recovery.title")), new RecoveryCodesPanel(codes));
    }

    private void showToken(ApiTokens.IssuedToken token) {
        issued.removeAll();
        TextField value = new TextField(getTranslation("apitoken.ui.value", token.name()));
        value.setId("token-value");
        value.setValue(token.token());
        value.setReadOnly(true);
        value.setWidthFull();
        value.setHelperText(getTranslation("apitoken.ui.value-warning", me.username()));
        issued.add(value);
    }

    private void refresh() {
        SecondFactors.Status s = factors.status(me.personId());
        factorStatus.setText(s.enrolled()
                ? getTranslation("twofactor.ui.status.on", when(s.enrolledAt()), s.recoveryCodesLeft())
                : getTranslation(SecondFactors.requiredFor(me) ? "twofactor.ui.status.off-required" : "twofactor.ui.status.off"));
        enrol.setText(getTranslation(s.enrolled() ? "twofactor.ui.enrol-again" : "twofactor.ui.enrol"));
        renew.setVisible(s.enrolled());
        remove.setVisible(s.enrolled() && !SecondFactors.requiredFor(me));
        grid.setItems(tokens.active(me.personId()));
    }

    /** Done and said so, or refused with the reason; the page shows the state either way. */
    private void attempt(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
        } finally {
            refresh();
        }
    }

    private void confirm(String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(action + ".confirm-title"));
        dialog.setText(getTranslation(action + ".confirm-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("twofactor.ui.cancel"));
        Button ok = new Button(getTranslation(action), e -> {
            dialog.close();
            onConfirm.run();
        });
        ok.setId("security-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(ok);
        dialog.open();
    }

    private String when(Instant at) {
        return ThaiDates.formatDateTime(LocalDateTime.ofInstant(at, ApplicationZone.ID), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twofactor.ui.title") + " · " + getTranslation("app.name");
    }
}
