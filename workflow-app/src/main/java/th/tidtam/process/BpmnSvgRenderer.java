package th.tidtam.process;

import static th.tidtam.base.text.Xml.escape;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ConditionalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Draws whatever the BPMN DI of a model holds as plain SVG, with presentation attributes only (a style element in
 * inline SVG would style the whole page). Element kinds it does not know become a plain box with their name, so a
 * model that gains new elements still renders. Every text is XML-escaped ({@link th.tidtam.base.text.Xml}): names come
 * from models and are Thai.
 */
final class BpmnSvgRenderer {

    static final String CURRENT_FILL = "#fff1c2";
    static final String CURRENT_STROKE = "#d9730d";
    static final String DONE_FILL = "#e4f2e7";
    static final String DONE_STROKE = "#4f8a5b";
    private static final String INK = "#1f2a37";
    private static final String FONT = "'Sarabun','Noto Sans Thai','Loma','Tahoma',sans-serif";
    private static final Locale THAI = Locale.forLanguageTag("th");

    private final Map<String, Integer> current;
    private final Set<String> done;
    private final StringBuilder out = new StringBuilder(16_384);
    private final StringBuilder badges = new StringBuilder();
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    private BpmnSvgRenderer(Map<String, Integer> current, Set<String> done) {
        this.current = current;
        this.done = done;
    }

    /** The SVG of the model's first diagram; empty when the model has no diagram interchange. */
    static Optional<String> render(BpmnModelInstance model, Map<String, Integer> current, Set<String> done) {
        Collection<BpmnDiagram> diagrams = model.getDefinitions().getBpmDiagrams();
        if (diagrams.isEmpty() || diagrams.iterator().next().getBpmnPlane() == null) {
            return Optional.empty();
        }
        Collection<DiagramElement> elements = diagrams.iterator().next().getBpmnPlane().getDiagramElements();
        BpmnSvgRenderer r = new BpmnSvgRenderer(current, done);
        List<BpmnShape> containers = new ArrayList<>();
        List<BpmnShape> nodes = new ArrayList<>();
        List<BpmnEdge> edges = new ArrayList<>();
        for (DiagramElement e : elements) {
            if (e instanceof BpmnShape s && s.getBounds() != null) {
                (isContainer(s) ? containers : nodes).add(s);
            } else if (e instanceof BpmnEdge edge && edge.getWaypoints().size() >= 2) {
                edges.add(edge);
            }
        }
        if (containers.isEmpty() && nodes.isEmpty()) {
            return Optional.empty();
        }
        // outer containers first so that what they contain is drawn over them; boundary events over their activity
        containers.sort(Comparator.comparingInt(s -> depth(s.getBpmnElement())));
        nodes.sort(Comparator.comparingInt(s -> s.getBpmnElement() instanceof BoundaryEvent ? 1 : 0));
        containers.forEach(r::container);
        edges.forEach(r::edge);
        nodes.forEach(r::node);
        return Optional.of(r.document(model));
    }

