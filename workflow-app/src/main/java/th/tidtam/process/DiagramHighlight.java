package th.tidtam.process;

import static th.tidtam.base.text.Xml.escape;
import static th.tidtam.process.BpmnSvgRenderer.name;
import static th.tidtam.process.DiagramCanvas.INK;
import static th.tidtam.process.DiagramCanvas.n;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/**
 * Where an instance stands: steps holding tokens and finished steps get colours and a class of their own, and a step
 * where several tokens wait gets a badge with their count.
 */
final class DiagramHighlight {

    static final String CURRENT_FILL = "#fff1c2";
    static final String CURRENT_STROKE = "#d9730d";
    static final String DONE_FILL = "#e4f2e7";
    static final String DONE_STROKE = "#4f8a5b";

    private final DiagramCanvas canvas;
    private final StringBuilder out;
    private final StringBuilder badges;
    private final Map<String, Integer> current;
    private final Set<String> done;

    DiagramHighlight(DiagramCanvas canvas, Map<String, Integer> current, Set<String> done) {
        this.canvas = canvas;
        this.out = canvas.out;
        this.badges = canvas.badges;
        this.current = current;
        this.done = done;
    }

    String state(String id) {
        if (id != null && current.containsKey(id)) {
            return "current";
        }
        return id != null && done.contains(id) ? "done" : "idle";
    }

    String fill(String state, String idle) {
        return switch (state) {
            case "current" -> CURRENT_FILL;
            case "done" -> DONE_FILL;
            default -> idle;
        };
    }

    String stroke(String state) {
        return switch (state) {
            case "current" -> CURRENT_STROKE;
            case "done" -> DONE_STROKE;
            default -> INK;
        };
    }

    double strokeWidth(String state, double idle) {
        return "current".equals(state) ? Math.max(3, idle) : idle;
    }

    void open(BaseElement element, String kind, String state) {
        String id = element == null ? null : element.getId();
        out.append("<g class=\"").append(kind).append(' ').append(state).append('"');
        if (id != null) {
            out.append(" data-activity-id=\"").append(escape(id)).append('"');
        }
        if (current.containsKey(id)) {
            out.append(" data-count=\"").append(current.get(id)).append('"');
        }
        out.append('>');
        String name = name(element);
        if (!name.isBlank()) {
            out.append("<title>").append(escape(name)).append("</title>");
        }
    }

    void badge(BaseElement e, Bounds b) {
        Integer count = e == null ? null : current.get(e.getId());
        if (count == null || count < 2) {
            return;
        }
        double cx = b.getX() + b.getWidth();
        double cy = b.getY();
        String text = String.valueOf(count);
        double r = 9 + Math.max(0, text.length() - 2) * 3;
        badges.append("<g class=\"badge\" data-activity-id=\"").append(escape(e.getId())).append("\"><circle cx=\"")
                .append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r)).append("\" fill=\"")
                .append(CURRENT_STROKE).append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/><text x=\"").append(n(cx))
                .append("\" y=\"").append(n(cy + 4)).append("\" font-size=\"11\" font-weight=\"bold\" text-anchor=\"middle\"")
                .append(" fill=\"#ffffff\">").append(text).append("</text></g>");
        canvas.include(cx + r, cy - r);
    }
}
