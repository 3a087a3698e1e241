package th.tidtam.base.ui;

import static th.tidtam.base.text.Xml.escape;

import java.util.List;
import java.util.Locale;

/**
 * Small charts drawn on the server as SVG text: no paid chart component and no npm build is available. Every text
 * is escaped ({@link th.tidtam.base.text.Xml}); the drawing scales through its {@code viewBox}; a bar may link
 * somewhere (a drill-down) and carries a {@code <title>} so that hovering shows its exact figure. A chart with links is
 * a labelled group, not an image: an image's content is presentational, so links inside it would be hidden from screen
 * readers (axe: nested-interactive); each link is named by its figure.
 */
public final class SvgCharts {

    /** One bar: a label, its value, the text written beside it, and where a click leads (or null). */
    public record Bar(String label, double value, String valueText, String href) {
    }

    /** One series of a column chart, one value per category; {@code hrefs} may be null or hold nulls. */
    public record Series(String name, String color, List<Long> values, List<String> hrefs) {
    }

    public static final String BLUE = "#1676f3";
    public static final String GREEN = "#2e9b4f";
    public static final String RED = "#d93a3a";
    public static final String ORANGE = "#e08a00";

    private static final String FONT = "font-family=\"'Sarabun','Noto Sans Thai','Loma','Garuda',sans-serif\"";

    private SvgCharts() {
    }

    /** Horizontal bars, one per row, scaled to {@code max} (or to the largest value when max &lt;= 0). */
    public static String horizontalBars(List<Bar> bars, double max, String color, String ariaLabel) {
        int labelWidth = 260;
        int barArea = 380;
        int row = 28;
        int height = Math.max(row, bars.size() * row) + 8;
        double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(0);
        StringBuilder svg = open(labelWidth + barArea + 80, height, ariaLabel, bars.stream().anyMatch(b -> b.href() != null));
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * row;
            double w = top <= 0 ? 0 : Math.max(b.value() > 0 ? 2 : 0, barArea * b.value() / top);
            svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 18)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#333\">").append(escape(shorten(b.label(), 40)))
                    .append("<title>").append(escape(b.label())).append("</title></text>");
            String rect = "<rect x=\"" + labelWidth + "\" y=\"" + (y + 4) + "\" width=\"" + fmt(w) + "\" height=\"18\" fill=\""
                    + color + "\" rx=\"2\"><title>" + escape(b.label() + ": " + b.valueText()) + "</title></rect>"
                    + "<text x=\"" + fmt(labelWidth + w + 6) + "\" y=\"" + (y + 18) + "\" font-size=\"13\" fill=\"#333\">"
                    + escape(b.valueText()) + "</text>";
            svg.append(link(b.href(), b.label() + ": " + b.valueText(), rect));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Columns per category: the first series as bars, the others as lines with points (e.g. issued as bars, closed as
     * a line), with a legend.
     */
    public static String columnsAndLines(List<String> categories, List<Series> series, String ariaLabel) {
        int left = 40;
        int plotHeight = 200;
        int top = 30;
        int step = Math.max(36, Math.min(70, 720 / Math.max(1, categories.size())));
        int width = left + step * categories.size() + 20;
        long max = series.stream().flatMap(s -> s.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        long scale = niceCeiling(max);
        StringBuilder svg = open(width, top + plotHeight + 50, ariaLabel, series.stream()
                .anyMatch(ser -> ser.hrefs() != null && ser.hrefs().stream().anyMatch(java.util.Objects::nonNull)));
        for (int g = 0; g <= 4; g++) {
            double y = top + plotHeight - plotHeight * g / 4.0;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#e3e3e3\"/>")
                    .append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#666\">").append(scale * g / 4).append("</text>");
        }
        for (int c = 0; c < categories.size(); c++) {
            double x = left + step * c + step / 2.0;
            svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(top + plotHeight + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">").append(escape(categories.get(c)))
                    .append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            Series ser = series.get(s);
            StringBuilder points = new StringBuilder();
            for (int c = 0; c < categories.size(); c++) {
                long v = c < ser.values().size() ? ser.values().get(c) : 0;
                double h = scale == 0 ? 0 : plotHeight * (double) v / scale;
                double x = left + step * c + step / 2.0;
                double y = top + plotHeight - h;
                String href = ser.hrefs() == null || c >= ser.hrefs().size() ? null : ser.hrefs().get(c);
                String name = categories.get(c) + " · " + ser.name() + ": " + v;
                String tip = "<title>" + escape(name) + "</title>";
                if (s == 0) {
                    double w = step * 0.5;
                    svg.append(link(href, name, "<rect x=\"" + fmt(x - w / 2) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(w)
                            + "\" height=\"" + fmt(Math.max(h, 0)) + "\" fill=\"" + ser.color() + "\">" + tip + "</rect>"));
                } else {
                    points.append(points.isEmpty() ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
                    svg.append(link(href, name, "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"5\" fill=\"" + ser.color()
                            + "\">" + tip + "</circle>"));
                }
            }
            if (s > 0 && !points.isEmpty()) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(ser.color()).append("\" stroke-width=\"2\" points=\"")
                        .append(points).append("\"/>");
            }
            int lx = left + s * 160;
            svg.append(s == 0 ? "<rect x=\"" + lx + "\" y=\"6\" width=\"14\" height=\"14\" fill=\"" + ser.color() + "\"/>"
                    : "<circle cx=\"" + (lx + 7) + "\" cy=\"13\" r=\"6\" fill=\"" + ser.color() + "\"/>")
                    .append("<text x=\"").append(lx + 20).append("\" y=\"18\" font-size=\"13\" fill=\"#333\">")
                    .append(escape(ser.name())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String ariaLabel, boolean withLinks) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
                .append("px;height:auto\" role=\"").append(withLinks ? "group" : "img").append("\" aria-label=\"")
                .append(escape(ariaLabel)).append("\" ").append(FONT).append('>');
    }

    private static String link(String href, String name, String content) {
        return href == null ? content : "<a href=\"" + escape(href) + "\" aria-label=\"" + escape(name) + "\">" + content + "</a>";
    }

    private static String shorten(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static long niceCeiling(long max) {
        if (max <= 4) {
            return 4;
        }
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(max)));
        for (long m : new long[] { 1, 2, 5, 10 }) {
            if (m * magnitude >= max && (m * magnitude) % 4 == 0) {
                return m * magnitude;
            }
        }
        return ((max + 3) / 4) * 4;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
