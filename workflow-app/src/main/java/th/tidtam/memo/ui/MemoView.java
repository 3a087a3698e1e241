package th.tidtam.memo.ui;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import th.tidtam.base.time.ApplicationZone;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.CaseTypes;
import th.tidtam.memo.service.MemoChain;
import th.tidtam.memo.service.MemoDecisions;
import th.tidtam.memo.service.MemoDetails;
import th.tidtam.memo.service.MemoDrafting;
import th.tidtam.memo.service.MemoQueries;
import th.tidtam.org.service.OrgDirectory;

/** One memo: the บันทึกข้อความ, the annotations (เกษียน) as a readable chain, and what the user may do now. */
@Route("memos/:id")
@PermitAll
public class MemoView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MemoQueries queries;
    private final MemoDrafting drafting;
    private final MemoChain chain;
    private final MemoDecisions decisions;
    private final OrgDirectory org;
    private final CaseTypes caseTypes;
    private String title = "";

    public MemoView(MemoQueries queries, MemoDrafting drafting, MemoChain chain, MemoDecisions decisions,
            OrgDirectory org, CaseTypes caseTypes) {
        this.queries = queries;
        this.drafting = drafting;
        this.chain = chain;
        this.decisions = decisions;
        this.org = org;
        this.caseTypes = caseTypes;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        // a memo the user may not see is indistinguishable from one that does not exist
        MemoDetails m = id == null ? null : queries.find(id).orElseThrow(NotFoundException::new);
        if (m == null) {
            throw new NotFoundException();
        }
        show(m);
    }

    private void show(MemoDetails m) {
        removeAll();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        title = getTranslation("memo.number.value", m.number());
        H2 heading = new H2(title + " · " + m.subject());
        heading.getElement().setAttribute("data-testid", "memo-heading");
        add(heading);
        Span status = new Span(getTranslation("memo.status." + m.status().name())
                + (m.atPositionId() == null ? "" : " · " + getTranslation("memo.waiting-at", thai ? m.atTitleTh() : m.atTitleEn())));
        status.getElement().setAttribute("data-testid", "memo-status");
        add(new HorizontalLayout(status, new Span(getTranslation("directive.urgency." + m.urgency().name())),
                new Span(getTranslation("directive.secrecy." + m.secrecy().name())),
                new Span(getTranslation("memo.matter." + m.matter()))));

        Div form = new Div();
        form.add(line("memo.field.agency", m.agency()));
        form.add(line("memo.field.reference-no", (m.referenceNo() == null ? "-" : m.referenceNo()) + "    "
                + getTranslation("memo.field.date") + " " + ThaiDates.formatLong(m.memoDate(), locale)));
        form.add(line("memo.field.subject", m.subject()));
        form.add(line("memo.field.salutation", m.salutation()));
        Paragraph body = new Paragraph(m.body());
        body.getStyle().set("white-space", "pre-wrap");
        form.add(body);
        if (m.about() != null) {
            form.add(new Paragraph(getTranslation("memo.field.about") + ": " + m.about().subject()
                    + (m.about().reference() == null ? "" : " · " + m.about().reference())));
        }
        if (m.directiveId() != null) {
            form.add(new Anchor(caseTypes.route(th.tidtam.casework.CaseRef.of("DIRECTIVE", m.directiveId())).orElse("directives/" + m.directiveId()),
                    getTranslation("memo.action.directive")));
        }
        add(form);
        Anchor pdf = new Anchor("api/memos/" + m.id() + "/memo.pdf", getTranslation("memo.action.pdf"));
        pdf.getElement().setAttribute("download", true);
        pdf.getElement().setAttribute("router-ignore", true);
        pdf.getElement().setAttribute("data-testid", "memo-pdf");
        add(pdf);

        add(new H3(getTranslation("memo.annotations")));
        for (MemoDetails.AnnotationView a : m.annotations()) {
            add(annotation(a, thai, locale));
        }
        add(new MemoActionsPanel(m, drafting, chain, decisions, org, () -> show(queries.details(m.id()))));
    }

    private Div annotation(MemoDetails.AnnotationView a, boolean thai, Locale locale) {
        Div box = new Div();
        box.getStyle().set("border-left", "3px solid var(--lumo-contrast-30pct)").set("padding-left", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");
        String to = thai ? a.toTitleTh() : a.toTitleEn();
        String head = switch (a.kind()) {
            case "SUBMIT", "PRESENT" -> getTranslation("memo.annotation." + a.kind(), to == null ? "" : to,
                    a.purpose() == null ? "" : getTranslation("memo.purpose." + a.purpose().name()));
            case "RETURN" -> getTranslation("memo.annotation.RETURN");
            default -> getTranslation("memo.annotation.DECIDE",
                    a.decision() == null ? "" : getTranslation("memo.decision." + a.decision().name()));
        };
        box.add(new Paragraph(head));
        if (a.note() != null) {
            Paragraph note = new Paragraph(a.note());
            note.getStyle().set("white-space", "pre-wrap");
            box.add(note);
        }
        String behalf = thai ? a.onBehalfOfTitleTh() : a.onBehalfOfTitleEn();
        String capacity = behalf != null ? getTranslation("memo.annotation.on-behalf", behalf)
                : a.capacity() == null ? "" : getTranslation("org.capacity." + a.capacity());
        Span who = new Span(a.personName() + " · " + (thai ? a.positionTitleTh() : a.positionTitleEn()) + " · " + capacity
                + " · " + ThaiDates.formatDateTime(a.at().atZone(ApplicationZone.ID).toLocalDateTime(), locale));
        who.getStyle().set("color", "var(--lumo-secondary-text-color)");
        box.add(who);
        box.getElement().setAttribute("data-testid", "memo-annotation");
        return box;
    }

    private Paragraph line(String label, String value) {
        Paragraph p = new Paragraph();
        Span l = new Span(getTranslation(label) + "  ");
        l.getStyle().set("font-weight", "bold");
        p.add(l, new Span(value == null ? "" : value));
        return p;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
