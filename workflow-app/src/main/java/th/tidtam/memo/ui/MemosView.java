package th.tidtam.memo.ui;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.ui.GridRows;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.memo.MemoSummary;
import th.tidtam.memo.service.MemoQueries;

/** The memos: mine, waiting for me, all I may see; a lazy grid, newest first. */
@Route("memos")
@PermitAll
@Menu(order = 18, title = "memo.menu", icon = "vaadin:file-text")
public class MemosView extends VerticalLayout implements HasDynamicTitle {

    private final MemoQueries queries;
    private final Grid<MemoSummary> grid = new Grid<>();
    private final Select<MemoQueries.Scope> scope = new Select<>();

    public MemosView(MemoQueries queries) {
        this.queries = queries;
        setSizeFull();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        scope.setItems(MemoQueries.Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("memo.scope." + s.name()));
        scope.setValue(MemoQueries.Scope.WAITING);
        scope.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        scope.getElement().setAttribute("data-testid", "memo-scope");
        Button create = new Button(getTranslation("memo.new"), e -> getUI().ifPresent(ui -> ui.navigate("memos/new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.getElement().setAttribute("data-testid", "memo-new");
        add(new H2(getTranslation("memo.list.title")), new HorizontalLayout(scope, create));

        grid.addColumn(m -> getTranslation("memo.number.value", m.number())).setHeader(getTranslation("memo.col.number")).setAutoWidth(true);
        grid.addColumn(MemoSummary::subject).setHeader(getTranslation("memo.col.subject")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("memo.status." + m.status().name())).setHeader(getTranslation("memo.col.status")).setAutoWidth(true);
        grid.addColumn(m -> thai ? m.atPositionTitleTh() : m.atPositionTitleEn()).setHeader(getTranslation("memo.col.at")).setFlexGrow(2);
        grid.addColumn(m -> ThaiDates.formatDateTime(m.updatedAt().atZone(ApplicationZone.ID).toLocalDateTime(), locale))
                .setHeader(getTranslation("memo.col.updated")).setAutoWidth(true);
        grid.setItems(q -> queries.list(scope.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) queries.count(scope.getValue()));
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(MemoView.class,
                new RouteParameters("id", String.valueOf(item.id())))));
        grid.getElement().setAttribute("data-testid", "memo-grid");
        grid.setMinHeight("400px");
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("memo.list.title");
    }
}
