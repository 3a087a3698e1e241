package th.tidtam.base.ui;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import th.tidtam.base.DatabaseUnavailable;
import th.tidtam.base.api.DatabaseOutageProblems;

/**
 * A screen that cannot open because of an error: during a database outage it says so and offers to open the page
 * again (503); any other error gets a short apology instead of Vaadin's exception page (500), the details in the log.
 * No parent layout on purpose: the menu reads the database too and would fail the same way.
 */
@AnonymousAllowed
public class DatabaseOutageView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        getStyle().set("padding", "var(--lumo-space-l)");
        boolean outage = DatabaseUnavailable.causedBy(parameter.getException());
        H2 title = new H2(getTranslation(outage ? DatabaseOutageProblems.MESSAGE_KEY : "error.unexpected"));
        title.getElement().setAttribute("data-testid", outage ? "database-unavailable" : "unexpected-error");
        add(title);
        if (outage) {
            log.warn("Database unavailable opening {}: {}", event.getLocation().getPath(), parameter.getException().toString());
            add(new Paragraph(new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.try-again"))));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("Could not open {}", event.getLocation().getPath(), parameter.getException());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
