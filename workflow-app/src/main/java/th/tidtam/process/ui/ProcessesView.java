package th.tidtam.process.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.process.ProcessCatalog;
import th.tidtam.process.ProcessCatalog.DeployedProcess;

/** The administrator's view of the deployed process models, with the way into Camunda's own cockpit. */
@Route("admin/processes")
@RolesAllowed("ADMIN")
@Menu(order = 95, title = "nav.processes", icon = "vaadin:cluster")
public class ProcessesView extends VerticalLayout implements HasDynamicTitle {

    public ProcessesView(ProcessCatalog catalog) {
        add(new H2(getTranslation("nav.processes")));
        add(new Paragraph(getTranslation("processes.intro")));
        Grid<DeployedProcess> grid = new Grid<>();
        grid.addColumn(DeployedProcess::key).setHeader(getTranslation("processes.key")).setAutoWidth(true);
        grid.addColumn(DeployedProcess::name).setHeader(getTranslation("processes.name")).setFlexGrow(2);
        grid.addColumn(DeployedProcess::version).setHeader(getTranslation("processes.version")).setAutoWidth(true);
        grid.addColumn(DeployedProcess::resource).setHeader(getTranslation("processes.resource")).setFlexGrow(2);
        grid.setItems(catalog.latestProcesses());
        grid.getElement().setAttribute("data-testid", "deployed-processes");
        grid.setAllRowsVisible(true);
        add(grid, new Anchor("/camunda/app/cockpit/", getTranslation("processes.cockpit")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.processes") + " · " + getTranslation("app.name");
    }
}
