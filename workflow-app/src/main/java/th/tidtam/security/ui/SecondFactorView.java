package th.tidtam.security.ui;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import th.tidtam.base.RuleViolation;
import th.tidtam.security.LoginRefused;
import th.tidtam.security.SecondFactorLogin;
import th.tidtam.security.SecondFactorLogin.Pending;
import th.tidtam.security.SecondFactors;
import th.tidtam.security.SecondFactors.Verification;

/**
 * The login's second step: the code of the authenticator app or a recovery code. An administrator without a second
 * factor enrols here first (QR code, the secret as text, a code to confirm, the recovery codes shown once) and can go
 * nowhere else until done: until then the session is not authenticated at all.
 */
@Route(value = "login/second-factor", autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorLogin login;
    private final SecondFactors factors;
    private final Div body = new Div();
    private final Paragraph error = new Paragraph();
    private Pending pending;

    public SecondFactorView(SecondFactorLogin login, SecondFactors factors) {
        this.login = login;
        this.factors = factors;
        setAlignItems(FlexComponent.Alignment.CENTER);
        getElement().setAttribute("role", "main");
        error.setId("second-factor-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        body.setMaxWidth("32rem");
        add(new H1(getTranslation("app.name")), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        pending = login.pending(session()).orElse(null);
        if (pending == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        body.removeAll();
        if (pending.enrol()) {
            enrol();
        } else {
            askCode();
        }
    }

    private void askCode() {
        TextField code = codeField("second-factor-code", "twofactor.login.code");
        Button verify = new Button(getTranslation("twofactor.login.submit"));
        verify.addClickListener(e -> {
            verify(code.getValue());
            verify.setEnabled(true);
        });
        // a double click must not send the same code twice: the second would be refused as replayed and counted
        verify.setDisableOnClick(true);
        verify.setId("second-factor-submit");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        body.add(new H2(getTranslation("twofactor.login.title")), new Paragraph(getTranslation("twofactor.login.intro")),
                error, code, verify, new Paragraph(getTranslation("twofactor.login.recovery-help")), cancel());
        code.focus();
    }

    private void verify(String code) {
        if (pending == null) {
            return; // the login was completed by the first of two quick submits
        }
        Verification result = factors.verify(pending.username(), pending.personId(), code, address());
        if (result.outcome().accepted()) {
            finish();
            return;
        }
        String key = "twofactor.error." + result.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        showError(result.until() == null ? getTranslation(key)
                : getTranslation(key, Math.max(1, (LoginRefused.secondsUntil(result.until()) + 59) / 60)));
    }

    private void enrol() {
        SecondFactors.Enrolment enrolment = factors.begin();
        TextField code = codeField("second-factor-enrol-code", "twofactor.enrol.code");
        Button confirm = new Button(getTranslation("twofactor.enrol.confirm"));
        confirm.setId("second-factor-enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            confirm.setEnabled(true);
            if (factors.enrolled(pending.personId())) {
                // enrolled meanwhile (another tab, another browser): a password alone never replaces a factor
                login.abandon(session());
                UI.getCurrent().navigate(LoginView.class);
                return;
            }
            try {
                showRecoveryCodes(factors.confirm(pending.personId(), pending.username(), enrolment, code.getValue()));
            } catch (RuleViolation refused) {
                showError(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        body.add(new H2(getTranslation("twofactor.enrol.required.title")),
                new Paragraph(getTranslation("twofactor.enrol.required.intro")),
                new EnrolmentPanel(enrolment, pending.username()), error, code, confirm, cancel());
    }

    private void showRecoveryCodes(List<String> codes) {
        body.removeAll();
        Button next = new Button(getTranslation("twofactor.enrol.continue"), e -> finish());
        next.setDisableOnClick(true);
        next.setId("second-factor-continue");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(new H2(getTranslation("twofactor.recovery.title")), new RecoveryCodesPanel(codes), next);
    }

    private void finish() {
        if (pending == null) {
            return;
        }
        Pending done = pending;
        pending = null;
        String target = login.complete(done, VaadinServletRequest.getCurrent().getHttpServletRequest(),
                VaadinServletResponse.getCurrent().getHttpServletResponse());
        UI.getCurrent().getPage().setLocation(target);
    }

    private Button cancel() {
        Button back = new Button(getTranslation("twofactor.login.cancel"), e -> {
            login.abandon(session());
            UI.getCurrent().navigate(LoginView.class);
        });
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("second-factor-cancel");
        return back;
    }

    private TextField codeField(String id, String labelKey) {
        TextField code = new TextField(getTranslation(labelKey));
        code.setId(id);
        code.setMaxLength(20);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "text");
        return code;
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    private static HttpSession session() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
    }

    private static String address() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest().getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twofactor.login.title") + " · " + getTranslation("app.name");
    }
}
