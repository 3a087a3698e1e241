package th.tidtam.coordination.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.ui.Notifications;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.links.LinksThrottled;
import th.tidtam.casework.ui.PendingAttachments;
import th.tidtam.coordination.AskKind;
import th.tidtam.coordination.PartyView;
import th.tidtam.coordination.service.CoordinationAnswers;
import th.tidtam.coordination.service.CoordinationAnswers.LinkPage;
import th.tidtam.coordination.service.CoordinationFiles;

/**
 * The partner's answer page, reached through a one-time link without a login: only the request (number, subject,
 * question, due date, the requesting unit and its contact, the request's own files) and the partner's own name; no
 * menu, nothing else of the application. An unknown, expired, used or revoked link shows one and the same page, so
 * the link says nothing about why; too many bad tries from one address are told to wait. The answer redeems the link
 * in its own transaction: the second submit of a double click finds it used.
 */
@Route(value = "answer/:token", autoLayout = false)
@AnonymousAllowed
public class PartnerAnswerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CoordinationAnswers answers;
    private final CaseAttachments attachments;
    private final Translations translations;
    private String token;

    public PartnerAnswerView(CoordinationAnswers answers, CaseAttachments attachments, Translations translations) {
        this.answers = answers;
        this.attachments = attachments;
        this.translations = translations;
        setMaxWidth("60em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        // the token is in the address: no page of ours may send it on as a referrer
        UI.getCurrent().getPage().executeJs("var m=document.createElement('meta');m.name='referrer';"
                + "m.content='no-referrer';document.head.appendChild(m);");
        removeAll();
        add(new H1(getTranslation("coordination.answer.app")));
        Optional<LinkPage> page;
        try {
            page = answers.openLink(token, address());
        } catch (LinksThrottled throttled) {
            message("coordination.answer.throttled-title", "coordination.answer.throttled", "answer-throttled");
            return;
        }
        if (page.isEmpty()) {
            message("coordination.answer.unusable-title", "coordination.answer.unusable", "answer-unusable");
            return;
        }
        form(page.get());
    }

    private void form(LinkPage p) {
        boolean thai = Translations.isThai(getLocale());
        H2 heading = new H2(p.subject());
        heading.getElement().setAttribute("data-testid", "answer-subject");
        add(heading);
        VerticalLayout facts = CoordinationLabels.facts();
        CoordinationLabels.fact(facts, getTranslation("coordination.answer.to"), thai ? p.partnerNameTh() : orTh(p.partnerNameEn(), p.partnerNameTh()));
        CoordinationLabels.fact(facts, getTranslation("coordination.field.number"), p.number());
        CoordinationLabels.fact(facts, getTranslation("coordination.field.ask-kind"), getTranslation("coordination.ask." + p.askKind().name()));
        CoordinationLabels.fact(facts, getTranslation("coordination.field.body"), p.body());
        CoordinationLabels.fact(facts, getTranslation("coordination.field.due-date"), CoordinationLabels.date(p.dueDate(), getLocale()));
        CoordinationLabels.fact(facts, getTranslation("coordination.answer.from"), thai ? p.requesterUnitTh() : orTh(p.requesterUnitEn(), p.requesterUnitTh()));
        CoordinationLabels.fact(facts, getTranslation("coordination.field.contact"), p.contact());
        add(facts);
        for (PartyView.FileView f : p.files()) {
            add(new Div(CoordinationLabels.download(f.fileName(), "answer-request-file", f.fileName(), f.contentType(),
                    () -> answers.requestFile(p, f.id()).map(CoordinationFiles.Content::bytes).orElse(new byte[0]))));
        }
        AnswerFields fields = new AnswerFields(p.askKind() == AskKind.PARTICIPANT, true);
        PendingAttachments files = new PendingAttachments(attachments, translations, "coordination.answer.files-note");
        Button send = new Button(getTranslation("coordination.ui.answer"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.getElement().setAttribute("data-testid", "answer-send");
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                answers.answerAsPartner(token, address(), fields.answer(), files.files().stream()
                        .map(f -> new CoordinationFiles.Incoming(f.fileName(), f.bytes())).toList());
                removeAll();
                add(new H1(getTranslation("coordination.answer.app")));
                message("coordination.answer.thanks-title", "coordination.answer.thanks", "answer-thanks");
            } catch (RuleViolation refused) {
                Notifications.refused(refused, translations);
                send.setEnabled(true);
            } catch (LinksThrottled throttled) {
                Notifications.error(getTranslation("coordination.answer.throttled"));
                send.setEnabled(true);
            }
        });
        add(fields, files, send);
    }

    private void message(String titleKey, String textKey, String testId) {
        H2 title = new H2(getTranslation(titleKey));
        title.getElement().setAttribute("data-testid", testId);
        add(title, new Paragraph(getTranslation(textKey)));
    }

    private static String orTh(String en, String th) {
        return en == null || en.isBlank() ? th : en;
    }

    private static String address() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? "unknown" : session.getBrowser().getAddress();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coordination.answer.app");
    }
}
