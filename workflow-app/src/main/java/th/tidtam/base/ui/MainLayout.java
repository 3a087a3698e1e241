package th.tidtam.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import th.tidtam.base.i18n.Translations;

/**
 * The application shell. Navigation lists only the views the user's current positions allow (Vaadin filters menu
 * entries by each view's access annotations); menu titles are message-bundle keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, LanguagePreference languagePreference) {
        setPrimarySection(Section.DRAWER);
        Span appName = new Span(getTranslation("app.name"));
        appName.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)");
        addToDrawer(appName, navigation());

        Span user = new Span(authentication.getPrincipalName().orElse(""));
        authentication.getAuthenticatedUser(DisplayName.class)
                .ifPresent(u -> user.setText(u.displayName(Translations.isThai(UI.getCurrent().getLocale()))));
        user.getElement().setAttribute("data-testid", "current-user");
        user.getElement().setAttribute("data-username", authentication.getPrincipalName().orElse(""));
        Locale current = UI.getCurrent().getLocale();
        boolean thai = Translations.isThai(current);
        Button language = new Button(getTranslation("nav.switch-language"), e -> {
            Locale next = thai ? Translations.ENGLISH : Translations.THAI;
            languagePreference.store(next);
            VaadinSession.getCurrent().setLocale(next);
            UI.getCurrent().setLocale(next);
            UI.getCurrent().getPage().reload();
        });
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.getElement().setAttribute("data-testid", "switch-language");
        Button logout = new Button(getTranslation("nav.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.getElement().setAttribute("data-testid", "logout");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), new Span(), user, language, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(1));
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("data-testid", "navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            item.getElement().setAttribute("data-testid", "nav-" + entry.path().replace("/", ""));
            nav.addItem(item);
        }
        return nav;
    }
}
