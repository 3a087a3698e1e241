package th.tidtam.process;

import static th.tidtam.base.text.Xml.escape;
import static th.tidtam.process.BpmnSvgRenderer.labelBounds;
import static th.tidtam.process.BpmnSvgRenderer.name;
import static th.tidtam.process.DiagramCanvas.INK;
import static th.tidtam.process.DiagramCanvas.n;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/** Sequence flows, message flows and associations, told apart as BPMN does: by line style and arrow head. */
final class DiagramEdges {

    private final DiagramCanvas canvas;
    private final StringBuilder out;
    private final DiagramText labels;

    DiagramEdges(DiagramCanvas canvas, DiagramText labels) {
        this.canvas = canvas;
        this.out = canvas.out;
        this.labels = labels;
    }

    void edge(BpmnEdge edge) {
        BaseElement e = edge.getBpmnElement();
        List<double[]> points = new ArrayList<>();
        for (Waypoint w : edge.getWaypoints()) {
            points.add(new double[] {w.getX(), w.getY()});
            canvas.include(w.getX(), w.getY());
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
                canvas.include(label);
                labels.textBlock(name, label.getX() + label.getWidth() / 2, label.getY(), Math.max(label.getWidth(), 90), 11,
                        "middle", 0);
            } else {
                int mid = (points.size() - 1) / 2;
                double x = (points.get(mid)[0] + points.get(mid + 1)[0]) / 2;
                double y = (points.get(mid)[1] + points.get(mid + 1)[1]) / 2;
                labels.textBlock(name, x, y - 16, 90, 11, "middle", 0);
            }
        }
        out.append("</g>");
    }
}
