package th.tidtam.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import th.tidtam.dashboard.service.Dashboard;
import th.tidtam.dashboard.service.DashboardFigures;
import th.tidtam.dashboard.service.Figure;

/** The day's counts, one card each; a count opens the directives behind it. */
class FigureCards extends Composite<FlexLayout> {

    private final DrillDown drill;

    FigureCards(DashboardFigures.Counts c, DrillDown drill) {
        this.drill = drill;
        FlexLayout cards = getContent();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.add(card("open-parts", getTranslation("dashboard.figure.open-parts"), c.openParts(), Figure.OPEN_PARTS, "parts"));
        cards.add(card("open-directives", getTranslation("dashboard.figure.open-directives"), c.openDirectives(),
                Figure.OPEN_DIRECTIVES, "directives"));
        cards.add(card("overdue", getTranslation("dashboard.figure.overdue"), c.overdueParts(), Figure.OVERDUE, "parts"));
        cards.add(card("due-soon", getTranslation("dashboard.figure.due-soon", Dashboard.DUE_SOON_WORKING_DAYS), c.dueSoonParts(),
                Figure.DUE_SOON, "parts"));
        cards.add(card("waiting", getTranslation("dashboard.figure.waiting"), c.waitingParts(), Figure.WAITING, "parts"));
        cards.add(card("finished-this-month", getTranslation("dashboard.figure.finished-this-month"), c.finishedPartsThisMonth(),
                Figure.FINISHED_THIS_MONTH, "parts"));
        cards.add(card("closed-this-month", getTranslation("dashboard.figure.closed-this-month"), c.closedDirectivesThisMonth(),
                Figure.CLOSED_THIS_MONTH, "directives"));
    }

    private Component card(String id, String label, long value, Figure figure, String unit) {
        Button number = new Button(String.valueOf(value), e -> drill.open(figure, null, label));
        number.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        number.getElement().setAttribute("data-testid", "dashboard-figure-" + id);
        // the button shows a bare number: its spoken name says what is counted (and still contains the number shown)
        number.setAriaLabel(getTranslation("a11y.figure", label, String.valueOf(value), getTranslation("dashboard.figure.unit." + unit)));
        Span caption = new Span(label);
        Span counted = new Span(getTranslation("dashboard.figure.unit." + unit));
        counted.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout box = new VerticalLayout(number, caption, counted);
        box.setSpacing(false);
        box.setPadding(true);
        box.setWidth("14em");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return box;
    }
}
