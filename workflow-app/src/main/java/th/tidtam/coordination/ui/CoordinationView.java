package th.tidtam.coordination.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.timeline.TimelineEntry;
import th.tidtam.coordination.PartyKind;
import th.tidtam.coordination.PartyView;
import th.tidtam.coordination.RequestPage;
import th.tidtam.coordination.RequestStatus;
import th.tidtam.coordination.RequestSummary;
import th.tidtam.coordination.service.CoordinationCase;
import th.tidtam.coordination.service.CoordinationClosing;
import th.tidtam.coordination.service.CoordinationQueries;
import th.tidtam.coordination.service.CoordinationRequests;
import th.tidtam.coordination.service.CoordinationSummaryDocs;

/**
 * One request: what was asked of whom by when, each party's answer (on time or late, escalated how far), the files,
 * the result; for the requester the steps the request allows (send, a partner's new link, withdraw, close with the
 * result, present with a memo) and for everyone who sees it the summary as PDF and Excel. 404 when not visible.
 */
@Route("coordination/:id")
@PermitAll
public class CoordinationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoordinationQueries queries;
    private final CoordinationRequests requests;
    private final CoordinationClosing closing;
    private final CoordinationSummaryDocs docs;
    private final Translations translations;
    private long requestId;
    private String title = "";

    public CoordinationView(CoordinationQueries queries, CoordinationRequests requests, CoordinationClosing closing,
            CoordinationSummaryDocs docs, Translations translations) {
        this.queries = queries;
        this.requests = requests;
        this.closing = closing;
        this.docs = docs;
        this.translations = translations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show();
    }

    void show() {
        RequestPage page;
        try {
            page = queries.page(requestId);
        } catch (ApiProblems.NotFound gone) {
            throw new NotFoundException();
        }
        removeAll();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        RequestSummary r = page.request();
        title = getTranslation("coordination.ui.title", r.number() == null ? getTranslation("coordination.ui.draft") : r.number());
        H2 heading = new H2(title);
        heading.getElement().setAttribute("data-testid", "coordination-heading");
        Span status = new Span(getTranslation("coordination.status." + r.status().name()));
        status.getElement().getThemeList().add("badge");
        status.getElement().setAttribute("data-testid", "coordination-status");
        HorizontalLayout top = new HorizontalLayout(heading, status);
        top.setAlignItems(Alignment.BASELINE);
        if (r.secrecy().classified()) {
            Span secret = new Span(getTranslation("coordination.secrecy." + r.secrecy().name()));
            secret.getElement().getThemeList().add("badge error");
            top.add(secret);
        }
        add(top);
        VerticalLayout facts = CoordinationLabels.facts();
        CoordinationLabels.fact(facts, getTranslation("coordination.field.subject"), r.subject());
        CoordinationLabels.fact(facts, getTranslation("coordination.field.ask-kind"), getTranslation("coordination.ask." + r.askKind().name()));
        CoordinationLabels.fact(facts, getTranslation("coordination.field.requester"), thai ? r.requesterTitleTh() + " · " + r.requesterUnitTh()
                : r.requesterTitleEn() + " · " + r.requesterUnitEn());
        CoordinationLabels.fact(facts, getTranslation("coordination.field.due-date"), CoordinationLabels.date(r.dueDate(), locale));
        CoordinationLabels.fact(facts, getTranslation("coordination.field.urgency"), getTranslation("coordination.urgency." + r.urgency().name()));
        CoordinationLabels.fact(facts, getTranslation("coordination.field.body"), page.body());
        CoordinationLabels.fact(facts, getTranslation("coordination.field.contact"), page.contact());
        CoordinationLabels.fact(facts, getTranslation("coordination.field.result"), page.result());
        add(facts);
        CoordinationLabels.files(this, requestId, page.files());
        if (r.directiveId() != null) {
            Anchor directive = new Anchor("directives/" + r.directiveId(), getTranslation("coordination.ui.directive"));
            directive.getElement().setAttribute("data-testid", "coordination-directive");
            add(directive);
        }
        if (page.memoId() != null) {
            add(new Anchor("memos/" + page.memoId(), getTranslation("coordination.ui.memo")));
        }
        actions(page);
        add(new H3(getTranslation("coordination.ui.parties")));
        for (PartyView p : page.parties()) {
            add(party(page, p, locale, thai));
        }
        if (r.status() != RequestStatus.DRAFT) {
            add(new HorizontalLayout(
                    CoordinationLabels.download(getTranslation("coordination.ui.summary-pdf"), "coordination-pdf",
                            "coordination-" + requestId + ".pdf", "application/pdf", () -> docs.pdf(requestId)),
                    CoordinationLabels.download(getTranslation("coordination.ui.summary-xlsx"), "coordination-xlsx",
                            "coordination-" + requestId + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", () -> docs.xlsx(requestId))));
        }
        add(new H3(getTranslation("coordination.ui.timeline")));
        for (TimelineEntry e : queries.timeline(requestId)) {
            add(new Div(new Span(CoordinationLabels.at(e.occurredAt(), locale) + " · " + getTranslation("coordination.event." + e.kind())
                    + (e.detail() == null ? "" : " · " + e.detail()))));
        }
    }

    private Div party(RequestPage page, PartyView p, Locale locale, boolean thai) {
        Div box = new Div();
        box.getElement().setAttribute("data-testid", "coordination-party");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("margin-bottom", "var(--lumo-space-s)").set("width", "100%");
        String state = p.answered() ? getTranslation(Boolean.TRUE.equals(p.onTime()) ? "coordination.ui.answered-on-time"
                : "coordination.ui.answered-late", CoordinationLabels.at(p.answeredAt(), locale))
                : p.overdue() ? getTranslation("coordination.ui.overdue") : getTranslation("coordination.ui.waiting");
        Span name = new Span(p.name(thai) + " (" + getTranslation("coordination.party." + p.kind().name()) + ") · " + state);
        name.getStyle().set("font-weight", "bold");
        box.add(name);
        VerticalLayout facts = CoordinationLabels.facts();
        CoordinationLabels.fact(facts, getTranslation("coordination.field.answer"), p.answer());
        if (p.nomineeName() != null) {
            CoordinationLabels.fact(facts, getTranslation("coordination.field.nominee-name"), p.nomineeName() + " · "
                    + (p.nomineePosition() == null ? "" : p.nomineePosition()) + " · " + (p.nomineePhone() == null ? "" : p.nomineePhone()));
        }
        CoordinationLabels.fact(facts, getTranslation("coordination.field.answerer-name"), p.answererName() == null ? null
                : p.answererName() + (p.answererPosition() == null ? "" : " · " + p.answererPosition())
                        + (p.answererPhone() == null ? "" : " · " + p.answererPhone()));
        if (p.escalationLevel() > 0) {
            CoordinationLabels.fact(facts, getTranslation("coordination.ui.escalated"), String.valueOf(p.escalationLevel()));
        }
        if (p.kind() == PartyKind.PARTNER && !p.answered() && p.linkExpiresAt() != null) {
            CoordinationLabels.fact(facts, getTranslation("coordination.ui.link-expires"), CoordinationLabels.at(p.linkExpiresAt(), locale));
        }
        box.add(facts);
        VerticalLayout files = CoordinationLabels.facts();
        CoordinationLabels.files(files, requestId, p.files());
        box.add(files);
        if (page.mayIssueLinks() && p.kind() == PartyKind.PARTNER && !p.answered()) {
            Button link = new Button(getTranslation("coordination.ui.new-link"));
            link.getElement().setAttribute("data-testid", "coordination-new-link");
            link.setDisableOnClick(true);
            link.addClickListener(e -> run(() -> PartnerLinksDialog.show(List.of(requests.newLink(requestId, p.id())), this::show), link));
            box.add(link);
        }
        return box;
    }

    private void actions(RequestPage page) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setAlignItems(Alignment.BASELINE);
        if (page.maySend()) {
            Button send = new Button(getTranslation("coordination.ui.send"));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.getElement().setAttribute("data-testid", "coordination-send");
            send.setDisableOnClick(true);
            send.addClickListener(e -> run(() -> {
                CoordinationRequests.Sent sent = requests.send(requestId);
                if (sent.links().isEmpty()) {
                    show();
                } else {
                    PartnerLinksDialog.show(sent.links(), this::show);
                }
            }, send));
            buttons.add(send);
        }
        if (page.mayWithdraw()) {
            TextField reason = new TextField(getTranslation("coordination.field.reason"));
            reason.setMaxLength(1000);
            Button withdraw = new Button(getTranslation("coordination.ui.withdraw"));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            withdraw.setDisableOnClick(true);
            withdraw.addClickListener(e -> run(() -> {
                requests.withdraw(requestId, reason.getValue());
                show();
            }, withdraw));
            buttons.add(reason, withdraw);
        }
        add(buttons);
        if (page.mayConsolidate()) {
            add(new H3(getTranslation("coordination.ui.consolidate")));
            add(closeForm(closing, requestId, translations, this::show));
            Anchor present = new Anchor("memos/new?subject=" + CoordinationCase.TYPE + "&subjectId=" + requestId,
                    getTranslation("coordination.ui.present"));
            present.getElement().setAttribute("data-testid", "coordination-present");
            add(present);
        }
    }

    /** The result and the close button (the request's page and the consolidation task share it). */
    static VerticalLayout closeForm(CoordinationClosing closing, long requestId, Translations translations, Runnable then) {
        VerticalLayout form = CoordinationLabels.facts();
        TextArea result = new TextArea(form.getTranslation("coordination.field.result"));
        result.setWidthFull();
        result.setMinHeight("6em");
        result.getElement().setAttribute("data-testid", "coordination-result");
        Button close = new Button(form.getTranslation("coordination.ui.close"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.getElement().setAttribute("data-testid", "coordination-close");
        close.setDisableOnClick(true);
        close.addClickListener(e -> {
            try {
                closing.close(requestId, result.getValue());
                Notifications.success(form.getTranslation("admin.saved"));
                then.run();
            } catch (RuleViolation refused) {
                Notifications.refused(refused, translations);
                close.setEnabled(true);
            }
        });
        form.add(result, close);
        return form;
    }

    private void run(Runnable action, Button button) {
        try {
            action.run();
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
            button.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
