package th.tidtam.matters.ui;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.ui.GridRows;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.MatterSummary;
import th.tidtam.matters.service.MatterQueries;
import th.tidtam.matters.service.MatterRegistration;

/** The matters I may see, newest first, by status and words; a lazy grid. */
@Route("matters")
@PermitAll
@Menu(order = 21, title = "matters.ui.nav", icon = "vaadin:question-circle-o")
public class MattersView extends VerticalLayout implements HasDynamicTitle {

    public MattersView(MatterQueries queries, MatterRegistration registration) {
        setSizeFull();
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("matters.ui.nav")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        Anchor unowned = new Anchor("matters/unowned", getTranslation("matters.ui.unowned"));
        unowned.getElement().setAttribute("data-testid", "matters-unowned");
        header.add(unowned);
        if (registration.mayRegister()) {
            Button add = new Button(getTranslation("matters.ui.new"), e -> getUI().ifPresent(ui -> ui.navigate("matters/new")));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.getElement().setAttribute("data-testid", "matter-new");
            header.add(add);
        }
        add(header);

        Select<MatterStatus> status = new Select<>();
        status.setLabel(getTranslation("matters.ui.status"));
        status.setItems(MatterStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("matters.ui.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("matters.ui.all") : getTranslation("matters.status." + s.name()));
        TextField words = new TextField(getTranslation("matters.ui.search"));
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setClearButtonVisible(true);
        add(new HorizontalLayout(status, words));

        Grid<MatterSummary> grid = new Grid<>();
        grid.addColumn(MatterSummary::number).setHeader(getTranslation("matters.ui.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MatterSummary::subject).setHeader(getTranslation("matters.field.subject")).setFlexGrow(3)
                .setTooltipGenerator(MatterSummary::subject);
        grid.addColumn(m -> getTranslation("matters.source." + m.source().name())).setHeader(getTranslation("matters.field.source"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MatterSummary::holders).setHeader(getTranslation("matters.ui.holders")).setFlexGrow(2);
        grid.addColumn(m -> MatterLabels.date(m.dueDate())).setHeader(getTranslation("matters.ui.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("matters.status." + m.status().name())
                + (m.withoutOwner() && m.status() != MatterStatus.TRIAGE ? " · " + getTranslation("matters.ui.without-owner") : "")
                + (m.overdue() ? " · " + getTranslation("matters.ui.overdue") : ""))
                .setHeader(getTranslation("matters.ui.status")).setAutoWidth(true).setFlexGrow(0);
        Runnable refresh = () -> {
            Set<MatterStatus> statuses = status.getValue() == null ? EnumSet.allOf(MatterStatus.class) : EnumSet.of(status.getValue());
            String text = words.getValue();
            grid.setItems(q -> queries.list(statuses, text, q.getOffset(), q.getLimit()).stream(), q -> queries.count(statuses, text));
        };
        status.addValueChangeListener(e -> refresh.run());
        words.addValueChangeListener(e -> refresh.run());
        refresh.run();
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate("matters/" + item.id())));
        grid.getElement().setAttribute("data-testid", "matters");
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matters.ui.nav") + " · " + getTranslation("app.name");
    }
}
