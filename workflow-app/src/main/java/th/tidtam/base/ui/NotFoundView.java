package th.tidtam.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Anything that does not exist — or that the user's positions may not see, which looks the same on purpose — is
 * shown inside the application's shell with a message in the user's language, so nobody is left without navigation.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        H2 title = new H2(getTranslation("error.not-found"));
        title.getElement().setAttribute("data-testid", "not-found");
        add(title, new Paragraph(getTranslation("error.not-found-help")));
        getStyle().set("padding", "var(--lumo-space-l)");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
