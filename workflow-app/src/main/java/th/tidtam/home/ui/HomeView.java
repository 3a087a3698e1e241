package th.tidtam.home.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.TidtamUser;

/** The start page: who I am today, in which positions and capacities. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView(CurrentUser currentUser, OrgDirectory directory) {
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        TidtamUser user = currentUser.require();
        LocalDate today = directory.today();
        add(new H2(getTranslation("home.greeting", user.fullName(thai))));
        Paragraph date = new Paragraph(getTranslation("home.today", ThaiDates.formatLong(today, locale)));
        date.getElement().setAttribute("data-testid", "today");
        add(date);

        List<CurrentPosition> positions = directory.currentPositions(user.personId());
        if (positions.isEmpty()) {
            add(new Paragraph(getTranslation("home.no-positions")));
            return;
        }
        add(new Span(getTranslation("home.my-positions")));
        Grid<CurrentPosition> grid = new Grid<>();
        grid.addColumn(p -> p.title(thai)).setHeader(getTranslation("org.position")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(p -> p.unitName(thai)).setHeader(getTranslation("org.unit")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation("org.capacity." + p.capacity().name())).setHeader(getTranslation("org.capacity"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.validTo() == null ? getTranslation("org.open-ended") : ThaiDates.formatMedium(p.validTo(), locale))
                .setHeader(getTranslation("org.until")).setAutoWidth(true);
        grid.addColumn(CurrentPosition::orderNumber).setHeader(getTranslation("org.legal-basis")).setFlexGrow(2);
        grid.setItems(positions);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("data-testid", "my-positions");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
