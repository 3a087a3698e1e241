package th.tidtam.outgoing.ui;

import java.time.Clock;
import java.time.LocalDate;
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
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.outgoing.LetterSummary;
import th.tidtam.outgoing.OutgoingStatus;
import th.tidtam.outgoing.service.OutgoingDocuments;
import th.tidtam.outgoing.service.OutgoingDrafts;

/**
 * The outgoing register (ทะเบียนหนังสือส่ง): the letters the user may see, newest first, filtered by status, fetched
 * page by page; drafting a letter, the books, and the register of a period as PDF or Excel.
 */
@Route("outgoing")
@PermitAll
@Menu(order = 17, title = "outgoing.ui.nav", icon = "vaadin:envelope-open-o")
public class OutgoingView extends VerticalLayout implements HasDynamicTitle {

    private final OutgoingDrafts drafts;
    private final Select<OutgoingStatus> status = new Select<>();
    private final Grid<LetterSummary> grid = new Grid<>();

    public OutgoingView(OutgoingDrafts drafts, OutgoingDocuments documents, Clock clock) {
        this.drafts = drafts;
        setSizeFull();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);

        Button create = new Button(getTranslation("outgoing.ui.new"), e -> getUI().ifPresent(ui -> ui.navigate(NewOutgoingView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.getElement().setAttribute("data-testid", "outgoing-new");
        Button books = new Button(getTranslation("outgoing.ui.books"), e -> getUI().ifPresent(ui -> ui.navigate(OutgoingBooksView.class)));
        books.getElement().setAttribute("data-testid", "outgoing-books");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("outgoing.ui.nav")), create, books);
        header.setAlignItems(Alignment.CENTER);
        add(header);

        status.setLabel(getTranslation("outgoing.ui.status"));
        status.setItems(OutgoingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("outgoing.ui.all-statuses"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("outgoing.ui.all-statuses") : getTranslation("outgoing.status." + s.name()));
        status.getElement().setAttribute("data-testid", "outgoing-filter-status");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        LocalDate today = LocalDate.now(clock);
        BuddhistDatePicker from = new BuddhistDatePicker(getTranslation("outgoing.ui.from"));
        from.setValue(today.withDayOfMonth(1));
        BuddhistDatePicker to = new BuddhistDatePicker(getTranslation("outgoing.ui.to"));
        to.setValue(today);
        HorizontalLayout filters = new HorizontalLayout(status, from, to,
                OutgoingActions.download(getTranslation("outgoing.ui.register-pdf"), "outgoing-register-pdf", "application/pdf",
                        () -> documents.registerPdf(null, from.getValue(), to.getValue(), true)),
                OutgoingActions.download(getTranslation("outgoing.ui.register-xlsx"), "outgoing-register-xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> documents.registerXlsx(null, from.getValue(), to.getValue(), false)));
        filters.setAlignItems(Alignment.BASELINE);
        add(filters);

        grid.addColumn(l -> l.number() == null ? getTranslation("outgoing.ui.not-numbered") : l.number())
                .setHeader(getTranslation("outgoing.ui.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> ThaiDates.formatMedium(l.letterDate(), locale)).setHeader(getTranslation("outgoing.ui.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LetterSummary::subject).setHeader(getTranslation("outgoing.field.subject")).setFlexGrow(3)
                .setTooltipGenerator(LetterSummary::subject);
        grid.addColumn(LetterSummary::recipients).setHeader(getTranslation("outgoing.field.recipients")).setFlexGrow(2);
        grid.addColumn(l -> getTranslation("outgoing.urgency." + l.urgency().name())).setHeader(getTranslation("outgoing.ui.urgency"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> getTranslation("outgoing.status." + l.status().name())).setHeader(getTranslation("outgoing.ui.status"))
                .setAutoWidth(true).setFlexGrow(0);
        // the service pages: the screen asks for what it shows
        grid.setItems(q -> drafts.page(status.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, drafts.count(status.getValue())));
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(OutgoingLetterView.class,
                new RouteParameters("id", String.valueOf(item.id())))));
        grid.getElement().setAttribute("data-testid", "outgoing-letters");
        grid.setSizeFull();
        add(grid);
        if (!thai) {
            grid.getElement().setAttribute("lang", "en");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outgoing.ui.nav") + " · " + getTranslation("app.name");
    }
}
