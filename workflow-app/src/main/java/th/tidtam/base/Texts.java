package th.tidtam.base;

/**
 * Checks on free text before it is stored. A lone UTF-16 surrogate (JSON allows one as an escape) has no UTF-8
 * form: the database driver would silently store "?" instead, so the text that comes back would not be the text that
 * was sent. Such text is refused rather than altered.
 */
public final class Texts {

    private Texts() {
    }

    /** Whether every surrogate in the text is half of a proper pair. */
    public static boolean wellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
