package th.tidtam.letters.ui;

import java.util.Comparator;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.ui.CaseAttachmentsPanel;
import th.tidtam.letters.LetterPage;
import th.tidtam.letters.LetterRouteStep;
import th.tidtam.letters.LetterSummary;
import th.tidtam.letters.service.IncomingRegister;
import th.tidtam.letters.service.LetterCase;
import th.tidtam.letters.service.LetterHandling;
import th.tidtam.memo.MemoSummary;
import th.tidtam.memo.service.MemoQueries;
import th.tidtam.org.service.OrgDirectory;

/**
 * One incoming letter: the register's columns and the receiving stamp, its route (who handled it and what they did),
 * the letters flagged as the same, the memos about it (linked both ways), and for the position handling it the three
 * ways on: file it, hand it on, present it up with a memo. A letter the user may not see does not exist (404).
 */
@Route("letters/:id")
@PermitAll
public class LetterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final IncomingRegister register;
    private final LetterHandling handling;
    private final MemoQueries memos;
    private final OrgDirectory org;
    private final Translations translations;
    private final th.tidtam.casework.CaseAccess caseAccess;
    private long letterId;
    private String title = "";

    public LetterView(IncomingRegister register, LetterHandling handling, MemoQueries memos, OrgDirectory org,
            Translations translations, th.tidtam.casework.CaseAccess caseAccess) {
        this.caseAccess = caseAccess;
        this.register = register;
        this.handling = handling;
        this.memos = memos;
        this.org = org;
        this.translations = translations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        letterId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show();
    }

    void show() {
        LetterPage page;
        try {
            page = register.page(letterId);
        } catch (ApiProblems.NotFound gone) {
            throw new NotFoundException();
        }
        removeAll();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        LetterSummary l = page.letter();
        title = getTranslation("letters.ui.letter-title", LetterLabels.number(l));
        H2 heading = new H2(title);
        heading.getElement().setAttribute("data-testid", "letter-heading");
        HorizontalLayout top = new HorizontalLayout(heading, LetterLabels.urgency(this, l.urgency()), LetterLabels.secrecy(this, l.secrecy()),
                new Span(getTranslation("letters.status." + l.status().name())));
        top.setAlignItems(Alignment.BASELINE);
        add(top, facts(l, locale, thai));
        if (page.mayHandle()) {
            add(new LetterActions(handling, org, translations, l, this::show));
            Anchor present = new Anchor("memos/new?subject=" + LetterCase.TYPE + "&subjectId=" + l.id(),
                    getTranslation("letters.ui.present"));
            present.getElement().setAttribute("data-testid", "letter-present");
            add(present);
        }
        if (page.mayEdit() || caseAccess.myPositions().stream().anyMatch(p -> p.role() == th.tidtam.org.PositionRole.HEAD_OF_OFFICE)) {
            // the unowned-matters module reads the letter through IncomingRegister; this is only the way there
            Anchor matter = new Anchor("matters/new?source=LETTER_IN&sourceId=" + l.id(), getTranslation("matters.ui.create-from-letter"));
            matter.getElement().setAttribute("data-testid", "letter-to-matter");
            add(matter);
        }
        add(CaseAttachmentsPanel.forCase(LetterCase.of(l.id())));
        add(new H3(getTranslation("letters.ui.route")));
        for (LetterRouteStep s : page.route()) {
            add(new Div(new Span(ThaiDates.formatDateTime(s.at().atZone(th.tidtam.base.time.ApplicationZone.ID).toLocalDateTime(), locale)
                    + " · " + getTranslation("letters.route." + s.role().name()) + " · " + s.positionTitle(thai)
                    + (s.byName() == null ? "" : " (" + s.byName() + ")") + (s.note() == null ? "" : " — " + s.note()))));
        }
        if (!page.duplicates().isEmpty()) {
            add(new H3(getTranslation("letters.ui.duplicates")));
            for (LetterSummary d : page.duplicates()) {
                add(new Anchor("letters/" + d.id(), LetterLabels.number(d) + " · " + d.subject()));
            }
        }
        var about = memos.about(LetterCase.TYPE, l.id());
        if (!about.isEmpty()) {
            add(new H3(getTranslation("letters.ui.memos")));
            about.stream().sorted(Comparator.comparing(MemoSummary::updatedAt).reversed()).forEach(m -> add(new Anchor(
                    "memos/" + m.id(), m.number() + " · " + m.subject() + " · " + m.status().name())));
        }
    }

    private Component facts(LetterSummary l, Locale locale, boolean thai) {
        VerticalLayout facts = new VerticalLayout();
        facts.setPadding(false);
        facts.setSpacing(false);
        fact(facts, "letters.doc.col.received-at", LetterLabels.received(l, locale));
        fact(facts, "letters.doc.col.sender-number", l.senderNumber());
        fact(facts, "letters.doc.col.sender-date", ThaiDates.formatMedium(l.senderDate(), locale));
        fact(facts, "letters.doc.col.from", l.fromParty());
        fact(facts, "letters.doc.col.to", l.toParty());
        fact(facts, "letters.doc.col.subject", l.subject());
        fact(facts, "letters.field.attachments", l.attachments());
        fact(facts, "letters.doc.col.action", l.actionTaken());
        fact(facts, "letters.doc.col.remarks", l.remarks());
        fact(facts, "letters.field.handler", l.handlerTitle(thai));
        if (l.duplicate()) {
            Span flag = new Span(getTranslation("letters.ui.duplicate-warning"));
            flag.getElement().getThemeList().add("badge error");
            facts.add(flag);
        }
        return facts;
    }

    private void fact(VerticalLayout facts, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "bold");
        Span text = new Span(value);
        text.getStyle().set("white-space", "pre-wrap");
        facts.add(new Div(label, text));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
