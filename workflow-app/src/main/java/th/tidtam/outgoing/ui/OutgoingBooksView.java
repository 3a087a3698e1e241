package th.tidtam.outgoing.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import th.tidtam.base.i18n.Translations;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.outgoing.BookSummary;
import th.tidtam.outgoing.service.BookForm;
import th.tidtam.outgoing.service.RegisterBooks;
import th.tidtam.outgoing.service.RunningStart;

/**
 * The register books with their owner codes and this year's last numbers; the secretariat, the head of office and the
 * administrator open and change books and continue a book's numbers from a paper register (never backwards).
 */
@Route("outgoing/books")
@PermitAll
public class OutgoingBooksView extends VerticalLayout implements HasDynamicTitle {

    private final RegisterBooks books;
    private final OrgDirectory org;
    private final Clock clock;
    private final Grid<BookSummary> grid = new Grid<>();
    private final boolean thai;

    public OutgoingBooksView(RegisterBooks books, OrgDirectory org, Clock clock) {
        this.books = books;
        this.org = org;
        this.clock = clock;
        this.thai = Translations.isThai(getLocale());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("outgoing.ui.books")));
        header.setAlignItems(Alignment.CENTER);
        boolean keeps = books.keepsBooks();
        if (keeps) {
            Button add = new Button(getTranslation("outgoing.ui.add-book"), e -> edit(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.getElement().setAttribute("data-testid", "outgoing-add-book");
            header.add(add);
        }
        add(header);
        Map<Long, UnitSummary> units = org.allUnits().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        grid.addColumn(BookSummary::ownerCode).setHeader(getTranslation("outgoing.field.owner-code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(b -> b.name(thai)).setHeader(getTranslation("outgoing.ui.book")).setFlexGrow(2);
        grid.addColumn(b -> units.containsKey(b.unitId()) ? units.get(b.unitId()).name(thai) : "")
                .setHeader(getTranslation("outgoing.ui.unit")).setFlexGrow(2);
        grid.addColumn(b -> {
            int[] last = books.lastNumbers(b.id());
            return getTranslation("outgoing.ui.last-numbers", last[0], last[1]);
        }).setHeader(getTranslation("outgoing.ui.number")).setAutoWidth(true);
        grid.addColumn(b -> b.active() ? "✓" : "").setHeader(getTranslation("outgoing.ui.active")).setAutoWidth(true).setFlexGrow(0);
        if (keeps) {
            grid.addComponentColumn(b -> {
                Button change = new Button(getTranslation("outgoing.ui.edit"), e -> edit(b));
                Button start = new Button(getTranslation("outgoing.ui.running-start"), e -> runningStart(b));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                start.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return new HorizontalLayout(change, start);
            }).setAutoWidth(true);
        }
        grid.getElement().setAttribute("data-testid", "outgoing-book-grid");
        grid.setSizeFull();
        add(grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(books.books());
    }

    private void edit(BookSummary existing) {
        ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("outgoing.ui.unit"));
        unit.setItems(books.bookUnits());
        unit.setItemLabelGenerator(u -> u.code() + " · " + u.name(thai));
        TextField code = new TextField(getTranslation("outgoing.field.owner-code"));
        code.setPlaceholder("ฉช 0017.2");
        TextField nameTh = new TextField(getTranslation("outgoing.field.book-name-th"));
        TextField nameEn = new TextField(getTranslation("outgoing.field.book-name-en"));
        Checkbox active = new Checkbox(getTranslation("outgoing.ui.active"), true);
        if (existing != null) {
            org.unit(existing.unitId()).ifPresent(unit::setValue);
            unit.setEnabled(false);
            code.setValue(existing.ownerCode());
            nameTh.setValue(existing.nameTh());
            nameEn.setValue(existing.nameEn());
            active.setValue(existing.active());
        }
        dialog(new FormLayout(unit, code, nameTh, nameEn, active), () -> {
            BookForm form = new BookForm(unit.getValue() == null ? null : unit.getValue().id(), code.getValue(),
                    nameTh.getValue(), nameEn.getValue(), active.getValue());
            if (existing == null) {
                books.create(form);
            } else {
                books.update(existing.id(), form);
            }
        });
    }

    private void runningStart(BookSummary book) {
        Checkbox circular = new Checkbox(getTranslation("outgoing.ui.circular"));
        IntegerField year = new IntegerField(getTranslation("outgoing.ui.date"));
        year.setValue(LocalDate.now(clock).getYear() + 543);
        IntegerField last = new IntegerField(getTranslation("outgoing.field.last-number"));
        dialog(new FormLayout(circular, year, last), () -> books.continueAfter(book.id(), new RunningStart(circular.getValue(),
                year.getValue() == null ? null : year.getValue() - 543, last.getValue())));
    }

    private void dialog(FormLayout form, Runnable save) {
        Dialog dialog = new Dialog();
        dialog.add(form);
        dialog.setWidth("40em");
        Button ok = new Button(getTranslation("outgoing.ui.save"));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setDisableOnClick(true);
        ok.getElement().setAttribute("data-testid", "dialog-save");
        ok.addClickListener(e -> {
            if (OutgoingActions.run("outgoing.ui.saved", save)) {
                dialog.close();
                refresh();
            } else {
                ok.setEnabled(true);
            }
        });
        dialog.getFooter().add(ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outgoing.ui.books") + " · " + getTranslation("app.name");
    }
}
