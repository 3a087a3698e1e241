package th.tidtam.directive.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.CaseAccess;
import th.tidtam.casework.CaseRef;
import th.tidtam.casework.CaseTypes;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.service.DirectiveDiagrams;
import th.tidtam.directive.service.DirectiveQueries;
import th.tidtam.directive.service.DirectiveViews;

/** One directive: what was ordered, each unit's part and who holds it, and every action taken so far. */
@Route("directives/:id")
@PermitAll
public class DirectiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DirectiveQueries queries;
    private final DirectiveDiagrams diagrams;
    private final Clock clock;
    private final CaseTypes caseTypes;
    private final CaseAccess caseAccess;
    private String title = "";

    public DirectiveView(DirectiveQueries queries, DirectiveDiagrams diagrams, Clock clock, CaseTypes caseTypes,
            CaseAccess caseAccess) {
        this.caseTypes = caseTypes;
        this.caseAccess = caseAccess;
        this.queries = queries;
        this.diagrams = diagrams;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElse(null);
        // a directive the user may not see is indistinguishable from one that does not exist
        DirectiveViews.Detail d = queries.detail(id).orElseThrow(NotFoundException::new);
        removeAll();
        show(d);
    }

    private void show(DirectiveViews.Detail d) {
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        title = getTranslation("directive.number") + " " + d.number();
        H2 heading = new H2(d.number() + " · " + d.subject());
        heading.getElement().setAttribute("data-testid", "directive-heading");
        add(heading);
        add(new HorizontalLayout(DirectiveLabels.urgency(this, d.urgency()), DirectiveLabels.status(this, d.status()),
                new Span(getTranslation("directive.secrecy." + d.secrecy().name()))));
        Paragraph text = new Paragraph(d.text());
        text.getStyle().set("white-space", "pre-wrap");
        add(text);
        Div facts = new Div();
        facts.add(new Paragraph(getTranslation("directive.due-date") + ": " + ThaiDates.formatLong(d.dueDate(), locale)));
        facts.add(new Paragraph(getTranslation("directive.source") + ": " + getTranslation("directive.source." + d.sourceKind().name())
                + (d.meetingNumber() == null ? "" : " " + (d.agendaItem() == null
                        ? getTranslation("directive.meeting-only", d.meetingNumber())
                        : getTranslation("directive.meeting", d.meetingNumber(), d.agendaItem())))
                + (d.sourceReference() == null ? "" : " · " + d.sourceReference())));
        sourceCaseLink(facts, d);
        facts.add(new Paragraph(getTranslation("directive.cadence") + ": " + getTranslation("directive.cadence." + d.cadence().name())
                + (d.cadenceDays() == null ? "" : " (" + d.cadenceDays() + ")")));
        if (d.issuedOnBehalf()) {
            facts.add(new Paragraph(getTranslation("directive.issued-on-behalf")));
        }
        link(facts, d, d.supersededById(), DirectiveEvent.Kind.SUPERSEDED, "directive.superseded-by");
        link(facts, d, d.supersedesId(), DirectiveEvent.Kind.SUPERSEDES, "directive.supersedes");
        add(facts);
        add(new H3(getTranslation("attachment.heading")), AttachmentsPanel.forDirective(d.id()));

        add(new H3(getTranslation("directive.parts")));
        Grid<DirectiveViews.Part> parts = new Grid<>();
        // at 1366 px the columns share about 1,080 px: cells wrap rather than cut unit names and statuses short, and a
        // column that says nothing for any part (nobody delegated, escalated, waiting, late) gives its room to the rest
        parts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        List<DirectiveViews.Part> ps = d.parts();
        parts.addColumn(p -> (thai ? p.unitNameTh() : p.unitNameEn()) + (p.lead() ? " (" + getTranslation("directive.lead") + ")" : ""))
                .setHeader(getTranslation("org.unit")).setWidth("11em").setFlexGrow(3);
        parts.addColumn(p -> thai ? p.holderTitleTh() : p.holderTitleEn()).setHeader(getTranslation("directive.holder"))
                .setWidth("10em").setFlexGrow(3);
        parts.addColumn(p -> p.delegated() ? Objects.requireNonNullElse(thai ? p.workerTitleTh() : p.workerTitleEn(), "") : "")
                .setHeader(getTranslation("directive.worker")).setWidth("8em").setFlexGrow(2)
                .setVisible(ps.stream().anyMatch(DirectiveViews.Part::delegated));
        parts.addColumn(p -> getTranslation("directive.part-status." + p.status().name())).setHeader(getTranslation("directive.status"))
                .setWidth("8em").setFlexGrow(1);
        parts.addColumn(p -> p.lastReportStatus() == null ? ""
                : getTranslation("directive.progress." + p.lastReportStatus().name()) + " · " + p.lastReportPercent() + "%")
                .setHeader(getTranslation("directive.latest-progress")).setWidth("7em").setFlexGrow(1)
                .setVisible(ps.stream().anyMatch(p -> p.lastReportStatus() != null));
        parts.addColumn(p -> p.escalationLevel() == 0 ? ""
                : getTranslation("directive.escalated-to", p.escalationLevel(),
                        Objects.requireNonNullElse(thai ? p.escalatedToTitleTh() : p.escalatedToTitleEn(), "")))
                .setHeader(getTranslation("directive.escalation")).setWidth("8em").setFlexGrow(2)
                .setVisible(ps.stream().anyMatch(p -> p.escalationLevel() > 0));
        parts.addColumn(p -> (p.waitingSince() == null ? "" : getTranslation("directive.waiting-on",
                        thai ? p.waitingOnUnitNameTh() : p.waitingOnUnitNameEn(), p.waitingReason()) + " · ")
                + (p.waitingWorkingDays() == 0 ? "" : getTranslation("directive.waiting-days", p.waitingWorkingDays())))
                .setHeader(getTranslation("directive.waiting")).setWidth("8em").setFlexGrow(2)
                .setVisible(ps.stream().anyMatch(p -> p.waitingSince() != null || p.waitingWorkingDays() > 0));
        parts.addColumn(p -> p.workingDaysLate() == 0 ? "" : getTranslation("work.days-overdue", p.workingDaysLate()))
                .setHeader(getTranslation("directive.late")).setWidth("7em").setFlexGrow(0)
                .setVisible(ps.stream().anyMatch(p -> p.workingDaysLate() > 0));
        parts.addColumn(p -> ThaiDates.formatMedium(p.dueDate(), locale)
                + (p.dueDate().equals(p.originalDueDate()) ? "" : " (" + getTranslation("directive.originally", ThaiDates.formatMedium(p.originalDueDate(), locale)) + ")"))
                .setHeader(getTranslation("directive.due-date")).setWidth("7.5em").setFlexGrow(0);
        parts.setItems(d.parts());
        parts.setAllRowsVisible(true);
        parts.getElement().setAttribute("data-testid", "directive-parts");
        add(parts);

        diagrams.svg(d.id()).ifPresent(svg -> add(new ProcessDiagramPanel(svg)));

        Grid<DirectiveViews.Event> timeline = new Grid<>();
        timeline.addColumn(e -> ThaiDates.formatDateTime(e.at().atZone(clock.getZone()).toLocalDateTime(), locale))
                .setHeader(getTranslation("directive.when")).setAutoWidth(true).setFlexGrow(0);
        timeline.addColumn(e -> getTranslation("directive.event." + e.kind().name())).setHeader(getTranslation("directive.what"))
                .setFlexGrow(2);
        timeline.addColumn(e -> Objects.requireNonNullElse(thai ? e.personNameTh() : e.personNameEn(), "")).setHeader(getTranslation("org.person"))
                .setFlexGrow(2);
        timeline.addColumn(e -> Objects.requireNonNullElse(thai ? e.positionTitleTh() : e.positionTitleEn(), ""))
                .setHeader(getTranslation("org.position")).setFlexGrow(2);
        timeline.addColumn(e -> e.capacity() == null ? "" : getTranslation("org.capacity." + e.capacity().name()))
                .setHeader(getTranslation("org.capacity")).setAutoWidth(true);
        timeline.addColumn(e -> detail(e, locale)).setHeader(getTranslation("directive.detail")).setFlexGrow(3);
        timeline.setItems(d.timeline());
        timeline.setAllRowsVisible(true);
        timeline.getElement().setAttribute("data-testid", "directive-timeline");

        add(new H3(getTranslation("directive.reports")));
        if (d.reports().isEmpty()) {
            add(new Paragraph(getTranslation("directive.no-reports")));
        } else {
            Grid<DirectiveViews.Report> reports = new Grid<>();
            reports.addColumn(r -> ThaiDates.formatDateTime(r.reportedAt().atZone(clock.getZone()).toLocalDateTime(), locale))
                    .setHeader(getTranslation("directive.when")).setAutoWidth(true).setFlexGrow(0);
            reports.addColumn(r -> d.parts().stream().filter(p -> p.id().equals(r.partId())).findFirst()
                    .map(p -> thai ? p.unitNameTh() : p.unitNameEn()).orElse("")).setHeader(getTranslation("org.unit")).setFlexGrow(2);
            reports.addColumn(r -> Objects.requireNonNullElse(thai ? r.positionTitleTh() : r.positionTitleEn(), "")
                    + (r.capacity() == null ? "" : " (" + getTranslation("org.capacity." + r.capacity().name()) + ")"))
                    .setHeader(getTranslation("org.position")).setFlexGrow(2);
            reports.addColumn(r -> getTranslation("directive.progress." + r.progress().name()) + " · " + r.percent() + "%")
                    .setHeader(getTranslation("directive.latest-progress")).setAutoWidth(true);
            // text from users is rendered as text, never as HTML
            reports.addColumn(r -> r.body() + (r.obstacle() == null ? "" : " — " + getTranslation("work.obstacle") + ": " + r.obstacle()))
                    .setHeader(getTranslation("directive.report-text")).setFlexGrow(4);
            reports.addColumn(r -> getTranslation("directive.review." + r.reviewState().name())
                    + (r.reviewComment() == null ? "" : " · " + r.reviewComment()))
                    .setHeader(getTranslation("directive.review")).setFlexGrow(2);
            reports.setItems(d.reports());
            reports.setAllRowsVisible(true);
            reports.getElement().setAttribute("data-testid", "directive-reports");
            add(reports);
        }
        add(new H3(getTranslation("directive.timeline")));
        add(timeline);
        add(new th.tidtam.casework.ui.DiscussionPanel(th.tidtam.directive.service.DirectiveCase.of(d.id()), null));
    }

    /** The timeline's detail: user text as it was written; the follow-up check's entries in the reader's language. */
    private String detail(DirectiveViews.Event e, Locale locale) {
        if (e.detail() == null || e.detail().startsWith("vacant:")) {
            return "";
        }
        try {
            return switch (e.kind()) {
                case ESCALATED -> {
                    String[] parts = e.detail().split(" ");
                    yield getTranslation("directive.escalation-reason." + parts[0]) + " · "
                            + getTranslation("directive.escalation-level", parts.length > 1 ? parts[1] : "");
                }
                case REMINDED, REPORT_DUE -> getTranslation("directive.due-on",
                        ThaiDates.formatMedium(java.time.LocalDate.parse(e.detail()), locale));
                default -> e.detail();
            };
        } catch (RuntimeException unreadable) {
            return e.detail();
        }
    }

    /** A link to the directive this one supersedes or is superseded by, named by its number from the timeline. */
    private void link(Div facts, DirectiveViews.Detail d, Long otherId, DirectiveEvent.Kind kind, String key) {
        if (otherId == null) {
            return;
        }
        String number = d.timeline().stream().filter(e -> e.kind() == kind).map(DirectiveViews.Event::detail)
                .findFirst().orElse(String.valueOf(otherId));
        RouterLink link = new RouterLink(getTranslation(key, number), DirectiveView.class,
                new RouteParameters("id", String.valueOf(otherId)));
        link.getElement().setAttribute("data-testid", "directive-" + kind.name().toLowerCase());
        facts.add(new Paragraph(link));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    /** The memo or letter the directive came from, when the reader may see it (else nothing: it does not exist for them). */
    private void sourceCaseLink(Div facts, DirectiveViews.Detail d) {
        if (d.sourceCaseType() == null || d.sourceCaseId() == null) {
            return;
        }
        CaseRef ref = CaseRef.of(d.sourceCaseType(), d.sourceCaseId());
        caseTypes.route(ref).filter(route -> caseAccess.canSee(ref)).ifPresent(route -> {
            Anchor link = new Anchor(route, getTranslation("directive.source-case." + d.sourceCaseType()));
            link.getElement().setAttribute("router-link", true);
            link.getElement().setAttribute("data-testid", "directive-source-case");
            facts.add(new Paragraph(link));
        });
    }
}
