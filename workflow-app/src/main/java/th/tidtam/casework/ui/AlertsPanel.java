package th.tidtam.casework.ui;

import static th.tidtam.base.text.Xml.escape;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.CaseTypes;
import th.tidtam.casework.alert.Alert;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;

/**
 * My unread alerts (reminders, escalations, returned reports, work delegated to me) above "My work"; each links to
 * its case's screen and can be dismissed. Hidden when there is nothing to say.
 * <p>
 * The rows are markup the server writes once (the panel's {@code innerHTML}), not components: a row of components
 * (layout, badge, link, date, button) held ~9 state nodes in every open session, the panel ~70 in all. The browser
 * renders the same elements (a Lumo badge, a router link, a Vaadin button that Tab reaches and Enter or Space press),
 * and one click listener on the panel takes the dismissals. Every text is escaped: a detail is a case's subject or
 * a reviewer's comment.
 */
public class AlertsPanel extends VerticalLayout {

    /** The id of the alert whose dismiss button was clicked (the button carries it; nothing else is sent). */
    private static final String DISMISSED = "event.target.closest('[data-dismiss]')?.getAttribute('data-dismiss')";

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
        getElement().addEventListener("click", e -> dismiss(e.getEventData().getString(DISMISSED)))
                .addEventData(DISMISSED).setFilter("event.target.closest('[data-dismiss]') != null");
        refresh();
    }

    private void dismiss(String id) {
        long alertId;
        try {
            alertId = Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException notAnId) {
            return; // the browser sends only the ids written above; anything else is not a click on a dismiss button
        }
        // (the service checks that the alert is one of mine)
        alerts.markRead(alertId);
        refresh();
    }

    private void refresh() {
        List<Alert> unread = alerts.unread(20);
        setVisible(!unread.isEmpty());
        if (unread.isEmpty()) {
            getElement().setProperty("innerHTML", "");
            return;
        }
        StringBuilder html = new StringBuilder(512 * unread.size());
        html.append("<h3>").append(escape(getTranslation("alerts.title", unread.size()))).append("</h3>");
        String dismiss = escape(getTranslation("alerts.dismiss"));
        for (Alert a : unread) {
            // as HorizontalLayout(kind, link, when, dismiss) with spacing, centred, rendered them
            html.append("<vaadin-horizontal-layout theme=\"spacing\" style=\"align-items: center\" data-testid=\"alert\"")
                    .append(" data-kind=\"").append(escape(a.kind().name())).append("\">");
            html.append("<span theme=\"badge").append(serious(a.kind()) ? " error" : "").append("\">")
                    .append(escape(getTranslation("alerts.kind." + a.kind().name()))).append("</span>");
            // the detail is the case's number and subject or a reviewer's comment: shown as text
            html.append("<a href=\"").append(escape(types.route(a.ref()).orElse(""))).append("\" router-link>")
                    .append(escape(a.detail())).append("</a>");
            html.append("<span style=\"color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s)\">")
                    .append(escape(ThaiDates.formatDateTime(a.createdAt().atZone(clock.getZone()).toLocalDateTime(), getLocale())))
                    .append("</span>");
            html.append("<vaadin-button theme=\"tertiary small\" data-dismiss=\"").append(a.id()).append("\">")
                    .append(dismiss).append("</vaadin-button>");
            html.append("</vaadin-horizontal-layout>");
        }
        html.append("<div></div>");
        getElement().setProperty("innerHTML", html.toString());
    }

    private static boolean serious(AlertKind kind) {
        return kind == AlertKind.ESCALATED || kind == AlertKind.ESCALATED_TO_YOU || kind == AlertKind.REPORT_RETURNED;
    }
}
