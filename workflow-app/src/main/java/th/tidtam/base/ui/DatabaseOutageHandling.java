package th.tidtam.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import th.tidtam.base.DatabaseUnavailable;
import th.tidtam.base.api.DatabaseOutageProblems;

/**
 * When a click or a save meets a database outage, the screen says so in the user's language ("the database is
 * unavailable, your work was not saved, try again") and stays as it was, so the user can press the same button again
 * once the database is back; Vaadin's generic error would leave them guessing whether anything was stored.
 * Everything else goes to Vaadin's default handling.
 */
@Component
class DatabaseOutageHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(DatabaseOutageHandling::error));
    }

    static void error(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui != null && DatabaseUnavailable.causedBy(event.getThrowable())) {
            log.warn("Database unavailable in the UI: {}", event.getThrowable().toString());
            Notifications.error(ui.getTranslation(DatabaseOutageProblems.MESSAGE_KEY));
            return;
        }
        new DefaultErrorHandler().error(event);
    }
}
