package th.tidtam.base.ui;

import static th.tidtam.base.text.Xml.escape;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import th.tidtam.base.i18n.Translations;

/**
 * The application shell. Navigation lists only the views the user's current positions allow (Vaadin filters menu
 * entries by each view's access annotations); menu titles are message-bundle keys. For screen readers (WCAG, checked
 * by axe in AccessibilityBrowserTest) the shell gives every screen its landmarks: the application's name is the
 * banner and the page's one {@code h1} (above the views' own {@code h2} titles), the navbar a named region, the
 * drawer's menu a named navigation, the view the main content.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements com.vaadin.flow.router.BeforeEnterObserver {

    /** The role of the Ministry's desk (security's {@code Roles.MINISTRY}; the base module knows no module above it). */
    static final String MINISTRY = "MINISTRY";
    /** The desk's own screen, the national roll-up (module rollup's route). */
    static final String DESK_HOME = "rollup";

    private final boolean deskOnly;

    public MainLayout(AuthenticationContext authentication, LanguagePreference languagePreference) {
        deskOnly = deskOnly(authentication);
        setPrimarySection(Section.DRAWER);
        H1 appName = new H1(getTranslation("app.name"));
        appName.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
                .set("padding", "var(--lumo-space-m)").set("margin", "0").set("line-height", "var(--lumo-line-height-s)");
        // the application's name is the banner; the navbar beside it (who is logged in, language, log out) a named region
        Div banner = new Div(appName);
        banner.getElement().setAttribute("role", "banner");
        addToDrawer(banner, navigation(deskOnly));

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

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("a11y.toggle-menu"));
        HorizontalLayout header = new HorizontalLayout(toggle, new Span(), user, language, logout);
        header.getElement().setAttribute("role", "region");
        header.getElement().setAttribute("aria-label", getTranslation("a11y.account"));
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(1));
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
    }

    /**
     * The Ministry's desk (issue 18) reads every province's figures and does no casework: the screens open to every
     * signed-in person (directives, My work, meetings …) are a province's, not theirs. Its menu lists only what names
     * its role, and the screens about the person themselves ({@link PersonalView}).
     */
    private static boolean deskOnly(AuthenticationContext authentication) {
        return authentication.hasRole(MINISTRY) && !authentication.hasRole("ADMIN");
    }

    private static boolean forTheDesk(Class<?> view) {
        if (view == null) {
            return false;
        }
        if (view.isAnnotationPresent(PersonalView.class)) {
            return true;
        }
        RolesAllowed roles = view.getAnnotation(RolesAllowed.class);
        return roles != null && java.util.Arrays.asList(roles.value()).contains(MINISTRY);
    }

    /**
     * The desk's menu hides the province's screens; typing their address does not open them either: the home page
     * leads to the roll-up, any other of them is "not found", as a record of another province is.
     */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        if (!deskOnly || forTheDesk(event.getNavigationTarget())) {
            return;
        }
        if (event.getLocation().getPath().isEmpty()) {
            event.forwardTo(DESK_HOME);
        } else {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    /** The view shown is the page's main landmark (a role rather than a wrapper, so that no view's layout changes). */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
        super.showRouterLayoutContent(content);
    }

    /**
     * The drawer's menu: one {@code vaadin-side-nav} whose entries are markup written here (its {@code innerHTML}),
     * not a SideNavItem and an Icon component each: those were ~35 state nodes held by every open session for a menu
     * that never changes while the page is open. The browser renders the same items (each highlights itself on its
     * path, Tab and Enter follow it), as SideNavItem would write them: the path without its leading slash, encoded.
     */
    private SideNav navigation(boolean deskOnly) {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("data-testid", "navigation");
        nav.getElement().setAttribute("aria-label", getTranslation("a11y.main-menu"));
        StringBuilder items = new StringBuilder(2048);
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (deskOnly && !forTheDesk(entry.menuClass())) {
                continue;
            }
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            items.append("<vaadin-side-nav-item path=\"").append(escape(UrlUtil.encodeURI(path)))
                    .append("\" data-testid=\"nav-").append(escape(entry.path().replace("/", ""))).append("\">");
            if (entry.icon() != null) {
                items.append("<vaadin-icon icon=\"").append(escape(entry.icon())).append("\" slot=\"prefix\"></vaadin-icon>");
            }
            items.append(escape(getTranslation(entry.title()))).append("</vaadin-side-nav-item>");
        }
        // the same menu (same entries, same language) is one string for every session that shows it, not a copy each
        nav.getElement().setProperty("innerHTML", items.toString().intern());
        return nav;
    }
}
