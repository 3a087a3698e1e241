package th.tidtam.meeting.ui.review;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import th.tidtam.directive.service.DirectiveService;
import th.tidtam.directive.ui.DirectiveView;
import th.tidtam.directive.ui.DirectivesView;

/** What the confirmed batch became: each directive's number (a link to it), agenda item and text. */
final class IssuedPanel extends VerticalLayout {

    record Line(DirectiveService.Issued issued, ProposalDraft draft) {
    }

    IssuedPanel(List<Line> lines) {
        setPadding(false);
        getElement().setAttribute("data-testid", "issued-directives");
        add(new H3(getTranslation("meeting.ui.issued.heading", lines.size())));
        Grid<Line> grid = new Grid<>();
        grid.addComponentColumn(l -> {
            RouterLink link = new RouterLink(l.issued().number(), DirectiveView.class,
                    new RouteParameters("id", String.valueOf(l.issued().id())));
            link.getElement().setAttribute("data-testid", "issued-directive-link");
            return link;
        }).setHeader(getTranslation("directive.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.draft().agendaItem()).setHeader(getTranslation("meeting.ui.issued.item")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> l.draft().text()).setHeader(getTranslation("meeting.ui.review.text")).setFlexGrow(1);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
        RouterLink all = new RouterLink(getTranslation("meeting.ui.issued.all"), DirectivesView.class);
        all.getElement().setAttribute("data-testid", "issued-all-directives");
        add(new Paragraph(all));
    }
}
