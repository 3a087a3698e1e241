package th.tidtam.process;

import static th.tidtam.base.text.Xml.escape;
import static th.tidtam.process.BpmnSvgRenderer.labelBounds;
import static th.tidtam.process.BpmnSvgRenderer.name;
import static th.tidtam.process.DiagramCanvas.INK;
import static th.tidtam.process.DiagramCanvas.n;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/** Each shape by its BPMN kind, in the colours of its element's state, with its name inside or beside it. */
final class DiagramShapes {

    private final DiagramCanvas canvas;
    private final StringBuilder out;
    private final DiagramHighlight highlight;
    private final DiagramText labels;
    private final DiagramMarkers markers;

    DiagramShapes(DiagramCanvas canvas, DiagramHighlight highlight, DiagramText labels, DiagramMarkers markers) {
        this.canvas = canvas;
        this.out = canvas.out;
        this.highlight = highlight;
        this.labels = labels;
        this.markers = markers;
    }

    void container(BpmnShape shape) {
        BaseElement e = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        canvas.include(b);
        String state = highlight.state(e == null ? null : e.getId());
        boolean eventSubProcess = e instanceof SubProcess sp && sp.triggeredByEvent();
        boolean group = e instanceof org.camunda.bpm.model.bpmn.instance.Group;
        highlight.open(e, e instanceof SubProcess ? "subprocess" : "container", state);
        out.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"")
                .append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight())).append('"');
        if (e instanceof SubProcess || group) {
            out.append(" rx=\"10\"");
        }
        out.append(" fill=\"").append(group ? "none" : highlight.fill(state, "#ffffff")).append("\" fill-opacity=\"")
                .append("idle".equals(state) ? "1" : "0.55").append("\" stroke=\"").append(highlight.stroke(state))
                .append("\" stroke-width=\"").append(n(highlight.strokeWidth(state, 1.5))).append('"');
        if (eventSubProcess || group) {
            out.append(" stroke-dasharray=\"").append(group ? "8 4 2 4" : "6 4").append('"');
        }
        out.append("/>");
        String name = name(e);
        if (e instanceof Participant || e instanceof Lane) {
            // pools and lanes carry their name in a vertical band on the left
            double cx = b.getX() + 15;
            double cy = b.getY() + b.getHeight() / 2;
            out.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy))
                    .append("\" font-size=\"12\" text-anchor=\"middle\" dominant-baseline=\"middle\" fill=\"").append(INK)
                    .append("\" transform=\"rotate(-90 ").append(n(cx)).append(' ').append(n(cy)).append(")\">")
                    .append(escape(name)).append("</text>");
        } else {
            Bounds label = labelBounds(shape.getBpmnLabel());
            if (label != null) {
                labels.textBlock(name, label.getX() + label.getWidth() / 2, label.getY(), Math.max(label.getWidth(), 60), 12,
                        "middle", 0);
            } else {
                labels.textBlock(name, b.getX() + 8, b.getY() + 6, b.getWidth() - 16, 12, "start", 2);
            }
        }
        if (e instanceof Activity a) {
            markers.loopMarker(a, b);
        }
        out.append("</g>");
        highlight.badge(e, b);
    }

    void node(BpmnShape shape) {
        BaseElement e = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        canvas.include(b);
        if (e instanceof Event event) {
            event(shape, event, b);
        } else if (e instanceof Gateway gateway) {
            gateway(shape, gateway, b);
        } else if (e instanceof Activity activity) {
            activity(shape, activity, b);
        } else if (e instanceof TextAnnotation annotation) {
            annotation(annotation, b);
        } else {
            unknown(e, b);
        }
    }

    private void activity(BpmnShape shape, Activity a, Bounds b) {
        String state = highlight.state(a.getId());
        highlight.open(a, "activity", state);
        double base = a instanceof CallActivity ? 3.5 : 1.5;
        out.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"")
                .append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight())).append("\" rx=\"10\" fill=\"")
                .append(highlight.fill(state, "#ffffff")).append("\" stroke=\"").append(highlight.stroke(state))
                .append("\" stroke-width=\"").append(n(highlight.strokeWidth(state, base))).append('"');
        if (a instanceof SubProcess sp && sp.triggeredByEvent()) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
        out.append("/>");
        // the type icon sits top left: the name keeps clear of it
        double top = markers.taskIcon(a, b) ? 16 : 4;
        boolean collapsed = a instanceof SubProcess || a instanceof CallActivity;
        double bottom = (collapsed || a.getLoopCharacteristics() != null) ? 16 : 4;
        labels.fitInside(name(a), b.getX() + 4, b.getY() + top, b.getWidth() - 8, b.getHeight() - top - bottom);
        if (a instanceof SubProcess) {
            double cx = b.getX() + b.getWidth() / 2;
            double y = b.getY() + b.getHeight() - 15;
            out.append("<rect x=\"").append(n(cx - 6)).append("\" y=\"").append(n(y)).append("\" width=\"12\" height=\"12\"")
                    .append(" fill=\"none\" stroke=\"").append(INK).append("\"/><path d=\"M").append(n(cx - 4)).append(',')
                    .append(n(y + 6)).append(" h8 M").append(n(cx)).append(',').append(n(y + 2)).append(" v8\" stroke=\"")
                    .append(INK).append("\"/>");
        }
        markers.loopMarker(a, b);
        out.append("</g>");
        highlight.badge(a, b);
    }

    private void event(BpmnShape shape, Event e, Bounds b) {
        String state = highlight.state(e.getId());
        highlight.open(e, "event", state);
        double r = Math.min(b.getWidth(), b.getHeight()) / 2;
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        boolean end = e instanceof EndEvent;
        boolean intermediate = !(e instanceof StartEvent) && !end;
        boolean nonInterrupting = (e instanceof StartEvent s && !s.isInterrupting())
                || (e instanceof BoundaryEvent be && !be.cancelActivity());
        double width = end ? 4 : 1.5;
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(highlight.fill(state, "#ffffff")).append("\" stroke=\"")
                .append(highlight.stroke(state)).append("\" stroke-width=\"").append(n(highlight.strokeWidth(state, width)))
                .append('"');
        if (nonInterrupting) {
            out.append(" stroke-dasharray=\"5 3\"");
        }
        out.append("/>");
        if (intermediate) {
            out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r - 3))
                    .append("\" fill=\"none\" stroke=\"").append(highlight.stroke(state)).append("\" stroke-width=\"1.2\"");
            if (nonInterrupting) {
                out.append(" stroke-dasharray=\"5 3\"");
            }
            out.append("/>");
        }
        boolean filled = e instanceof ThrowEvent;
        for (EventDefinition d : definitions(e)) {
            markers.eventMarker(d, cx, cy, r, filled);
            break;
        }
        externalLabel(shape, name(e), b);
        out.append("</g>");
        highlight.badge(e, b);
    }

    private static Collection<EventDefinition> definitions(Event e) {
        if (e instanceof CatchEvent c) {
            return c.getEventDefinitions();
        }
        if (e instanceof ThrowEvent t) {
            return t.getEventDefinitions();
        }
        return List.of();
    }

    private void gateway(BpmnShape shape, Gateway g, Bounds b) {
        String state = highlight.state(g.getId());
        highlight.open(g, "gateway", state);
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        double hw = b.getWidth() / 2;
        double hh = b.getHeight() / 2;
        out.append("<path d=\"M").append(n(cx)).append(',').append(n(b.getY())).append(" L").append(n(cx + hw)).append(',')
                .append(n(cy)).append(" L").append(n(cx)).append(',').append(n(cy + hh)).append(" L").append(n(cx - hw))
                .append(',').append(n(cy)).append(" z\" fill=\"").append(highlight.fill(state, "#ffffff")).append("\" stroke=\"")
                .append(highlight.stroke(state)).append("\" stroke-width=\"").append(n(highlight.strokeWidth(state, 1.5)))
                .append("\"/>");
        double s = Math.min(hw, hh) * 0.42;
        if (g instanceof ExclusiveGateway && shape.isMarkerVisible()) {
            out.append("<path d=\"M").append(n(cx - s * 0.8)).append(',').append(n(cy - s)).append(" L").append(n(cx + s * 0.8))
                    .append(',').append(n(cy + s)).append(" M").append(n(cx + s * 0.8)).append(',').append(n(cy - s))
                    .append(" L").append(n(cx - s * 0.8)).append(',').append(n(cy + s)).append("\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"3\"/>");
        } else if (g instanceof ParallelGateway || g instanceof ComplexGateway) {
            out.append("<path d=\"M").append(n(cx)).append(',').append(n(cy - s)).append(" v").append(n(2 * s)).append(" M")
                    .append(n(cx - s)).append(',').append(n(cy)).append(" h").append(n(2 * s));
            if (g instanceof ComplexGateway) {
                double k = s * 0.7;
                out.append(" M").append(n(cx - k)).append(',').append(n(cy - k)).append(" l").append(n(2 * k)).append(',')
                        .append(n(2 * k)).append(" M").append(n(cx + k)).append(',').append(n(cy - k)).append(" l")
                        .append(n(-2 * k)).append(',').append(n(2 * k));
            }
            out.append("\" stroke=\"").append(INK).append("\" stroke-width=\"3\"/>");
        } else if (g instanceof InclusiveGateway) {
            out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(s))
                    .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"2.5\"/>");
        } else if (g instanceof EventBasedGateway) {
            out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(s * 1.2))
                    .append("\" fill=\"none\" stroke=\"").append(INK).append("\"/><circle cx=\"").append(n(cx))
                    .append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(s)).append("\" fill=\"none\" stroke=\"")
                    .append(INK).append("\"/>");
        }
        externalLabel(shape, name(g), b);
        out.append("</g>");
        highlight.badge(g, b);
    }

    private void annotation(TextAnnotation a, Bounds b) {
        highlight.open(a, "annotation", "idle");
        out.append("<path d=\"M").append(n(b.getX() + 12)).append(',').append(n(b.getY())).append(" H").append(n(b.getX()))
                .append(" V").append(n(b.getY() + b.getHeight())).append(" H").append(n(b.getX() + 12))
                .append("\" fill=\"none\" stroke=\"").append(INK).append("\"/>");
        String text = a.getText() == null ? "" : a.getText().getTextContent();
        labels.textBlock(text, b.getX() + 5, b.getY() + 4, b.getWidth() - 8, 11, "start", 0);
        out.append("</g>");
    }

    /** Whatever this renderer does not know (data objects, stores, newer element kinds): a box with its name. */
    private void unknown(BaseElement e, Bounds b) {
        String state = highlight.state(e == null ? null : e.getId());
        highlight.open(e, "element", state);
        out.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"")
                .append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight())).append("\" fill=\"")
                .append(highlight.fill(state, "#ffffff")).append("\" stroke=\"").append(highlight.stroke(state))
                .append("\" stroke-width=\"").append(n(highlight.strokeWidth(state, 1))).append("\"/>");
        String name = name(e);
        if (b.getWidth() >= 40 && b.getHeight() >= 24) {
            labels.fitInside(name, b.getX() + 2, b.getY() + 2, b.getWidth() - 4, b.getHeight() - 4);
        } else {
            labels.textBlock(name, b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() + 4, 100, 11, "middle", 0);
            canvas.include(b.getX() + b.getWidth() / 2 - 50, b.getY() + b.getHeight() + 20);
            canvas.include(b.getX() + b.getWidth() / 2 + 50, b.getY() + b.getHeight() + 20);
        }
        out.append("</g>");
    }

    /** Events and gateways carry their name outside: where the DI puts the label, else centred below. */
    private void externalLabel(BpmnShape shape, String name, Bounds b) {
        if (name.isBlank()) {
            return;
        }
        Bounds label = labelBounds(shape.getBpmnLabel());
        if (label != null) {
            canvas.include(label);
            labels.textBlock(name, label.getX() + label.getWidth() / 2, label.getY(), Math.max(label.getWidth(), 90), 11,
                    "middle", 0);
        } else {
            double cx = b.getX() + b.getWidth() / 2;
            int lines = labels.textBlock(name, cx, b.getY() + b.getHeight() + 5, 90, 11, "middle", 0);
            canvas.include(cx - 45, b.getY() + b.getHeight() + 5 + lines * 13);
            canvas.include(cx + 45, b.getY() + b.getHeight() + 5);
        }
    }

}
