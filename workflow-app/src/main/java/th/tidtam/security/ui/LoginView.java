package th.tidtam.security.ui;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import th.tidtam.security.LoginRefused;
import th.tidtam.security.SecondFactorLogin;

/** Login with the user's own account; what they see afterwards follows from the positions they fill today. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n;
    private final SecondFactorLogin secondFactor;

    public LoginView(SecondFactorLogin secondFactor) {
        this.secondFactor = secondFactor;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        add(title, subtitle, login);
        // the page has no application shell: the view itself is the main landmark (WCAG, axe landmark-one-main)
        getElement().setAttribute("role", "main");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastLoginFailure() instanceof LoginRefused.SecondFactorRequired required) {
            // the right password of a person with a second factor: the login goes on at the second step
            HttpSession session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession();
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            secondFactor.begin(session, required);
            event.forwardTo(SecondFactorView.class);
            return;
        }
        if (failed) {
            explain(lastLoginFailure());
        }
        login.setError(failed);
    }

    /** A locked username or a blocked address is told apart from a wrong password, and for how long it lasts. */
    private void explain(Object failure) {
        if (failure instanceof LoginRefused.AccountLockedOut locked) {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", minutes(locked.lockedUntil())));
        } else if (failure instanceof LoginRefused.TooManyLoginAttempts blocked) {
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", minutes(blocked.blockedUntil())));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        }
        login.setI18n(i18n);
    }

    private static long minutes(java.time.Instant until) {
        return Math.max(1, (LoginRefused.secondsUntil(until) + 59) / 60);
    }

    /** Spring's failure handler keeps the reason of the last failed login in the session. */
    private static Object lastLoginFailure() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
