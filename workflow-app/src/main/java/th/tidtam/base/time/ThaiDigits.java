package th.tidtam.base.time;

/** Thai digits (๐–๙) are encouraged in official documents: stored as Arabic digits, rendered on request. */
public final class ThaiDigits {

    private ThaiDigits() {
    }

    public static String toThai(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('๐' + (c - '0')) : c);
        }
        return sb.toString();
    }

    public static String toArabic(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            sb.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return sb.toString();
    }
}
