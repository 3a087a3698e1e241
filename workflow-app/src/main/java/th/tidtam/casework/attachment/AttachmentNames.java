package th.tidtam.casework.attachment;

import th.tidtam.base.text.FreeText;

/**
 * Cleans the name a browser or script sends for a file. It is only ever shown as text and never used as a path,
 * but it is still cut to its last path segment so that "../../etc/passwd" or "C:\\fakepath\\x.pdf" reads as what
 * the user meant, and stripped of what one line of free text may not hold ({@link FreeText#allowedInOneLine}: control
 * characters, line breaks, lone surrogates) and of direction-override characters, which could make
 * "invoice" + U+202E + "fdp.exe" display as "invoiceexe.pdf". Thai and emoji stay as they are (in NFC, like all text).
 * Unlike other free text, a bad name is cleaned rather than refused: browsers send what the user's disk holds.
 */
final class AttachmentNames {

    static final int MAX_LENGTH = 255;

    private AttachmentNames() {
    }

    /** The cleaned name, or an empty string when nothing usable is left. */
    static String sanitise(String raw) {
        if (raw == null) {
            return "";
        }
        String name = FreeText.clean(raw);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder clean = new StringBuilder(name.length());
        // a lone surrogate has no UTF-8 form (it would be stored as "?"), so it goes like a control character
        name.codePoints().filter(c -> FreeText.allowedInOneLine(c) && !isDirectionControl(c) && c != 0xFEFF)
                .forEach(clean::appendCodePoint);
        name = clean.toString().strip();
        // a leading dot would hide the file on the user's disk after download; ".." alone is no name at all
        name = name.replaceFirst("^\\.+", "").strip();
        return truncate(name);
    }

    private static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    /** At most 255 characters (the column's length), keeping the extension and never splitting an emoji. */
    private static String truncate(String name) {
        if (FreeText.length(name) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String base = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - FreeText.length(extension);
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
