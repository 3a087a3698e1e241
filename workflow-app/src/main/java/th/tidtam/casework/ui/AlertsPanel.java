package th.tidtam.casework.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.CaseTypes;
import th.tidtam.casework.alert.Alert;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;

/**
 * My unread alerts (reminders, escalations, returned reports, work delegated to me) above "My work"; each links to
 * its case's screen and can be dismissed. Hidden when there is nothing to say.
 */
public class AlertsPanel extends VerticalLayout {

    private final Alerts alerts;
    private final CaseTypes types;
    private final Clock clock;

    public AlertsPanel(Alerts alerts, CaseTypes types, Clock clock) {
        this.alerts = alerts;
        this.types = types;
        this.clock = clock;
        setPadding(false);
        setSpacing(false);
        getElement().setAttribute("data-testid", "alerts");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<Alert> unread = alerts.unread(20);
        setVisible(!unread.isEmpty());
        if (unread.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("alerts.title", unread.size())));
        for (Alert a : unread) {
            Span when = new Span(ThaiDates.formatDateTime(a.createdAt().atZone(clock.getZone()).toLocalDateTime(), getLocale()));
            when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Span kind = new Span(getTranslation("alerts.kind." + a.kind().name()));
            kind.getElement().getThemeList().add("badge");
            if (a.kind() == AlertKind.ESCALATED || a.kind() == AlertKind.ESCALATED_TO_YOU || a.kind() == AlertKind.REPORT_RETURNED) {
                kind.getElement().getThemeList().add("error");
            }
            // the detail is the case's number and subject or a reviewer's comment: shown as text
            Anchor link = new Anchor(types.route(a.ref()).orElse(""), a.detail() == null ? "" : a.detail());
            link.getElement().setAttribute("router-link", true);
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
