package th.tidtam.outgoing.ui;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.memo.MemoSummary;
import th.tidtam.memo.service.MemoQueries;
import th.tidtam.outgoing.LetterSummary;
import th.tidtam.outgoing.OutgoingStatus;
import th.tidtam.outgoing.service.OutgoingCase;
import th.tidtam.outgoing.service.OutgoingDocuments;
import th.tidtam.outgoing.service.OutgoingDrafts;
import th.tidtam.outgoing.service.RegisterBooks;

/**
 * One outgoing letter: its number, date and signer once signed, its parts as the regulation orders them, the PDF, the
 * memos about it (linked both ways) and, for its drafters while unsigned, changing it, presenting it for signature
 * (the memo screen) and withdrawing it.
 */
@Route("outgoing/:id")
@PermitAll
public class OutgoingLetterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final List<th.tidtam.org.service.DelegableMatter> matters;

    private final OutgoingDrafts drafts;
    private final OutgoingDocuments documents;
    private final RegisterBooks books;
    private final MemoQueries memos;
    private String title = "";
    private long id;

    public OutgoingLetterView(OutgoingDrafts drafts, OutgoingDocuments documents, RegisterBooks books, MemoQueries memos, th.tidtam.org.service.OrgDirectory org) {
        this.matters = org.delegableMatters();
        this.drafts = drafts;
        this.documents = documents;
        this.books = books;
        this.memos = memos;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show();
    }

    private void show() {
        // a letter the user may not see is indistinguishable from one that does not exist
        LetterSummary l = drafts.letter(id).orElseThrow(NotFoundException::new);
        removeAll();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        title = l.number() == null ? getTranslation("outgoing.ui.draft-title", l.ownerCode())
                : getTranslation("outgoing.ui.letter-title", l.number());
        Span status = new Span(getTranslation("outgoing.status." + l.status().name()));
        status.getElement().getThemeList().add("badge");
        status.getElement().setAttribute("data-testid", "outgoing-status");
        add(new HorizontalLayout(new H2(title), status));

        HorizontalLayout actions = new HorizontalLayout();
        actions.add(OutgoingActions.download(getTranslation("outgoing.ui.pdf"), "outgoing-pdf", "application/pdf",
                () -> documents.letter(id, true)));
        if (drafts.mayEdit(l)) {
            Anchor present = new Anchor("memos/new?subject=" + OutgoingCase.TYPE + "&subjectId=" + id, getTranslation("outgoing.ui.present"));
            present.getElement().setAttribute("data-testid", "outgoing-present");
            Button edit = new Button(getTranslation("outgoing.ui.edit"), e -> edit(l, thai));
            edit.getElement().setAttribute("data-testid", "outgoing-edit");
            actions.add(present, edit);
            if (l.status() == OutgoingStatus.DRAFT) {
                Button withdraw = new Button(getTranslation("outgoing.ui.withdraw"), e -> {
                    if (OutgoingActions.run("outgoing.ui.saved", () -> drafts.withdraw(id))) {
                        show();
                    }
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                withdraw.getElement().setAttribute("data-testid", "outgoing-withdraw");
                actions.add(withdraw);
            }
        }
        add(actions);

        FormLayout facts = new FormLayout();
        facts.addFormItem(text(l.number() == null ? getTranslation("outgoing.ui.not-numbered") : l.number(), "outgoing-number"),
                getTranslation("outgoing.ui.number"));
        facts.addFormItem(text(ThaiDates.formatLong(l.letterDate(), locale), "outgoing-date"), getTranslation("outgoing.ui.date"));
        facts.addFormItem(text(l.subject(), "outgoing-subject"), getTranslation("outgoing.field.subject"));
        facts.addFormItem(text(l.salutation(), null), getTranslation("outgoing.field.salutation"));
        facts.addFormItem(text(l.recipients(), null), getTranslation("outgoing.field.recipients"));
        facts.addFormItem(text(getTranslation("outgoing.urgency." + l.urgency().name()) + " · "
                + getTranslation("outgoing.secrecy." + l.secrecy().name()), null), getTranslation("outgoing.ui.urgency"));
        if (l.signatureBlock() != null) {
            facts.addFormItem(text(l.signatureBlock().replace("\n", " · "), "outgoing-signer"), getTranslation("outgoing.ui.signed-by"));
        }
        add(facts);
        for (String part : new String[] { l.reference(), l.enclosures(), l.body() }) {
            if (part != null) {
                Paragraph p = new Paragraph(part);
                p.getStyle().set("white-space", "pre-wrap");
                add(p);
            }
        }
        add(new H3(getTranslation("outgoing.ui.memos")));
        List<MemoSummary> about = memos.about(OutgoingCase.TYPE, id);
        if (about.isEmpty()) {
            add(new Paragraph(getTranslation("outgoing.ui.no-memos")));
        }
        for (MemoSummary m : about) {
            String at = thai ? m.atPositionTitleTh() : m.atPositionTitleEn();
            Anchor link = new Anchor("memos/" + m.id(), (m.number() == null ? "" : m.number() + " · ") + m.subject()
                    + (at == null ? "" : " (" + at + ")"));
            add(link);
        }
    }

    private void edit(LetterSummary l, boolean thai) {
        removeAll();
        add(new H2(title));
        LetterFields fields = new LetterFields(books.books().stream().filter(b -> b.id() == l.bookId()).toList(), matters, thai);
        fields.show(l);
        Button save = new Button(getTranslation("outgoing.ui.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.getElement().setAttribute("data-testid", "outgoing-save");
        save.addClickListener(e -> {
            if (OutgoingActions.run("outgoing.ui.saved", () -> drafts.update(id, fields.form(l.bookId())))) {
                show();
            } else {
                save.setEnabled(true);
            }
        });
        add(fields, save);
    }

    private static Component text(String value, String testId) {
        Span s = new Span(value == null ? "" : value);
        s.getStyle().set("white-space", "pre-wrap");
        if (testId != null) {
            s.getElement().setAttribute("data-testid", testId);
        }
        return s;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
