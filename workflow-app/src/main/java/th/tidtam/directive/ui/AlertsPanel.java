package th.tidtam.directive.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.directive.service.DirectiveAlerts;

/**
 * My unread alerts (reminders, escalations, returned reports, work delegated to me) above "My work"; each links to
 * its directive and can be dismissed. Hidden when there is nothing to say.
 */
public class AlertsPanel extends VerticalLayout {

    private final DirectiveAlerts alerts;

    public AlertsPanel(DirectiveAlerts alerts) {
        this.alerts = alerts;
        setPadding(false);
        setSpacing(false);
        getElement().setAttribute("data-testid", "alerts");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<DirectiveAlerts.Alert> unread = alerts.unread(20);
        setVisible(!unread.isEmpty());
        if (unread.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("alerts.title", unread.size())));
        for (DirectiveAlerts.Alert a : unread) {
            Span when = new Span(ThaiDates.formatDateTime(a.createdAt().atZone(ZoneId.of("Asia/Bangkok")).toLocalDateTime(),
                    getLocale()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Span kind = new Span(getTranslation("alerts.kind." + a.kind().name()));
            kind.getElement().getThemeList().add("badge");
            if (a.kind().name().startsWith("ESCALATED") || a.kind().name().equals("REPORT_RETURNED")) {
                kind.getElement().getThemeList().add("error");
            }
            // the detail is the directive's number and subject or a reviewer's comment: shown as text
            RouterLink link = new RouterLink(a.detail() == null ? "" : a.detail(), DirectiveView.class,
                    new RouteParameters("id", String.valueOf(a.directiveId())));
            Button dismiss = new Button(getTranslation("alerts.dismiss"), e -> {
                alerts.markRead(a.id());
                refresh();
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(kind, link, when, dismiss);
            row.setAlignItems(Alignment.CENTER);
            row.getElement().setAttribute("data-testid", "alert");
            row.getElement().setAttribute("data-kind", a.kind().name());
            add(row);
        }
        add(new Div());
    }
}
