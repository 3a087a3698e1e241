package th.tidtam.security;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.LanguagePreference;
import th.tidtam.org.service.OrgAdministration;

/** Thai by default; a logged-in user's screens open in the language they chose last. */
@Component
class LocaleInitializer implements VaadinServiceInitListener, LanguagePreference {

    private final CurrentUser currentUser;
    private final OrgAdministration administration;

    LocaleInitializer(CurrentUser currentUser, OrgAdministration administration) {
        this.currentUser = currentUser;
        this.administration = administration;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            VaadinSession session = ui.getUI().getSession();
            Locale chosen = (Locale) session.getAttribute(SESSION_LOCALE);
            if (chosen == null) {
                chosen = currentUser.get().map(u -> Locale.forLanguageTag(u.preferredLocale())).orElse(Translations.THAI);
            }
            Locale shown = Translations.supported(chosen);
            ui.getUI().setLocale(shown);
            // the page's language for screen readers and hyphenation (WCAG 3.1.1): Vaadin writes the browser's language
            // into <html lang>, which differs from the screens' when a person chose the other one
            ui.getUI().getPage().executeJs("document.documentElement.lang = $0", shown.getLanguage());
        });
    }

    private static final String SESSION_LOCALE = "tidtam.locale";

    @Override
    public void store(Locale locale) {
        Locale supported = Translations.supported(locale);
        VaadinSession.getCurrent().setAttribute(SESSION_LOCALE, supported);
        currentUser.get().ifPresent(u -> administration.setPreferredLocale(u.personId(), supported.getLanguage()));
    }
}