    private String document(BpmnModelInstance model) {
        double margin = 16;
        double x = minX - margin;
        double y = minY - margin;
        double w = maxX - minX + 2 * margin;
        double h = maxY - minY + 2 * margin;
        String processName = model.getDefinitions().getRootElements().stream()
                .filter(e -> e instanceof org.camunda.bpm.model.bpmn.instance.Process).map(BpmnSvgRenderer::name)
                .filter(n -> !n.isBlank()).findFirst().orElse("");
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

    // ---------------------------------------------------------------- shapes

    private static boolean isContainer(BpmnShape s) {
        BaseElement e = s.getBpmnElement();
        return e instanceof Participant || e instanceof Lane || (e instanceof SubProcess && s.isExpanded())
                || e instanceof org.camunda.bpm.model.bpmn.instance.Group;
    }

    private static int depth(ModelElementInstance element) {
        int depth = 0;
        for (ModelElementInstance p = element == null ? null : element.getParentElement(); p != null; p = p.getParentElement()) {
            depth++;
        }
        return depth;
    }

    private String state(String id) {
        if (id != null && current.containsKey(id)) {
            return "current";
        }
        return id != null && done.contains(id) ? "done" : "idle";
    }

    private String fill(String state, String idle) {
        return switch (state) {
            case "current" -> CURRENT_FILL;
            case "done" -> DONE_FILL;
            default -> idle;
        };
    }

    private String stroke(String state) {
        return switch (state) {
            case "current" -> CURRENT_STROKE;
            case "done" -> DONE_STROKE;
            default -> INK;
        };
    }

    private double strokeWidth(String state, double idle) {
        return "current".equals(state) ? Math.max(3, idle) : idle;
    }

    private void open(BaseElement element, String kind, String state) {
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

    private void container(BpmnShape shape) {
        BaseElement e = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        include(b);
        String state = state(e == null ? null : e.getId());
        boolean eventSubProcess = e instanceof SubProcess sp && sp.triggeredByEvent();
        boolean group = e instanceof org.camunda.bpm.model.bpmn.instance.Group;
        open(e, e instanceof SubProcess ? "subprocess" : "container", state);
        out.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"")
                .append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight())).append('"');
        if (e instanceof SubProcess || group) {
            out.append(" rx=\"10\"");
        }
        out.append(" fill=\"").append(group ? "none" : fill(state, "#ffffff")).append("\" fill-opacity=\"")
                .append("idle".equals(state) ? "1" : "0.55").append("\" stroke=\"").append(stroke(state))
                .append("\" stroke-width=\"").append(n(strokeWidth(state, 1.5))).append('"');
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
                textBlock(name, label.getX() + label.getWidth() / 2, label.getY(), Math.max(label.getWidth(), 60), 12,
                        "middle", 0);
            } else {
                textBlock(name, b.getX() + 8, b.getY() + 6, b.getWidth() - 16, 12, "start", 2);
            }
        }
        if (e instanceof Activity a) {
            loopMarker(a, b);
        }
        out.append("</g>");
        badge(e, b);
    }

    private void node(BpmnShape shape) {
        BaseElement e = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        include(b);
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
        String state = state(a.getId());
        open(a, "activity", state);
        double base = a instanceof CallActivity ? 3.5 : 1.5;
        out.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"")
                .append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight())).append("\" rx=\"10\" fill=\"")
                .append(fill(state, "#ffffff")).append("\" stroke=\"").append(stroke(state)).append("\" stroke-width=\"")
                .append(n(strokeWidth(state, base))).append('"');
        if (a instanceof SubProcess sp && sp.triggeredByEvent()) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
        out.append("/>");
        // the type icon sits top left: the name keeps clear of it
        double top = taskIcon(a, b) ? 16 : 4;
        boolean collapsed = a instanceof SubProcess || a instanceof CallActivity;
        double bottom = (collapsed || a.getLoopCharacteristics() != null) ? 16 : 4;
        fitInside(name(a), b.getX() + 4, b.getY() + top, b.getWidth() - 8, b.getHeight() - top - bottom);
        if (a instanceof SubProcess) {
            double cx = b.getX() + b.getWidth() / 2;
            double y = b.getY() + b.getHeight() - 15;
            out.append("<rect x=\"").append(n(cx - 6)).append("\" y=\"").append(n(y)).append("\" width=\"12\" height=\"12\"")
                    .append(" fill=\"none\" stroke=\"").append(INK).append("\"/><path d=\"M").append(n(cx - 4)).append(',')
                    .append(n(y + 6)).append(" h8 M").append(n(cx)).append(',').append(n(y + 2)).append(" v8\" stroke=\"")
                    .append(INK).append("\"/>");
        }
        loopMarker(a, b);
        out.append("</g>");
        badge(a, b);
    }

    private boolean taskIcon(Activity a, Bounds b) {
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

    private void loopMarker(Activity a, Bounds b) {
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

    private void event(BpmnShape shape, Event e, Bounds b) {
        String state = state(e.getId());
        open(e, "event", state);
        double r = Math.min(b.getWidth(), b.getHeight()) / 2;
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        boolean end = e instanceof EndEvent;
        boolean intermediate = !(e instanceof StartEvent) && !end;
        boolean nonInterrupting = (e instanceof StartEvent s && !s.isInterrupting())
                || (e instanceof BoundaryEvent be && !be.cancelActivity());
        double width = end ? 4 : 1.5;
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill(state, "#ffffff")).append("\" stroke=\"").append(stroke(state))
                .append("\" stroke-width=\"").append(n(strokeWidth(state, width))).append('"');
        if (nonInterrupting) {
            out.append(" stroke-dasharray=\"5 3\"");
        }
        out.append("/>");
        if (intermediate) {
            out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r - 3))
                    .append("\" fill=\"none\" stroke=\"").append(stroke(state)).append("\" stroke-width=\"1.2\"");
            if (nonInterrupting) {
                out.append(" stroke-dasharray=\"5 3\"");
            }
            out.append("/>");
        }
        boolean filled = e instanceof ThrowEvent;
        for (EventDefinition d : definitions(e)) {
            eventMarker(d, cx, cy, r, filled);
            break;
        }
        externalLabel(shape, name(e), b);
        out.append("</g>");
        badge(e, b);
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

    private void eventMarker(EventDefinition d, double cx, double cy, double r, boolean filled) {
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

    private void gateway(BpmnShape shape, Gateway g, Bounds b) {
        String state = state(g.getId());
        open(g, "gateway", state);
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        double hw = b.getWidth() / 2;
        double hh = b.getHeight() / 2;
        out.append("<path d=\"M").append(n(cx)).append(',').append(n(b.getY())).append(" L").append(n(cx + hw)).append(',')
                .append(n(cy)).append(" L").append(n(cx)).append(',').append(n(cy + hh)).append(" L").append(n(cx - hw))
                .append(',').append(n(cy)).append(" z\" fill=\"").append(fill(state, "#ffffff")).append("\" stroke=\"")
                .append(stroke(state)).append("\" stroke-width=\"").append(n(strokeWidth(state, 1.5))).append("\"/>");
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
        badge(g, b);
    }

    private void annotation(TextAnnotation a, Bounds b) {
        open(a, "annotation", "idle");
        out.append("<path d=\"M").append(n(b.getX() + 12)).append(',').append(n(b.getY())).append(" H").append(n(b.getX()))
                .append(" V").append(n(b.getY() + b.getHeight())).append(" H").append(n(b.getX() + 12))
                .append("\" fill=\"none\" stroke=\"").append(INK).append("\"/>");
        String text = a.getText() == null ? "" : a.getText().getTextContent();
        textBlock(text, b.getX() + 5, b.getY() + 4, b.getWidth() - 8, 11, "start", 0);
        out.append("</g>");
    }

    /** Whatever this renderer does not know (data objects, stores, newer element kinds): a box with its name. */
    private void unknown(BaseElement e, Bounds b) {
        String state = state(e == null ? null : e.getId());
        open(e, "element", state);
        out.append("<rect x=\"").append(n(b.getX())).append("\" y=\"").append(n(b.getY())).append("\" width=\"")
                .append(n(b.getWidth())).append("\" height=\"").append(n(b.getHeight())).append("\" fill=\"")
                .append(fill(state, "#ffffff")).append("\" stroke=\"").append(stroke(state)).append("\" stroke-width=\"")
                .append(n(strokeWidth(state, 1))).append("\"/>");
        String name = name(e);
        if (b.getWidth() >= 40 && b.getHeight() >= 24) {
            fitInside(name, b.getX() + 2, b.getY() + 2, b.getWidth() - 4, b.getHeight() - 4);
        } else {
            textBlock(name, b.getX() + b.getWidth() / 2, b.getY() + b.getHeight() + 4, 100, 11, "middle", 0);
            include(b.getX() + b.getWidth() / 2 - 50, b.getY() + b.getHeight() + 20);
            include(b.getX() + b.getWidth() / 2 + 50, b.getY() + b.getHeight() + 20);
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
            include(label);
            textBlock(name, label.getX() + label.getWidth() / 2, label.getY(), Math.max(label.getWidth(), 90), 11, "middle", 0);
        } else {
            double cx = b.getX() + b.getWidth() / 2;
            int lines = textBlock(name, cx, b.getY() + b.getHeight() + 5, 90, 11, "middle", 0);
            include(cx - 45, b.getY() + b.getHeight() + 5 + lines * 13);
            include(cx + 45, b.getY() + b.getHeight() + 5);
        }
    }

    private void badge(BaseElement e, Bounds b) {
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
        include(cx + r, cy - r);
    }

    // ---------------------------------------------------------------- edges

    private void edge(BpmnEdge edge) {
        BaseElement e = edge.getBpmnElement();
        List<double[]> points = new ArrayList<>();
        for (Waypoint w : edge.getWaypoints()) {
            points.add(new double[] {w.getX(), w.getY()});
            include(w.getX(), w.getY());
        }
        String kind = e instanceof SequenceFlow ? "flow" : e instanceof MessageFlow ? "message-flow" : "association";
        out.append("<g class=\"").append(kind).append('"');
        if (e != null && e.getId() != null) {
            out.append(" data-flow-id=\"").append(escape(e.getId())).append('"');
        }
        out.append("><polyline points=\"");
        for (double[] p : points) {
            out.append(n(p[0])).append(',').append(n(p[1])).append(' ');
        }
        out.setLength(out.length() - 1);
        out.append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\"");
        if (e instanceof SequenceFlow) {
            out.append(" marker-end=\"url(#tidtam-arrow)\"");
        } else if (e instanceof MessageFlow) {
            out.append(" stroke-dasharray=\"7 4\" marker-end=\"url(#tidtam-open-arrow)\"");
        } else if (e instanceof Association) {
            out.append(" stroke-dasharray=\"2 3\"");
        } else {
            out.append(" stroke-dasharray=\"2 3\" marker-end=\"url(#tidtam-open-arrow)\"");
        }
        out.append("/>");
        String name = name(e);
        if (!name.isBlank()) {
            Bounds label = labelBounds(edge.getBpmnLabel());
            if (label != null) {
                include(label);
                textBlock(name, label.getX() + label.getWidth() / 2, label.getY(), Math.max(label.getWidth(), 90), 11,
                        "middle", 0);
            } else {
                int mid = (points.size() - 1) / 2;
                double x = (points.get(mid)[0] + points.get(mid + 1)[0]) / 2;
                double y = (points.get(mid)[1] + points.get(mid + 1)[1]) / 2;
                textBlock(name, x, y - 16, 90, 11, "middle", 0);
            }
        }
        out.append("</g>");
    }

    // ---------------------------------------------------------------- text

    /** The name wrapped and centred inside a box, smaller when it does not fit, cut with an ellipsis as a last resort. */
    private void fitInside(String text, double x, double y, double width, double height) {
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
    private int textBlock(String text, double x, double top, double width, int size, String anchor, int maxLines) {
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

    // ---------------------------------------------------------------- helpers

    private static Bounds labelBounds(BpmnLabel label) {
        return label == null || label.getBounds() == null || label.getBounds().getWidth() == null ? null : label.getBounds();
    }

    static String name(ModelElementInstance element) {
        if (element == null) {
            return "";
        }
        String name = element.getAttributeValue("name");
        return name == null ? "" : name.strip();
    }

    private void include(Bounds b) {
        include(b.getX(), b.getY());
        include(b.getX() + b.getWidth(), b.getY() + b.getHeight());
    }

    private void include(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    private static String n(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
