package th.tidtam.feeds.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.Notifications;
import th.tidtam.feeds.FeedStatus;
import th.tidtam.feeds.IssuedFeed;
import th.tidtam.feeds.service.CalendarFeeds;

/**
 * My calendar address: whether I have one, since when and when a calendar program last read it; make one (shown
 * this once, with a copy button and a webcal: link), make a new one (the old stops working) or revoke it; and how to
 * add it to Outlook, Google Calendar and Thunderbird.
 */
@Route("me/calendar")
@PermitAll
@Menu(order = 61, title = "feeds.ui.nav", icon = "vaadin:calendar-user")
public class MyCalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarFeeds feeds;
    private final Translations translations;
    private final Locale locale;

    private final Paragraph status = new Paragraph();
    private final Paragraph read = new Paragraph();
    private final Div issued = new Div();
    private final Button create = new Button();
    private final Button revoke = new Button();

    public MyCalendarView(CalendarFeeds feeds, Translations translations) {
        this.feeds = feeds;
        this.translations = translations;
        this.locale = getLocale();
        setMaxWidth("60rem");
        add(new H2(getTranslation("feeds.ui.title")), new Paragraph(getTranslation("feeds.ui.intro")));
        status.setId("feed-status");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("feed-create");
        create.setDisableOnClick(true);
        create.addClickListener(e -> onCreate());
        revoke.setText(getTranslation("feeds.ui.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setId("feed-revoke");
        revoke.setDisableOnClick(true);
        revoke.addClickListener(e -> confirm("feeds.ui.revoke", this::doRevoke));
        issued.setWidthFull();
        HorizontalLayout buttons = new HorizontalLayout(create, revoke);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // the state in two short lines together, not two spaced paragraphs
        status.getStyle().set("margin", "0");
        read.getStyle().set("margin", "0");
        add(new Div(status, read), buttons, issued, help());
        refresh();
    }

    private void refresh() {
        FeedStatus s = feeds.status();
        status.setText(s.active() ? getTranslation("feeds.ui.status.active", when(s.createdAt()))
                : getTranslation("feeds.ui.status.none"));
        read.setVisible(s.active());
        read.setText(s.lastReadAt() == null ? getTranslation("feeds.ui.status.never-read")
                : getTranslation("feeds.ui.status.read", when(s.lastReadAt())));
        create.setText(getTranslation(s.active() ? "feeds.ui.renew" : "feeds.ui.create"));
        create.setEnabled(true);
        revoke.setVisible(s.active());
        revoke.setEnabled(true);
    }

    private void onCreate() {
        if (feeds.status().active()) {
            confirm("feeds.ui.renew", this::doCreate);
        } else {
            doCreate();
        }
    }

    private void doCreate() {
        attempt(() -> show(feeds.create()), "feeds.ui.created");
    }

    private void doRevoke() {
        attempt(() -> {
            feeds.revoke();
            issued.removeAll();
        }, "feeds.ui.revoked");
    }

    /** Done and said so, or refused with the reason (a second tab revoked it first, two renewals at once). */
    private void attempt(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
        } finally {
            refresh();
        }
    }

    /** The address this once: selectable, copyable, and as webcal: for the desktop's own calendar program. */
    private void show(IssuedFeed feed) {
        issued.removeAll();
        TextField url = new TextField(getTranslation("feeds.ui.url.label"));
        url.setId("feed-url");
        url.setValue(feed.url());
        url.setReadOnly(true);
        url.setWidthFull();
        url.setHelperText(getTranslation("feeds.ui.url.warning"));
        Button copy = new Button(getTranslation("feeds.ui.copy"), e -> {
            url.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", feed.url());
            Notifications.success(getTranslation("feeds.ui.copied"));
        });
        Anchor webcal = new Anchor(feed.url().replaceFirst("^https?://", "webcal://"), getTranslation("feeds.ui.subscribe"));
        webcal.setTarget(AnchorTarget.BLANK);
        HorizontalLayout actions = new HorizontalLayout(copy, webcal);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        issued.add(url, actions);
    }

    private void confirm(String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(action + ".confirm-title"));
        dialog.setText(getTranslation(action + ".confirm-text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("feeds.ui.cancel"));
        dialog.setConfirmText(getTranslation(action));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.addCancelListener(e -> refresh());
        dialog.addRejectListener(e -> refresh());
        dialog.open();
    }

    private Div help() {
        Div help = new Div(new H3(getTranslation("feeds.ui.help.title")));
        for (String program : new String[] { "outlook", "google", "thunderbird" }) {
            Details d = new Details(getTranslation("feeds.ui.help." + program + ".title"),
                    new Paragraph(getTranslation("feeds.ui.help." + program)));
            d.setOpened(true);
            help.add(d);
        }
        return help;
    }

    private String when(Instant at) {
        return ThaiDates.formatDateTime(LocalDateTime.ofInstant(at, ApplicationZone.ID), locale);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feeds.ui.title") + " · " + getTranslation("app.name");
    }
}
