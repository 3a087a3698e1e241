package th.tidtam.matters.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import th.tidtam.base.ui.GridRows;
import th.tidtam.matters.UnownedMatter;
import th.tidtam.matters.service.UnownedMatters;

/** The matters still without an owner, oldest first, with their age and who declined them; and the list as a PDF. */
@Route("matters/unowned")
@PermitAll
public class UnownedMattersView extends VerticalLayout implements HasDynamicTitle {

    public UnownedMattersView(UnownedMatters unowned) {
        setSizeFull();
        add(new H2(getTranslation("matters.doc.unowned-title")));
        Anchor pdf = new Anchor("api/matters/unowned.pdf", getTranslation("matters.ui.pdf"));
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.setTarget("_blank");
        pdf.getElement().setAttribute("data-testid", "unowned-pdf");
        add(pdf);
        List<UnownedMatter> rows = unowned.list();
        Grid<UnownedMatter> grid = new Grid<>();
        grid.addColumn(UnownedMatter::number).setHeader(getTranslation("matters.doc.col.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UnownedMatter::subject).setHeader(getTranslation("matters.doc.col.subject")).setFlexGrow(3)
                .setTooltipGenerator(UnownedMatter::subject);
        grid.addColumn(r -> getTranslation("matters.source." + r.source().name())).setHeader(getTranslation("matters.doc.col.source"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> MatterLabels.date(r.receivedOn())).setHeader(getTranslation("matters.doc.col.received")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UnownedMatter::ageDays).setHeader(getTranslation("matters.doc.col.age")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UnownedMatter::declinedBy).setHeader(getTranslation("matters.doc.col.declined")).setFlexGrow(2)
                .setTooltipGenerator(UnownedMatter::declinedBy);
        grid.setItems(rows);
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate("matters/" + item.id())));
        grid.getElement().setAttribute("data-testid", "unowned-matters");
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matters.doc.unowned-title") + " · " + getTranslation("app.name");
    }
}
