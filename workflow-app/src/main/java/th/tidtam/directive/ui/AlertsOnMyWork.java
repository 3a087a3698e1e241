package th.tidtam.directive.ui;

import org.springframework.stereotype.Component;

import th.tidtam.directive.service.DirectiveAlerts;
import th.tidtam.work.ui.MyWorkPanel;

/** My unread alerts above "My work". */
@Component
class AlertsOnMyWork implements MyWorkPanel {

    private final DirectiveAlerts alerts;

    AlertsOnMyWork(DirectiveAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new AlertsPanel(alerts);
    }
}
