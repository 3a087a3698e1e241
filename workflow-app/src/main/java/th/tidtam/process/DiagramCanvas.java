package th.tidtam.process;

import static th.tidtam.base.text.Xml.escape;

import java.util.Locale;

import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/**
 * The SVG being written and the extent of what has been drawn, which becomes its view box. Badges are collected apart
 * and written after every shape, so that none is covered by a shape drawn later.
 */
final class DiagramCanvas {

    static final String INK = "#1f2a37";
    private static final String FONT = "'Sarabun','Noto Sans Thai','Loma','Tahoma',sans-serif";

    final StringBuilder out = new StringBuilder(16_384);
    final StringBuilder badges = new StringBuilder();
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    void include(Bounds b) {
        include(b.getX(), b.getY());
        include(b.getX() + b.getWidth(), b.getY() + b.getHeight());
    }

    void include(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    String document(String processName) {
        double margin = 16;
        double x = minX - margin;
        double y = minY - margin;
        double w = maxX - minX + 2 * margin;
        double h = maxY - minY + 2 * margin;
        StringBuilder svg = new StringBuilder(out.length() + badges.length() + 1024);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" role=\"img\" viewBox=\"")
                .append(n(x)).append(' ').append(n(y)).append(' ').append(n(w)).append(' ').append(n(h))
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" style=\"max-width:").append(n(w))
                .append("px;height:auto;display:block\" font-family=\"").append(escape(FONT))
                .append("\" aria-label=\"").append(escape(processName)).append("\">");
        svg.append("<title>").append(escape(processName)).append("</title>");
        svg.append("<defs>")
                .append("<marker id=\"tidtam-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\"")
                .append(" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                .append(INK).append("\"/></marker>")
                .append("<marker id=\"tidtam-open-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\"")
                .append(" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10\" fill=\"none\" stroke=\"")
                .append(INK).append("\"/></marker></defs>");
        svg.append(out).append(badges).append("</svg>");
        return svg.toString();
    }

    static String n(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
