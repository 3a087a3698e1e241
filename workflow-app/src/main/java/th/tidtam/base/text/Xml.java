package th.tidtam.base.text;

/**
 * The one escaper for text written into XML or SVG that the application builds as a string (process diagrams,
 * charts). The result is safe both as element content and inside a double- or single-quoted attribute value.
 */
public final class Xml {

    private Xml() {
    }

    /**
     * Markup characters ({@code & < > " '}) become entities; characters XML 1.0 cannot carry at all are dropped:
     * control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A proper
     * surrogate pair (an emoji) stays whole. Null gives an empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        s.append(c).append(text.charAt(++i));
                    } else if (!Character.isSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                            && c != 0xFFFE && c != 0xFFFF) {
                        s.append(c);
                    }
                    // anything else is not representable in XML 1.0 and is dropped
                }
            }
        }
        return s.toString();
    }
}
