package th.tidtam.coordination.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import th.tidtam.coordination.service.CoordinationRequests.PartnerLink;

/**
 * The partners' one-time links, shown once to the requester to send on (e-mail, LINE, a letter): the token is not
 * stored, so closing the dialog loses it (the request's page issues a new one, which stops the old).
 */
final class PartnerLinksDialog {

    private PartnerLinksDialog() {
    }

    static void show(List<PartnerLink> links, Runnable then) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(ui.getTranslation("coordination.ui.links-title"));
        dialog.add(new Paragraph(ui.getTranslation("coordination.ui.links-note")));

        for (PartnerLink l : links) {
            TextField url = new TextField(l.partnerName());
            url.setReadOnly(true);
            url.setWidth("36em");
            url.getElement().setAttribute("data-testid", "partner-link");
            ui.getPage().fetchCurrentURL(current -> url.setValue(current.getProtocol() + "://" + current.getAuthority()
                    + contextPath(current.getPath()) + "answer/" + l.token()));
            Button copy = new Button(ui.getTranslation("coordination.ui.copy"), e -> url.getElement()
                    .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url.getValue()));
            HorizontalLayout row = new HorizontalLayout(url, copy);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            dialog.add(row);
        }
        Button done = new Button(ui.getTranslation("coordination.ui.links-done"), e -> {
            dialog.close();
            then.run();
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.getElement().setAttribute("data-testid", "partner-links-done");
        dialog.getFooter().add(done);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    /** The application's path before its route (an application deployed under a context path keeps it). */
    private static String contextPath(String path) {
        int at = path.indexOf("/coordination");
        return at < 0 ? "/" : path.substring(0, at + 1);
    }
}
