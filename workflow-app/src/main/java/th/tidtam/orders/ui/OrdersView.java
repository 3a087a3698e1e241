package th.tidtam.orders.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.ui.GridRows;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.service.OrderDrafting;

/** The provincial orders register: signed orders for everyone, drafts for the office; newest first. */
@Route("orders")
@PermitAll
@Menu(order = 19, title = "orders.ui.nav", icon = "vaadin:diploma-scroll")
public class OrdersView extends VerticalLayout implements HasDynamicTitle {

    public OrdersView(OrderDrafting drafting) {
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("orders.ui.nav")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        if (drafting.mayDraft()) {
            Button draft = new Button(getTranslation("orders.ui.new"), e -> getUI().ifPresent(ui -> ui.navigate(OrderFormView.class)));
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            draft.getElement().setAttribute("data-testid", "order-new");
            header.add(draft);
        }
        add(header);
        List<OrderSummary> orders = drafting.visible();
        Grid<OrderSummary> grid = new Grid<>();
        grid.addColumn(OrderLabels::number).setHeader(getTranslation("orders.ui.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation("orders.ui.kind." + o.kind().name())).setHeader(getTranslation("orders.ui.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OrderSummary::subject).setHeader(getTranslation("orders.field.subject")).setFlexGrow(3)
                .setTooltipGenerator(OrderSummary::subject);
        grid.addColumn(o -> OrderLabels.date(o.effectiveFrom())).setHeader(getTranslation("orders.field.effective-from"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation("orders.ui.status." + o.status().name())).setHeader(getTranslation("orders.ui.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> orders.stream().skip(q.getOffset()).limit(q.getLimit()), q -> orders.size());
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(OrderView.class,
                new RouteParameters("id", String.valueOf(item.id())))));
        grid.getElement().setAttribute("data-testid", "orders");
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("orders.ui.nav") + " · " + getTranslation("app.name");
    }
}
