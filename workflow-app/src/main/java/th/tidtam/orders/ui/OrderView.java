package th.tidtam.orders.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.casework.timeline.TimelineEntry;
import th.tidtam.memo.MemoSummary;
import th.tidtam.memo.service.MemoQueries;
import th.tidtam.orders.OrderStatus;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.service.OrderDrafting;
import th.tidtam.orders.service.OrderSigning;
import th.tidtam.orders.service.OrderWording;
import th.tidtam.orders.service.OrdersCase;

/** One order: its text as it will be signed, its state, the memos presenting it, its timeline, and its actions. */
@Route("orders/:id")
@PermitAll
public class OrderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OrderDrafting drafting;
    private final OrderSigning signing;
    private final OrderWording wording;
    private final MemoQueries memos;
    private final Timeline timeline;
    private final Translations translations;
    private final Clock clock;
    private long orderId;
    private String title = "";

    public OrderView(OrderDrafting drafting, OrderSigning signing, OrderWording wording, MemoQueries memos, Timeline timeline,
            Translations translations, Clock clock) {
        this.drafting = drafting;
        this.signing = signing;
        this.wording = wording;
        this.memos = memos;
        this.timeline = timeline;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        removeAll();
        OrderSummary o = drafting.order(orderId).orElseThrow(NotFoundException::new);
        String province = drafting.provinceOf(orderId)
                .map(p -> "en".equals(getLocale().getLanguage()) && p.nameEn() != null ? p.nameEn() : p.nameTh()).orElse("");
        title = getTranslation("orders.doc.heading", province) + " " + OrderLabels.number(o);
        add(new H2(title));
        Paragraph state = new Paragraph(getTranslation("orders.ui.kind." + o.kind().name()) + " · "
                + getTranslation("orders.ui.status." + o.status().name()));
        state.getElement().setAttribute("data-testid", "order-status");
        add(state);

        Div text = new Div();
        text.getStyle().set("max-width", "48em").set("white-space", "pre-line");
        text.add(new H3(getTranslation("orders.doc.subject", o.subject())));
        text.add(new Paragraph(o.reasons()));
        text.add(new Paragraph(wording.ordered(o)));
        wording.members(o).forEach(line -> text.add(new Paragraph(line)));
        if (o.orderedText() != null) {
            text.add(new Paragraph(o.orderedText()));
        }
        text.add(new Paragraph(wording.effective(o)));
        wording.annex(o).forEach(line -> text.add(new Paragraph("• " + line)));
        if (o.annexText() != null) {
            text.add(new Paragraph(o.annexText()));
        }
        if (o.signedOn() != null) {
            text.add(new Paragraph(getTranslation("orders.doc.ordered-on", ThaiDates.formatLong(o.signedOn(), getLocale()))));
        }
        add(text);
        add(actions(o));

        add(new H3(getTranslation("orders.ui.memos")));
        var about = memos.about(OrdersCase.TYPE, orderId);
        if (about.isEmpty()) {
            add(new Paragraph(getTranslation("orders.ui.no-memos")));
        }
        boolean thai = Translations.isThai(getLocale());
        for (MemoSummary m : about) {
            add(new Anchor("memos/" + m.id(), (m.number() == null ? "#" + m.id() : m.number()) + " · " + m.subject() + " · "
                    + (thai ? m.atPositionTitleTh() : m.atPositionTitleEn())));
        }
        add(new H3(getTranslation("orders.ui.timeline")));
        ZoneId zone = clock.getZone();
        for (TimelineEntry e : timeline.of(OrdersCase.of(orderId))) {
            add(new Div(new Text(ThaiDates.formatDateTime(e.occurredAt().atZone(zone).toLocalDateTime(), getLocale()) + " · "
                    + getTranslation("orders.event." + e.kind()) + (e.detail() == null ? "" : " · " + e.detail()))));
        }
    }

    private HorizontalLayout actions(OrderSummary o) {
        HorizontalLayout bar = new HorizontalLayout();
        // a file from the REST endpoint, not a route: the router must leave the click to the browser
        Anchor pdf = new Anchor("api/orders/" + orderId + "/order.pdf", getTranslation("orders.ui.pdf"));
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.setTarget("_blank");
        pdf.getElement().setAttribute("data-testid", "order-pdf");
        bar.add(pdf);
        if (drafting.mayEdit(o)) {
            Anchor present = new Anchor("memos/new?subject=ORDER&subjectId=" + orderId, getTranslation("orders.ui.present"));
            present.getElement().setAttribute("data-testid", "order-present");
            bar.add(present);
            bar.add(new Anchor("orders/new?edit=" + orderId, getTranslation("orders.ui.edit")));
        }
        if (o.status() == OrderStatus.SIGNED && LocalDate.now(clock).isBefore(o.effectiveFrom()) && drafting.mayDraft()) {
            Button cancel = new Button(getTranslation("orders.ui.cancel"), e -> cancelDialog().open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            bar.add(cancel);
        }
        return bar;
    }

    private Dialog cancelDialog() {
        Dialog dialog = new Dialog(getTranslation("orders.ui.cancel"));
        TextArea reason = new TextArea(getTranslation("orders.field.cancel-reason"));
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(getTranslation("orders.ui.cancel"), e -> {
            if (OrderLabels.run(translations, "orders.ui.cancelled", () -> signing.cancel(orderId, reason.getValue()))) {
                dialog.close();
                show();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("orders.ui.close"), e -> dialog.close()), confirm);
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
