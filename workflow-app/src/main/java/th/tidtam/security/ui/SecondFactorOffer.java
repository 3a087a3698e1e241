package th.tidtam.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

import th.tidtam.security.CurrentUser;
import th.tidtam.security.SecondFactors;

/**
 * The governor, vice governors and head of office without a second factor are offered one once per login: a
 * dismissible notice with a way to the security page. Nobody is forced but administrators (at login).
 */
@Component
class SecondFactorOffer implements VaadinServiceInitListener {

    private static final String SHOWN = SecondFactorOffer.class.getName() + ".shown";

    private final CurrentUser currentUser;
    private final SecondFactors factors;

    SecondFactorOffer(CurrentUser currentUser, SecondFactors factors) {
        this.currentUser = currentUser;
        this.factors = factors;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(nav -> offer(init.getUI(),
                nav.getLocation().getPath())));
    }

    private void offer(UI ui, String path) {
        VaadinSession session = ui.getSession();
        if (session.getAttribute(SHOWN) != null || path.startsWith("me/security") || path.startsWith("login")) {
            return;
        }
        currentUser.get().filter(SecondFactors::offeredTo).ifPresent(user -> {
            session.setAttribute(SHOWN, Boolean.TRUE);
            if (factors.enrolled(user.personId())) {
                return;
            }
            Notification notice = new Notification();
            notice.setPosition(Notification.Position.BOTTOM_END);
            notice.setDuration(12_000);
            Button setUp = new Button(ui.getTranslation("twofactor.offer.set-up"), e -> {
                notice.close();
                ui.navigate(MySecurityView.class);
            });
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button later = new Button(ui.getTranslation("twofactor.offer.later"), e -> notice.close());
            later.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            later.setId("second-factor-offer-later");
            HorizontalLayout content = new HorizontalLayout(new Span(ui.getTranslation("twofactor.offer.text")), setUp, later);
            content.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
            content.setId("second-factor-offer");
            notice.add(content);
            notice.open();
            // the notice belongs to the page it was shown on: moving on is an answer too ("later")
            com.vaadin.flow.shared.Registration[] once = new com.vaadin.flow.shared.Registration[1];
            once[0] = ui.addAfterNavigationListener(next -> {
                if (!next.getLocation().getPath().equals(path)) {
                    notice.close();
                    once[0].remove();
                }
            });
        });
    }
}
