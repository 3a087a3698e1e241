package th.tidtam.coordination.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;

import th.tidtam.base.ui.GridRows;
import th.tidtam.coordination.RequestSummary;
import th.tidtam.coordination.service.CoordinationQueries;
import th.tidtam.coordination.service.CoordinationQueries.Scope;
import th.tidtam.coordination.service.CoordinationRequests;

/** Coordination requests: mine, waiting for my agency's answer, or all I may see; newest first, read page by page. */
@Route("coordination")
@PermitAll
@Menu(order = 20, title = "coordination.ui.nav", icon = "vaadin:handshake")
public class CoordinationListView extends VerticalLayout implements HasDynamicTitle {

    public CoordinationListView(CoordinationQueries queries, CoordinationRequests requests) {
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("coordination.ui.nav")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        if (requests.mayRequest()) {
            Button create = new Button(getTranslation("coordination.ui.new"), e -> getUI().ifPresent(ui -> ui.navigate(NewCoordinationView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.getElement().setAttribute("data-testid", "coordination-new");
            header.add(create);
        }
        Select<Scope> scope = new Select<>();
        scope.setLabel(getTranslation("coordination.ui.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("coordination.scope." + s.name()));
        scope.setValue(Scope.ALL);
        scope.getElement().setAttribute("data-testid", "coordination-scope");
        TextField text = new TextField(getTranslation("coordination.ui.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(100);
        add(header, new HorizontalLayout(scope, text));
        Grid<RequestSummary> grid = new Grid<>();
        grid.addColumn(r -> r.number() == null ? getTranslation("coordination.ui.draft") : r.number())
                .setHeader(getTranslation("coordination.field.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequestSummary::subject).setHeader(getTranslation("coordination.field.subject")).setFlexGrow(3)
                .setTooltipGenerator(RequestSummary::subject);
        grid.addColumn(r -> getTranslation("coordination.ask." + r.askKind().name())).setHeader(getTranslation("coordination.field.ask-kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> CoordinationLabels.date(r.dueDate(), getLocale())).setHeader(getTranslation("coordination.field.due-date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.answered() + "/" + r.parties()).setHeader(getTranslation("coordination.ui.answered"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("coordination.status." + r.status().name())).setHeader(getTranslation("coordination.ui.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> queries.list(scope.getValue(), null, text.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> queries.count(scope.getValue(), null, text.getValue()));
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(CoordinationView.class,
                new RouteParameters("id", String.valueOf(item.id())))));
        grid.getElement().setAttribute("data-testid", "coordination-grid");
        grid.setSizeFull();
        scope.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coordination.ui.nav") + " · " + getTranslation("app.name");
    }
}
