package th.tidtam.casework.ui;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.CaseTypes;
import th.tidtam.casework.search.CaseFinder;
import th.tidtam.casework.search.CaseHit;

/** One search box over the registers, memos and orders, showing only what the user's positions may see. */
@Route("search")
@PermitAll
@Menu(order = 24, title = "nav.search", icon = "vaadin:search")
public class SearchView extends VerticalLayout implements HasDynamicTitle {

    private static final int LIMIT = 100;

    private final CaseFinder finder;
    private final CaseTypes types;
    private final Translations translations;
    private final Grid<CaseHit> grid = new Grid<>();
    private final Span count = new Span();

    public SearchView(CaseFinder finder, CaseTypes types, Translations translations) {
        this.finder = finder;
        this.types = types;
        this.translations = translations;
        setSizeFull();
        add(new H2(getTranslation("search.title")));
        TextField query = new TextField();
        query.setPlaceholder(getTranslation("search.query"));
        query.setAriaLabel(getTranslation("search.query"));
        query.setMaxLength(CaseFinder.MAX_QUERY);
        query.setWidth("36em");
        query.getElement().setAttribute("data-testid", "search-query");
        Button search = new Button(getTranslation("search.button"), e -> search(query.getValue()));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        search.getElement().setAttribute("data-testid", "search-button");
        HorizontalLayout bar = new HorizontalLayout(query, search, count);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(bar);
        columns();
        grid.getElement().setAttribute("data-testid", "search-results");
        grid.setSizeFull();
        add(grid);
    }

    private void columns() {
        Locale locale = getLocale();
        grid.addColumn(h -> getTranslation("search.type." + h.caseType())).setHeader(getTranslation("search.column.type"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(h -> {
            Anchor link = new Anchor(types.route(CaseRef.of(h.caseType(), h.caseId())).orElse(""), h.number());
            link.getElement().setAttribute("router-link", true);
            return link;
        }).setHeader(getTranslation("search.column.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CaseHit::subject).setHeader(getTranslation("search.column.subject")).setFlexGrow(4);
        grid.addColumn(CaseHit::party).setHeader(getTranslation("search.column.party")).setFlexGrow(2);
        grid.addColumn(h -> h.date() == null ? "" : ThaiDates.formatMedium(h.date(), locale))
                .setHeader(getTranslation("search.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.secrecy() == null || !h.secrecy().classified() ? ""
                : getTranslation("directive.secrecy." + h.secrecy().name()))
                .setHeader(getTranslation("search.column.secrecy")).setAutoWidth(true).setFlexGrow(0);
    }

    private void search(String query) {
        try {
            List<CaseHit> hits = finder.find(query, LIMIT);
            grid.setItems(hits);
            count.setText(hits.isEmpty() ? getTranslation("search.none") : getTranslation("search.count", hits.size()));
        } catch (RuleViolation violation) {
            Notifications.refused(violation, translations);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
