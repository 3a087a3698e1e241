package th.tidtam.notify.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.Notifications;
import th.tidtam.notify.NotificationKind;
import th.tidtam.notify.OutboxStatus;
import th.tidtam.notify.domain.OutboxFilter;
import th.tidtam.notify.domain.OutboxMessage;
import th.tidtam.notify.service.NotificationPreferences;
import th.tidtam.notify.service.OutboxAdministration;
import th.tidtam.security.Roles;

/**
 * The outbox for the administrator: every message with its status, attempts, next attempt and last error, read a page
 * at a time; filters by status, kind and text; a message's text (what a held message would have said); "retry now";
 * and the notification policy on its own tab.
 */
@Route("admin/outbox")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 93, title = "notify.nav.outbox", icon = "vaadin:outbox")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final OutboxAdministration outbox;
    private final Translations translations;
    private final Clock clock;
    private final Locale locale;

    private final Select<OutboxStatus> status = new Select<>();
    private final Select<String> kind = new Select<>();
    private final TextField text = new TextField();
    private final Grid<OutboxMessage> grid = new Grid<>();
    private final Span count = new Span();
    private final Span byStatus = new Span();

    public OutboxView(OutboxAdministration outbox, NotificationPreferences preferences, Translations translations,
            Clock clock) {
        this.outbox = outbox;
        this.translations = translations;
        this.clock = clock;
        this.locale = getLocale();
        setSizeFull();
        add(new H2(getTranslation("notify.nav.outbox")));
        if (!outbox.serverConfigured()) {
            Paragraph held = new Paragraph(getTranslation("notify.outbox.no-server"));
            held.getElement().setAttribute("data-testid", "outbox-no-server");
            add(held);
        }
        VerticalLayout messages = messages();
        TabSheet tabs = new TabSheet();
        tabs.add(getTranslation("notify.outbox.tab.messages"), messages);
        tabs.add(getTranslation("notify.outbox.tab.policy"), new PolicyEditor(preferences, translations));
        tabs.setSizeFull();
        add(tabs);
        refresh();
    }

    private VerticalLayout messages() {
        status.setLabel(getTranslation("notify.outbox.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("notify.outbox.filter.any"));
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("notify.outbox.filter.any")
                : getTranslation("notify.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        status.getElement().setAttribute("data-testid", "outbox-status");

        kind.setLabel(getTranslation("notify.outbox.filter.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("notify.outbox.filter.any"));
        kind.setItems(Stream.concat(Arrays.stream(NotificationKind.values()).map(Enum::name), Stream.of("DIGEST")).toList());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("notify.outbox.filter.any") : kindLabel(k));
        kind.addValueChangeListener(e -> refresh());

        text.setLabel(getTranslation("notify.outbox.filter.text"));
        text.setClearButtonVisible(true);
        text.setMaxLength(OutboxAdministration.MAX_SEARCH);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        text.getElement().setAttribute("data-testid", "outbox-text");

        HorizontalLayout filters = new HorizontalLayout(status, kind, text);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(m -> when(m.createdAt())).setHeader(getTranslation("notify.outbox.column.created")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> getTranslation("notify.status." + m.status().name()))
                .setHeader(getTranslation("notify.outbox.column.status")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::address).setHeader(getTranslation("notify.outbox.column.recipient")).setWidth("14em")
                .setFlexGrow(1).setResizable(true).setTooltipGenerator(OutboxMessage::address);
        grid.addColumn(m -> kindLabel(m.kind())).setHeader(getTranslation("notify.outbox.column.kind")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::subject).setHeader(getTranslation("notify.outbox.column.subject")).setWidth("18em")
                .setFlexGrow(3).setResizable(true)
                .setTooltipGenerator(OutboxMessage::subject);
        grid.addColumn(OutboxMessage::attempts).setHeader(getTranslation("notify.outbox.column.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.status() == OutboxStatus.FAILED_RETRYING ? when(m.nextAttemptAt()) : "")
                .setHeader(getTranslation("notify.outbox.column.next")).setAutoWidth(true);
        grid.addColumn(m -> error(m.lastError())).setHeader(getTranslation("notify.outbox.column.error")).setFlexGrow(2)
                .setTooltipGenerator(m -> m.lastError() == null ? "" : m.lastError());
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.getElement().setAttribute("data-testid", "outbox-grid");
        grid.setPageSize(50);
        grid.setSizeFull();
        count.getElement().setAttribute("data-testid", "outbox-count");

        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("notify.outbox.intro")), filters,
                new HorizontalLayout(count, byStatus), grid);
        layout.setPadding(false);
        layout.setSizeFull();
        return layout;
    }

    private HorizontalLayout actions(OutboxMessage m) {
        Button read = new Button(getTranslation("notify.outbox.view"), e -> read(m.id()));
        read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        read.getElement().setAttribute("aria-label", getTranslation("notify.outbox.view") + " " + m.subject());
        HorizontalLayout row = new HorizontalLayout(read);
        // a held message can go only once there is a server: no button that can only be refused
        if (m.status().retryable() && (m.status() != OutboxStatus.HELD || outbox.serverConfigured())) {
            Button retry = new Button(getTranslation("notify.outbox.retry"), e -> retry(m.id()));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.setDisableOnClick(true);
            retry.getElement().setAttribute("data-testid", "outbox-retry-" + m.id());
            row.add(retry);
        }
        return row;
    }

    private void read(long id) {
        OutboxMessage m;
        try {
            m = outbox.message(id);
        } catch (RuntimeException e) {
            refresh();
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(m.subject());
        Pre body = new Pre(m.bodyText());
        body.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
        body.getElement().setAttribute("data-testid", "outbox-body");
        VerticalLayout content = new VerticalLayout(new Span(m.address() + " · " + getTranslation("notify.status."
                + m.status().name()) + (m.sentAt() == null ? "" : " · " + getTranslation("notify.outbox.sent-at", when(m.sentAt())))),
                body);
        if (m.lastError() != null) {
            content.add(new Paragraph(getTranslation("notify.outbox.column.error") + ": " + m.lastError()));
        }
        dialog.add(content);
        dialog.setWidth("min(48em, 95vw)");
        Button close = new Button(getTranslation("notify.outbox.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void retry(long id) {
        try {
            outbox.retry(id);
            Notifications.success(getTranslation("notify.outbox.retried"));
        } catch (RuleViolation v) {
            Notifications.refused(v, translations);
        }
        refresh();
    }

    private void refresh() {
        OutboxFilter filter;
        try {
            filter = new OutboxFilter(status.getValue(), kind.getValue(), text.getValue());
            count.setText(getTranslation("notify.outbox.count", outbox.count(filter)));
        } catch (RuleViolation v) {
            Notifications.refused(v, translations);
            return;
        }
        Map<OutboxStatus, Integer> counts = outbox.countsByStatus();
        byStatus.setText(counts.entrySet().stream()
                .map(e -> getTranslation("notify.status." + e.getKey().name()) + " " + e.getValue())
                .collect(Collectors.joining(" · ")));
        OutboxFilter f = filter;
        grid.setItems(q -> outbox.search(f, q.getOffset(), Math.min(q.getLimit(), OutboxAdministration.MAX_PAGE)).stream(),
                q -> outbox.count(f));
    }

    private String kindLabel(String k) {
        return getTranslation("notify.kind." + k);
    }

    private String error(String lastError) {
        if (lastError == null) {
            return "";
        }
        int colon = lastError.indexOf(':');
        String code = colon < 0 ? lastError : lastError.substring(0, colon);
        return code.matches("[A-Z_]+") ? getTranslation("notify.failure." + code) : lastError;
    }

    private String when(Instant at) {
        if (at == null) {
            return "";
        }
        return ThaiDates.formatDateTime(LocalDateTime.ofInstant(at, clock.getZone()), locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.nav.outbox") + " · " + getTranslation("app.name");
    }
}
