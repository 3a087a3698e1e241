package th.tidtam.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Draws whatever the BPMN DI of a model holds as plain SVG, with presentation attributes only (a style element in
 * inline SVG would style the whole page). Element kinds it does not know become a plain box with their name, so a
 * model that gains new elements still renders. Every text is XML-escaped ({@link th.tidtam.base.text.Xml}): names come
 * from models and are Thai.
 */
final class BpmnSvgRenderer {

    private BpmnSvgRenderer() {
    }

    /** The SVG of the model's first diagram; empty when the model has no diagram interchange. */
    static Optional<String> render(BpmnModelInstance model, Map<String, Integer> current, Set<String> done) {
        Collection<BpmnDiagram> diagrams = model.getDefinitions().getBpmDiagrams();
        if (diagrams.isEmpty() || diagrams.iterator().next().getBpmnPlane() == null) {
            return Optional.empty();
        }
        Collection<DiagramElement> elements = diagrams.iterator().next().getBpmnPlane().getDiagramElements();
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
        DiagramCanvas canvas = new DiagramCanvas();
        DiagramText labels = new DiagramText(canvas);
        DiagramShapes shapes = new DiagramShapes(canvas, new DiagramHighlight(canvas, current, done), labels,
                new DiagramMarkers(canvas));
        DiagramEdges flows = new DiagramEdges(canvas, labels);
        // outer containers first so that what they contain is drawn over them; boundary events over their activity
        containers.sort(Comparator.comparingInt(s -> depth(s.getBpmnElement())));
        nodes.sort(Comparator.comparingInt(s -> s.getBpmnElement() instanceof BoundaryEvent ? 1 : 0));
        containers.forEach(shapes::container);
        edges.forEach(flows::edge);
        nodes.forEach(shapes::node);
        return Optional.of(canvas.document(processName(model)));
    }

    private static String processName(BpmnModelInstance model) {
        return model.getDefinitions().getRootElements().stream()
                .filter(e -> e instanceof org.camunda.bpm.model.bpmn.instance.Process).map(BpmnSvgRenderer::name)
                .filter(n -> !n.isBlank()).findFirst().orElse("");
    }

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

    static Bounds labelBounds(BpmnLabel label) {
        return label == null || label.getBounds() == null || label.getBounds().getWidth() == null ? null : label.getBounds();
    }

    static String name(ModelElementInstance element) {
        if (element == null) {
            return "";
        }
        String name = element.getAttributeValue("name");
        return name == null ? "" : name.strip();
    }
}
