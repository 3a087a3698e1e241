package th.tidtam.base;

import th.tidtam.base.text.FreeText;

/**
 * Checks on free text before it is stored.
 *
 * @deprecated the whole rule (length, control characters, lone surrogates, stripping, NFC) is {@link FreeText};
 *             this stays only until its last caller moves there.
 */
@Deprecated
public final class Texts {

    private Texts() {
    }

    /** Whether every surrogate in the text is half of a proper pair: {@link FreeText#wellFormed}. */
    public static boolean wellFormed(CharSequence text) {
        return FreeText.wellFormed(text);
    }
}
