package th.tidtam.meeting.ui.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.base.ui.Notifications;
import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.service.DirectiveService;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.extraction.ExtractedMinutes;
import th.tidtam.meeting.extraction.ExtractionWarnings;
import th.tidtam.meeting.extraction.LexiconUnit;
import th.tidtam.meeting.extraction.MinutesExtractor;
import th.tidtam.meeting.extraction.UnitLexicon;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.meeting.service.MinutesDirectives;
import th.tidtam.meeting.ui.MeetingView;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitNames;
import th.tidtam.security.Roles;

/**
 * The secretariat turns existing minutes into directives: paste or upload the minutes, review what the extraction
 * proposes (grouped by agenda item; accept, drop, edit, split, merge), confirm the batch, and the directives are
 * issued in one transaction, all or nothing. Nothing is issued before the confirmation.
 */
@Route("meetings/:id/import")
@RolesAllowed({ Roles.SECRETARIAT, Roles.HEAD_OF_OFFICE })
public class MinutesImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_SUBJECT = 500;

    private final MeetingRegister meetings;
    private final MinutesDirectives minutesDirectives;
    private final OrgDirectory org;
    private final Translations translations;
    private final DueDefaults defaults;
    private final Clock clock;
    private final MinutesExtractor extractor = new MinutesExtractor();
    private final Div review = new Div();
    private MeetingSummary meeting;
    private MinutesSource source;
    private Paragraph how;

    public MinutesImportView(MeetingRegister meetings, MinutesDirectives minutesDirectives, OrgDirectory org,
            Translations translations, ObjectProvider<MeetingSchedule> schedule, WorkingCalendar calendar, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.minutesDirectives = minutesDirectives;
        this.org = org;
        this.translations = translations;
        this.defaults = new DueDefaults(Optional.ofNullable(schedule.getIfAvailable()), calendar);
        review.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        // a meeting the user may not see is indistinguishable from one that does not exist
        meeting = meetings.meeting(id).orElseThrow(NotFoundException::new);
        removeAll();
        show();
    }

    private void show() {
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        H2 heading = new H2(getTranslation("meeting.ui.import.title"));
        heading.getElement().setAttribute("data-testid", "import-heading");
        add(heading);
        RouterLink back = new RouterLink(getTranslation("meeting.ui.import.of-meeting", meeting.bodyName(thai),
                meeting.number(), ThaiDates.formatLong(meetingDate(), locale)), MeetingView.class,
                new RouteParameters("id", String.valueOf(meeting.id())));
        back.getElement().setAttribute("data-testid", "import-meeting");
        add(new Paragraph(back));
        // minutes belong to a meeting that has started (the service says the same if asked)
        if (meeting.status() == MeetingStatus.CANCELLED || LocalDateTime.now(clock).isBefore(meeting.startsAt())) {
            Paragraph notHeld = new Paragraph(getTranslation("meeting.ui.import.not-held"));
            notHeld.getStyle().set("color", "var(--lumo-error-text-color)");
            notHeld.getElement().setAttribute("data-testid", "import-not-held");
            add(notHeld);
            return;
        }
        how = new Paragraph(getTranslation("meeting.ui.import.how"));
        how.getStyle().set("color", "var(--lumo-secondary-text-color)");
        source = new MinutesSource(translations, this::read);
        add(how, source, review);
    }

    private LocalDate meetingDate() {
        return meeting.startsAt().toLocalDate();
    }

    private void read(String text) {
        try {
            ExtractedMinutes extracted = extractor.extract(text, lexicon(), meetingDate());
            ProposalDrafts drafts = ProposalDrafts.from(extracted, defaults, meetingDate());
            List<String> warnings = new ArrayList<>();
            if (extracted.meetingNumber() != null && !extracted.meetingNumber().equals(meeting.number())) {
                warnings.add(getTranslation("meeting.ui.import.other-number", extracted.meetingNumber(), meeting.number()));
            }
            extracted.warnings().forEach(w -> warnings.add(getTranslation(ExtractionWarnings.key(w), ExtractionWarnings.args(w))));
            review.removeAll();
            if (drafts.size() == 0) {
                Paragraph none = new Paragraph(getTranslation("meeting.ui.import.nothing-found"));
                none.getElement().setAttribute("data-testid", "import-nothing");
                review.add(none);
                warnings.forEach(w -> review.add(new Paragraph(w)));
                return;
            }
            boolean thai = Translations.isThai(getLocale());
            review.add(new ProposalReview(drafts, warnings, new UnitChoices(meetings.unitNamesFor(meeting.id()), thai), defaults, this::confirm));
            // the proposals are what the reviewer came for: bring them up rather than leave them under the text
            review.scrollIntoView();
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
        }
    }

    /** The meeting's province's units only: minutes never name another province's unit. */
    private UnitLexicon lexicon() {
        List<LexiconUnit> units = new ArrayList<>();
        for (UnitNames u : meetings.unitNamesFor(meeting.id())) {
            units.add(new LexiconUnit(u.unitId(), u.nameTh(), u.nameEn(), u.kind(), u.aliases()));
        }
        return new UnitLexicon(units);
    }

    private void confirm(List<ProposalDraft> kept) {
        try {
            List<DirectiveService.Issued> issued = minutesDirectives.issueFromMinutes(meeting.id(),
                    kept.stream().map(d -> draft(d)).toList());
            List<IssuedPanel.Line> lines = new ArrayList<>();
            for (int i = 0; i < issued.size(); i++) {
                lines.add(new IssuedPanel.Line(issued.get(i), kept.get(Math.min(i, kept.size() - 1))));
            }
            source.setVisible(false);
            how.setVisible(false);
            review.removeAll();
            review.add(new IssuedPanel(lines));
            Notifications.success(getTranslation("meeting.ui.issued.heading", issued.size()));
        } catch (RuleViolation refused) {
            Notifications.refused(refused, translations);
        } catch (AccessDeniedException denied) {
            Notifications.error(getTranslation("error.forbidden"));
        }
    }

    /** The reviewed proposal as the backend takes it: the subject is the agenda item's title, as the minutes call it. */
    private static MinutesDirectives.DraftDirective draft(ProposalDraft d) {
        String title = d.itemTitle() == null || d.itemTitle().isBlank() ? d.text() : d.itemTitle();
        String subject = title.length() > MAX_SUBJECT ? title.substring(0, MAX_SUBJECT) : title;
        return new MinutesDirectives.DraftDirective(d.agendaItem(), subject, d.text(), d.leadUnitId(),
                d.supportingUnitIds(), d.allDistricts(), d.allAgencies(), d.dueDate(), d.cadence(), d.cadenceDays(),
                "NORMAL", "NONE");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.ui.import.title") + " · " + getTranslation("app.name");
    }
}
