package th.tidtam.letters.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import th.tidtam.base.ui.GridRows;
import th.tidtam.base.RuleViolation;
import th.tidtam.base.ui.BuddhistDatePicker;
import th.tidtam.casework.Urgency;
import th.tidtam.letters.LetterFilter;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.service.IncomingRegister;
import th.tidtam.letters.service.RegisterPrintout;
import th.tidtam.org.SecrecyClass;

/**
 * The incoming register (ทะเบียนหนังสือรับ): newest number first, a page at a time from the database, filtered by the
 * period received, urgency, secrecy, flagged duplicates and a word; the printed register of the period as PDF and
 * Excel. The correspondence section registers letters from here. Each user sees what the register lets them see.
 */
@Route("letters")
@PermitAll
@Menu(order = 16, title = "letters.ui.nav", icon = "vaadin:envelope-open")
public class LettersView extends VerticalLayout implements HasDynamicTitle {

    private final IncomingRegister register;
    private final Grid<LetterSummary> grid = new Grid<>();
    private final BuddhistDatePicker from = new BuddhistDatePicker(null);
    private final BuddhistDatePicker to = new BuddhistDatePicker(null);
    private final Select<Urgency> urgency = new Select<>();
    private final Select<SecrecyClass> secrecy = new Select<>();
    private final Checkbox duplicates = new Checkbox();
    private final TextField text = new TextField();

    public LettersView(IncomingRegister register, RegisterPrintout printout, Clock clock) {
        this.register = register;
        setSizeFull();
        Locale locale = getLocale();
        boolean thai = th.tidtam.base.i18n.Translations.isThai(locale);

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("letters.ui.nav")));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        if (register.mayRegister()) {
            Button add = new Button(getTranslation("letters.ui.register"), e -> getUI().ifPresent(ui -> ui.navigate(NewLetterView.class)));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.getElement().setAttribute("data-testid", "letters-register");
            header.add(add);
        }
        add(header);

        LocalDate today = LocalDate.now(clock);
        from.setLabel(getTranslation("letters.ui.from"));
        to.setLabel(getTranslation("letters.ui.to"));
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today);
        urgency.setLabel(getTranslation("letters.field.urgency"));
        urgency.setItems(Urgency.mostUrgentFirst());
        urgency.setEmptySelectionAllowed(true);
        urgency.setEmptySelectionCaption(getTranslation("letters.ui.any"));
        urgency.setItemLabelGenerator(u -> u == null ? getTranslation("letters.ui.any") : getTranslation("letters.urgency." + u.name()));
        secrecy.setLabel(getTranslation("letters.field.secrecy"));
        secrecy.setItems(Arrays.asList(SecrecyClass.values()));
        secrecy.setEmptySelectionAllowed(true);
        secrecy.setEmptySelectionCaption(getTranslation("letters.ui.any"));
        secrecy.setItemLabelGenerator(s -> s == null ? getTranslation("letters.ui.any") : getTranslation("letters.secrecy." + s.name()));
        duplicates.setLabel(getTranslation("letters.ui.duplicates-only"));
        text.setLabel(getTranslation("letters.ui.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setMaxLength(200);
        text.getElement().setAttribute("data-testid", "letters-search");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        urgency.addValueChangeListener(e -> refresh());
        secrecy.addValueChangeListener(e -> refresh());
        duplicates.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, urgency, secrecy, text, duplicates);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);
        add(new HorizontalLayout(
                download(getTranslation("letters.ui.print-pdf"), "letters-register-pdf", "letters-in.pdf", "application/pdf",
                        () -> printout.pdf(from.getValue(), to.getValue(), filter(), true)),
                download(getTranslation("letters.ui.print-xlsx"), "letters-register-xlsx", "letters-in.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> printout.xlsx(from.getValue(), to.getValue(), filter()))));

        grid.addColumn(LetterLabels::number).setHeader(getTranslation("letters.doc.col.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> LetterLabels.received(l, locale)).setHeader(getTranslation("letters.doc.col.received-at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LetterSummary::senderNumber).setHeader(getTranslation("letters.doc.col.sender-number")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LetterSummary::fromParty).setHeader(getTranslation("letters.doc.col.from")).setFlexGrow(2)
                .setTooltipGenerator(LetterSummary::fromParty);
        grid.addColumn(LetterSummary::subject).setHeader(getTranslation("letters.doc.col.subject")).setFlexGrow(4)
                .setTooltipGenerator(LetterSummary::subject);
        grid.addColumn(new ComponentRenderer<>(l -> LetterLabels.urgency(this, l.urgency())))
                .setHeader(getTranslation("letters.doc.col.urgency")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(l -> LetterLabels.secrecy(this, l.secrecy())))
                .setHeader(getTranslation("letters.doc.col.secrecy")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.duplicate() ? getTranslation("letters.doc.duplicate") : "")
                .setHeader(getTranslation("letters.ui.duplicate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> getTranslation("letters.status." + l.status().name()) + (l.handlerTitle(thai) == null ? ""
                : " · " + l.handlerTitle(thai))).setHeader(getTranslation("letters.ui.status")).setFlexGrow(2);
        // the register answers a page at a time: the screen never loads a year's letters at once
        grid.setItems(q -> {
            try {
                return register.letters(filter(), q.getOffset(), q.getLimit()).getContent().stream();
            } catch (RuleViolation refused) {
                return java.util.stream.Stream.empty();
            }
        });
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(LetterView.class,
                new RouteParameters("id", String.valueOf(item.id())))));
        grid.getElement().setAttribute("data-testid", "letters");
        grid.setWidthFull();
        grid.setHeight("32em");
        setFlexShrink(0, grid);
        add(grid);
    }

    private LetterFilter filter() {
        return new LetterFilter(from.getValue(), to.getValue(), urgency.getValue(), secrecy.getValue(), duplicates.getValue(),
                text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static Anchor download(String label, String testId, String name, String type, Supplier<byte[]> bytes) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] b = bytes.get();
                return new DownloadResponse(new ByteArrayInputStream(b), name, type, b.length);
            } catch (RuleViolation refused) {
                return DownloadResponse.error(400);
            }
        });
        Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.PRINT.create());
        a.add(" " + label);
        a.getElement().setAttribute("data-testid", testId);
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("letters.ui.nav") + " · " + getTranslation("app.name");
    }
}
