package th.tidtam.directive.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The directive's process diagram, drawn on the server, with a legend of its marks. */
class ProcessDiagramPanel extends Div {

    ProcessDiagramPanel(String svg) {
        setWidthFull();
        getElement().setAttribute("data-testid", "process-diagram-section");
        add(new H3(getTranslation("directive.diagram")));
        Svg diagram = new Svg(svg);
        diagram.getElement().setAttribute("data-testid", "process-diagram");
        // a wide process scrolls sideways on a narrow screen instead of shrinking to unreadable text
        diagram.getStyle().set("width", "100%").set("overflow-x", "auto").set("min-width", "0");
        Div legend = new Div(swatch("#fff1c2", "#d9730d", 3, getTranslation("directive.diagram.current")),
                swatch("#e4f2e7", "#4f8a5b", 1.5, getTranslation("directive.diagram.done")));
        legend.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-top", "var(--lumo-space-s)");
        legend.getElement().setAttribute("data-testid", "process-diagram-legend");
        add(diagram, legend);
    }

    private static Span swatch(String fill, String stroke, double strokeWidth, String label) {
        Span box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "1.4em").set("height", "0.9em")
                .set("border-radius", "4px").set("background", fill).set("border", strokeWidth + "px solid " + stroke)
                .set("margin-inline-end", "0.4em").set("vertical-align", "middle");
        Span item = new Span(box, new Span(label));
        return item;
    }
}
