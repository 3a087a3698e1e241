package th.tidtam.security.ui;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.Notifications;
import th.tidtam.base.i18n.Translations;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.LoginAttempts;
import th.tidtam.security.ScopedLoginLocks;
import th.tidtam.security.SecondFactors;
import th.tidtam.security.LoginAttempts.Lock;

/**
 * The usernames locked after repeated wrong passwords, each with a button to unlock it early (the person called
 * the administrator). Reached from the people tab of the organisation administration; not in the menu.
 */
@Route("admin/login-locks")
@RolesAllowed({ "ADMIN", "PROVINCE_ADMIN" })
public class LoginLocksView extends VerticalLayout implements HasDynamicTitle {

    private final LoginAttempts attempts;
    private final ScopedLoginLocks locks;
    private final Clock clock;
    private final Grid<Lock> grid = new Grid<>();

    public LoginLocksView(LoginAttempts attempts, ScopedLoginLocks locks, Clock clock, SecondFactors factors,
            CurrentUser currentUser, Translations translations) {
        this.attempts = attempts;
        this.locks = locks;
        this.clock = clock;
        add(new H2(getTranslation("login-locks.title")));
        add(new Paragraph(getTranslation("login-locks.intro", attempts.properties().maxFailures(),
                attempts.properties().failureWindow().toMinutes(), attempts.properties().lockDuration().toMinutes())));
        grid.addColumn(Lock::username).setHeader(getTranslation("login.username")).setAutoWidth(true);
        grid.addColumn(l -> time(l.lockedAt())).setHeader(getTranslation("login-locks.locked-at")).setAutoWidth(true);
        grid.addColumn(l -> time(l.lockedUntil())).setHeader(getTranslation("login-locks.locked-until")).setAutoWidth(true);
        grid.addComponentColumn(this::unlockButton).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("login-locks.none"));
        grid.getElement().setAttribute("data-testid", "login-locks");
        add(grid);
        // resetting someone's second factor stays with the installation's administrator (who must have one themselves)
        if (currentUser.get().filter(SecondFactors::mayReset).isPresent()) {
            add(new SecondFactorReset(factors, currentUser, translations));
        }
        refresh();
    }

    private Button unlockButton(Lock lock) {
        Button unlock = new Button(getTranslation("login-locks.unlock"), e -> {
            locks.unlock(lock.username());
            Notifications.success(getTranslation("login-locks.unlocked", lock.username()));
            refresh();
        });
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
        unlock.getElement().setAttribute("data-testid", "unlock-" + lock.username());
        return unlock;
    }

    private void refresh() {
        grid.setItems(locks.currentLocks());
    }

    private String time(java.time.Instant instant) {
        return ThaiDates.formatDateTime(LocalDateTime.ofInstant(instant, clock.getZone()), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login-locks.title") + " · " + getTranslation("app.name");
    }
}
