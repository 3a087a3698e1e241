package th.tidtam.process;

import static th.tidtam.base.text.Xml.escape;
import static th.tidtam.process.DiagramCanvas.INK;
import static th.tidtam.process.DiagramCanvas.n;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names and annotations as SVG text. SVG does not wrap text itself, so lines are broken here, on an estimate of the
 * width the browser will give them.
 */
final class DiagramText {

    private static final Locale THAI = Locale.forLanguageTag("th");

    private final StringBuilder out;

    DiagramText(DiagramCanvas canvas) {
        this.out = canvas.out;
    }

    /** The name wrapped and centred inside a box, smaller when it does not fit, cut with an ellipsis as a last resort. */
    void fitInside(String text, double x, double y, double width, double height) {
        if (text.isBlank() || width <= 4) {
            return;
        }
        for (int size : new int[] {12, 11, 10}) {
            double lineHeight = size * 1.3;
            List<String> lines = wrap(text, width, size);
            int fits = Math.max(1, (int) Math.floor(height / lineHeight));
            if (lines.size() <= fits || size == 10) {
                if (lines.size() > fits) {
                    lines = new ArrayList<>(lines.subList(0, fits));
                    lines.set(fits - 1, lines.get(fits - 1) + "…");
                }
                double top = y + (height - lines.size() * lineHeight) / 2;
                writeLines(lines, x + width / 2, top, size, "middle");
                return;
            }
        }
    }

    /** Lines of text from a top edge; returns how many lines were written. */
    int textBlock(String text, double x, double top, double width, int size, String anchor, int maxLines) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        List<String> lines = wrap(text, width, size);
        if (maxLines > 0 && lines.size() > maxLines) {
            lines = new ArrayList<>(lines.subList(0, maxLines));
            lines.set(maxLines - 1, lines.get(maxLines - 1) + "…");
        }
        writeLines(lines, x, top, size, anchor);
        return lines.size();
    }

    private void writeLines(List<String> lines, double x, double top, int size, String anchor) {
        double lineHeight = size * 1.3;
        for (int i = 0; i < lines.size(); i++) {
            double baseline = top + size + i * lineHeight - 1;
            out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(baseline)).append("\" font-size=\"").append(size)
                    .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(INK).append("\">")
                    .append(escape(lines.get(i))).append("</text>");
        }
    }

    /**
     * Greedy line filling at the line-break opportunities of Thai (the JDK's dictionary finds word boundaries in text
     * without spaces); a word longer than a line is cut between grapheme clusters, never between a consonant and its
     * vowel or tone mark.
     */
    static List<String> wrap(String text, double width, int fontSize) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R")) {
            BreakIterator words = BreakIterator.getLineInstance(THAI);
            words.setText(paragraph);
            StringBuilder line = new StringBuilder();
            int start = words.first();
            for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
                String word = paragraph.substring(start, end);
                if (textWidth(line + word.stripTrailing(), fontSize) <= width) {
                    line.append(word);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
                if (textWidth(word.stripTrailing(), fontSize) <= width) {
                    line.append(word);
                } else {
                    BreakIterator graphemes = BreakIterator.getCharacterInstance(THAI);
                    graphemes.setText(word);
                    int gs = graphemes.first();
                    for (int ge = graphemes.next(); ge != BreakIterator.DONE; gs = ge, ge = graphemes.next()) {
                        String g = word.substring(gs, ge);
                        if (!line.isEmpty() && textWidth(line + g, fontSize) > width) {
                            lines.add(line.toString().strip());
                            line.setLength(0);
                        }
                        line.append(g);
                    }
                }
            }
            if (!line.toString().isBlank()) {
                lines.add(line.toString().strip());
            }
        }
        return lines;
    }

    /** An estimate of the rendered width: Thai vowel and tone marks above and below take no room of their own. */
    static double textWidth(String text, int fontSize) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            if (cp == ' ') {
                em += 0.3;
            } else if (cp >= 0x0E00 && cp <= 0x0E7F) {
                em += 0.6;
            } else if (Character.isUpperCase(cp)) {
                em += 0.68;
            } else if (cp < 0x0370) {
                em += 0.55;
            } else {
                em += 1.0;
            }
        }
        return em * fontSize;
    }
}
