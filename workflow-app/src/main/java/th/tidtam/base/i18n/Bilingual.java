package th.tidtam.base.i18n;

/**
 * A message argument that has its own Thai and English wording (a position's title from the database): the
 * translations pick the side of the message's language, so one refusal reads right on the screens and in both
 * fields of an API problem.
 */
public record Bilingual(String th, String en) {

    public String in(java.util.Locale locale) {
        return Translations.isThai(locale) || en == null || en.isBlank() ? th : en;
    }

    @Override
    public String toString() {
        return th;
    }
}
