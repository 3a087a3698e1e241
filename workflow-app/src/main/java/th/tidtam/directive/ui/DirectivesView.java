package th.tidtam.directive.ui;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;

/** The directives the user may see, newest first; pages load lazily from the database. */
@Route("directives")
@PermitAll
@Menu(order = 10, title = "nav.directives", icon = "vaadin:list-ol")
public class DirectivesView extends VerticalLayout implements HasDynamicTitle {

    public DirectivesView(DirectiveQueries queries, CurrentUser currentUser) {
        setSizeFull();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.directives")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        boolean mayIssue = currentUser.get().map(u -> u.hasRole(Roles.GOVERNOR) || u.hasRole(Roles.SECRETARIAT)).orElse(false);
        if (mayIssue) {
            Button issue = new Button(getTranslation("directive.issue"), e -> getUI().ifPresent(ui -> ui.navigate(IssueDirectiveView.class)));
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            issue.getElement().setAttribute("data-testid", "issue-directive");
            header.add(issue);
        }
        add(header);

        Grid<DirectiveViews.Summary> grid = new Grid<>();
        grid.addColumn(DirectiveViews.Summary::number).setHeader(getTranslation("directive.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DirectiveViews.Summary::subject).setHeader(getTranslation("directive.subject")).setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(d -> DirectiveLabels.urgency(this, d.urgency())))
                .setHeader(getTranslation("directive.urgency")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> DirectiveLabels.status(this, d.status())))
                .setHeader(getTranslation("directive.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> ThaiDates.formatMedium(d.dueDate(), locale)).setHeader(getTranslation("directive.due-date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> thai ? d.leadUnitNameTh() : d.leadUnitNameEn()).setHeader(getTranslation("directive.lead-unit"))
                .setFlexGrow(2);
        grid.setItems(query -> queries.visible(query.getOffset(), query.getLimit()).items().stream(),
                query -> (int) queries.visible(0, 1).total());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DirectiveView.class, new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.getElement().setAttribute("data-testid", "directives");
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directives") + " · " + getTranslation("app.name");
    }
}
