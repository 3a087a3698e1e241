package th.tidtam.base.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.time.ThaiDates;

/**
 * All user-facing text comes from {@code vaadin-i18n/translations*.properties}: Thai first (the default bundle),
 * English second. The same bundles serve the screens and the API's error messages.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale THAI = Locale.forLanguageTag("th");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(THAI, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            // arguments that are themselves keys (field names) are translated too; dates are written in the BE
            if (params[i] instanceof String s && bundle.containsKey(s)) {
                resolved[i] = bundle.getString(s);
            } else if (params[i] instanceof Bilingual both) {
                resolved[i] = both.in(effective);
            } else if (params[i] instanceof LocalDate date) {
                resolved[i] = ThaiDates.formatLong(date, effective);
            } else {
                resolved[i] = params[i];
            }
        }
        return new MessageFormat(pattern, effective).format(resolved);
    }

    public String message(RuleViolation violation, Locale locale) {
        return getTranslation(violation.messageKey(), locale, violation.arguments());
    }

    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : THAI;
    }

    public static boolean isThai(Locale locale) {
        return supported(locale) == THAI;
    }
}
