package th.tidtam.base.ui;

import java.util.Locale;

/** Remembers the user's language across sessions; implemented where the user's record lives. */
public interface LanguagePreference {

    void store(Locale locale);
}
