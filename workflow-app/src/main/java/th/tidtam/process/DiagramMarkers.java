package th.tidtam.process;

import static th.tidtam.process.DiagramCanvas.INK;
import static th.tidtam.process.DiagramCanvas.n;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/** The BPMN symbols inside a shape (task types, loops, event triggers) that tell apart elements of one outline. */
final class DiagramMarkers {

    private final StringBuilder out;

    DiagramMarkers(DiagramCanvas canvas) {
        this.out = canvas.out;
    }

    boolean taskIcon(Activity a, Bounds b) {
        if (b.getHeight() < 60) {
            // a small box needs all its room for the name
            return false;
        }
        double x = b.getX() + 6;
        double y = b.getY() + 5;
        if (a instanceof UserTask) {
            out.append("<g fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1\"><circle cx=\"").append(n(x + 6))
                    .append("\" cy=\"").append(n(y + 4)).append("\" r=\"3\"/><path d=\"M").append(n(x)).append(',')
                    .append(n(y + 13)).append(" q6,-9 12,0\"/></g>");
        } else if (a instanceof ServiceTask) {
            out.append("<g fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1\"><circle cx=\"").append(n(x + 6))
                    .append("\" cy=\"").append(n(y + 6)).append("\" r=\"5\" stroke-dasharray=\"2 1.5\" stroke-width=\"2.5\"/>")
                    .append("<circle cx=\"").append(n(x + 6)).append("\" cy=\"").append(n(y + 6)).append("\" r=\"2\"/></g>");
        } else if (a instanceof SendTask || a instanceof ReceiveTask) {
            envelope(x + 6, y + 5, 12, 8, a instanceof SendTask);
        } else {
            return false;
        }
        return true;
    }

    void loopMarker(Activity a, Bounds b) {
        double cx = b.getX() + b.getWidth() / 2;
        double bottom = b.getY() + b.getHeight() - 3;
        if (a.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics mi) {
            // collapsed sub-processes carry their [+] in the middle: the marker moves aside
            double x = a instanceof SubProcess && !isExpandedShape(a) ? cx + 14 : cx;
            StringBuilder d = new StringBuilder();
            for (int i = -1; i <= 1; i++) {
                if (mi.isSequential()) {
                    d.append("M").append(n(x - 5)).append(',').append(n(bottom - 6 + 4 * i)).append(" h10 ");
                } else {
                    d.append("M").append(n(x + 4 * i)).append(',').append(n(bottom - 11)).append(" v10 ");
                }
            }
            out.append("<path class=\"multi-instance\" d=\"").append(d.toString().trim()).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"2\"/>");
        } else if (a.getLoopCharacteristics() != null) {
            out.append("<path d=\"M").append(n(cx - 4)).append(',').append(n(bottom - 2)).append(" a5,5 0 1,1 8,0\" fill=\"none\"")
                    .append(" stroke=\"").append(INK).append("\" marker-end=\"url(#tidtam-arrow)\"/>");
        }
    }

    private static boolean isExpandedShape(Activity a) {
        return a.getDiagramElement() instanceof BpmnShape s && s.isExpanded();
    }

    void eventMarker(EventDefinition d, double cx, double cy, double r, boolean filled) {
        String fill = filled ? INK : "none";
        if (d instanceof MessageEventDefinition) {
            envelope(cx, cy, r * 1.05, r * 0.72, filled);
        } else if (d instanceof TimerEventDefinition) {
            double rr = r * 0.62;
            out.append("<g class=\"timer\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.3\"><circle cx=\"")
                    .append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(rr)).append("\" fill=\"#ffffff\"/>")
                    .append("<path d=\"M").append(n(cx)).append(',').append(n(cy)).append(" L").append(n(cx)).append(',')
                    .append(n(cy - rr * 0.75)).append(" M").append(n(cx)).append(',').append(n(cy)).append(" L")
                    .append(n(cx + rr * 0.55)).append(',').append(n(cy + rr * 0.2)).append("\"/></g>");
        } else if (d instanceof SignalEventDefinition) {
            double s = r * 0.6;
            out.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - s)).append(" L").append(n(cx + s)).append(',')
                    .append(n(cy + s * 0.7)).append(" L").append(n(cx - s)).append(',').append(n(cy + s * 0.7))
                    .append(" z\" fill=\"").append(fill).append("\" stroke=\"").append(INK).append("\"/>");
        } else if (d instanceof TerminateEventDefinition) {
            out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r * 0.55))
                    .append("\" fill=\"").append(INK).append("\"/>");
        } else if (d instanceof ErrorEventDefinition) {
            double s = r * 0.55;
            out.append("<path d=\"M").append(n(cx - s)).append(',').append(n(cy + s)).append(" L").append(n(cx - s * 0.4))
                    .append(',').append(n(cy - s)).append(" L").append(n(cx + s * 0.2)).append(',').append(n(cy + s * 0.2))
                    .append(" L").append(n(cx + s)).append(',').append(n(cy - s)).append(" L").append(n(cx + s * 0.4))
                    .append(',').append(n(cy + s)).append(" L").append(n(cx - s * 0.2)).append(',').append(n(cy - s * 0.2))
                    .append(" z\" fill=\"").append(fill).append("\" stroke=\"").append(INK).append("\"/>");
        } else if (d instanceof EscalationEventDefinition) {
            double s = r * 0.55;
            out.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - s)).append(" L").append(n(cx + s * 0.7)).append(',')
                    .append(n(cy + s)).append(" L").append(n(cx)).append(',').append(n(cy + s * 0.3)).append(" L")
                    .append(n(cx - s * 0.7)).append(',').append(n(cy + s)).append(" z\" fill=\"").append(fill)
                    .append("\" stroke=\"").append(INK).append("\"/>");
        } else if (d instanceof ConditionalEventDefinition) {
            double s = r * 0.5;
            out.append("<rect x=\"").append(n(cx - s)).append("\" y=\"").append(n(cy - s * 1.2)).append("\" width=\"")
                    .append(n(2 * s)).append("\" height=\"").append(n(2.4 * s)).append("\" fill=\"none\" stroke=\"").append(INK)
                    .append("\"/><path d=\"M").append(n(cx - s * 0.6)).append(',').append(n(cy - s * 0.5)).append(" h")
                    .append(n(1.2 * s)).append(" M").append(n(cx - s * 0.6)).append(',').append(n(cy)).append(" h")
                    .append(n(1.2 * s)).append(" M").append(n(cx - s * 0.6)).append(',').append(n(cy + s * 0.5)).append(" h")
                    .append(n(1.2 * s)).append("\" stroke=\"").append(INK).append("\"/>");
        }
    }

    private void envelope(double cx, double cy, double w, double h, boolean filled) {
        double x = cx - w / 2;
        double y = cy - h / 2;
        out.append("<g class=\"message\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(w)).append("\" height=\"").append(n(h)).append("\" fill=\"").append(filled ? INK : "#ffffff")
                .append("\" stroke=\"").append(INK).append("\"/><path d=\"M").append(n(x)).append(',').append(n(y))
                .append(" L").append(n(cx)).append(',').append(n(y + h * 0.55)).append(" L").append(n(x + w)).append(',')
                .append(n(y)).append("\" fill=\"none\" stroke=\"").append(filled ? "#ffffff" : INK).append("\"/></g>");
    }

}
