package th.tidtam.directive.ui;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.ui.GridRows;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.DirectiveSearch;
import th.tidtam.directive.service.DirectiveViews;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;

/**
 * The directives the user may see: found by words of the number, subject or text (Thai or Arabic digits), narrowed by
 * status, agency, meeting, urgency and lateness, sorted by any of the sortable columns, newest first by default. Pages
 * load lazily; the search and the sort live in the address (query parameters), so a list can be bookmarked or sent.
 */
@Route("directives")
@PermitAll
@Menu(order = 10, title = "nav.directives", icon = "vaadin:list-ol")
public class DirectivesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final DirectiveFilters filters;
    private final Grid<DirectiveViews.Summary> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<DirectiveViews.Summary, Void, DirectiveSearch> provider;
    private boolean restoring;

    public DirectivesView(DirectiveQueries queries, CurrentUser currentUser, Translations translations) {
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
        filters = new DirectiveFilters(queries.assignableUnits(),
                queries.meetings(), translations, thai);
        add(filters);

        grid.addColumn(DirectiveViews.Summary::number).setHeader(getTranslation("directive.number")).setAutoWidth(true)
                .setFlexGrow(0).setSortProperty(DirectiveSearch.Sort.NUMBER.name()).setKey(DirectiveSearch.Sort.NUMBER.name());
        grid.addColumn(DirectiveViews.Summary::subject).setHeader(getTranslation("directive.subject")).setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(d -> DirectiveLabels.urgency(this, d.urgency())))
                .setHeader(getTranslation("directive.urgency")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(d -> DirectiveLabels.status(this, d.status())))
                .setHeader(getTranslation("directive.status")).setWidth("12em").setFlexGrow(0)
                .setSortProperty(DirectiveSearch.Sort.STATUS.name()).setKey(DirectiveSearch.Sort.STATUS.name());
        grid.addColumn(d -> ThaiDates.formatMedium(d.issuedAt().atZone(th.tidtam.base.time.ApplicationZone.ID).toLocalDate(), locale))
                .setHeader(getTranslation("directive.issued-on")).setAutoWidth(true).setFlexGrow(0)
                .setSortProperty(DirectiveSearch.Sort.ISSUED.name()).setKey(DirectiveSearch.Sort.ISSUED.name());
        grid.addColumn(d -> ThaiDates.formatMedium(d.dueDate(), locale)).setHeader(getTranslation("directive.due-date"))
                .setAutoWidth(true).setFlexGrow(0).setSortProperty(DirectiveSearch.Sort.DUE.name()).setKey(DirectiveSearch.Sort.DUE.name());
        grid.addColumn(d -> thai ? d.leadUnitNameTh() : d.leadUnitNameEn()).setHeader(getTranslation("directive.lead-unit"))
                .setFlexGrow(2);
        grid.setMultiSort(false);
        // long subjects and unit names wrap rather than being cut at 1366 px
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        provider = new CallbackDataProvider<DirectiveViews.Summary, DirectiveSearch>(
                query -> queries.page(sorted(query.getFilter().orElse(DirectiveSearch.all()), query.getSortOrders()),
                        query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, queries.count(query.getFilter().orElse(DirectiveSearch.all()))),
                DirectiveViews.Summary::id).withConfigurableFilter();
        grid.setItems(provider);
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(DirectiveView.class,
                new RouteParameters("id", String.valueOf(item.id())))));
        grid.addSortListener(e -> remember());
        grid.getElement().setAttribute("data-testid", "directives");
        grid.setSizeFull();
        add(grid);
        filters.onChange(this::apply);
    }

    /** The sort the user chose in the grid's header, or the search's own (newest first). */
    private static DirectiveSearch sorted(DirectiveSearch search, List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return search;
        }
        QuerySortOrder first = orders.get(0);
        return search.sortedBy(DirectiveSearch.Sort.valueOf(first.getSorted()), first.getDirection() == SortDirection.DESCENDING);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restoring = true;
        try {
            DirectiveFilters.FromAddress wanted = filters.restore(event.getLocation().getQueryParameters());
            grid.sort(wanted.sort() == null ? List.of() : List.of(new GridSortOrder<>(grid.getColumnByKey(wanted.sort().name()),
                    wanted.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        } finally {
            restoring = false;
        }
        apply();
    }

    private void apply() {
        if (restoring) {
            return;
        }
        filters.current().ifPresent(provider::setFilter);
        remember();
    }

    /** The search and the sort as query parameters of the address, without a new history entry per keystroke. */
    private void remember() {
        if (restoring) {
            return;
        }
        List<GridSortOrder<DirectiveViews.Summary>> order = grid.getSortOrder();
        String query = filters.toAddress(order.isEmpty() ? null : DirectiveSearch.Sort.valueOf(order.get(0).getSorted().getKey()),
                !order.isEmpty() && order.get(0).getDirection() == SortDirection.DESCENDING);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "directives" + (query.isEmpty() ? "" : "?" + query)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directives") + " · " + getTranslation("app.name");
    }
}
