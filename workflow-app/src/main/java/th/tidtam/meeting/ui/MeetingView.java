package th.tidtam.meeting.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.i18n.Translations;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.ui.CaseAttachmentsPanel;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.MeetingCase;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.meeting.ui.review.MinutesImportView;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.security.CurrentUser;

/**
 * One meeting: when and where, who chairs (in whose place) and keeps the minutes, then its agenda, the submission
 * of items, attendance, the minutes, the directives of the minutes and the files, each in its own tab. What a user
 * may not do is not shown; the services refuse it anyway.
 */
@Route("meetings/:id")
@PermitAll
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingRegister register;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MeetingPanels panels;
    private String title = "";
    private long meetingId;
    private String selectedTab;
    private final List<String> tabIds = new ArrayList<>();

    public MeetingView(MeetingRegister register, OrgDirectory org, CurrentUser currentUser, Clock clock, MeetingPanels panels) {
        this.register = register;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
        this.panels = panels;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        show();
    }

    /** Reads the meeting again and redraws the screen (after any change), staying on the tab the user was on. */
    void show() {
        // a meeting the user may not see is indistinguishable from one that does not exist
        MeetingSummary m = register.meeting(meetingId).orElseThrow(NotFoundException::new);
        removeAll();
        tabIds.clear();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        boolean runs = MeetingLabels.runsMeetings(currentUser);
        boolean started = m.status() != MeetingStatus.CANCELLED && !LocalDateTime.now(clock).isBefore(m.startsAt());
        title = MeetingLabels.title(this, m, thai);
        H2 heading = new H2(title);
        heading.getElement().setAttribute("data-testid", "meeting-heading");
        HorizontalLayout top = new HorizontalLayout(heading, MeetingLabels.status(this, m, clock));
        top.setAlignItems(Alignment.CENTER);
        if (runs && started) {
            Button importMinutes = new Button(getTranslation("meeting.ui.import.title"), e -> getUI().ifPresent(ui -> ui.navigate(
                    MinutesImportView.class, new RouteParameters("id", String.valueOf(m.id())))));
            importMinutes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            importMinutes.getElement().setAttribute("data-testid", "meeting-import-minutes");
            top.add(importMinutes);
        }
        HorizontalLayout documents = new HorizontalLayout(DocumentLinks.link(getTranslation("meeting.ui.agenda-pdf"), "meeting-agenda-pdf",
                () -> panels.documents.agenda(m.id(), true)));
        if (m.minutesStatus() != th.tidtam.meeting.MinutesStatus.NOT_STARTED) {
            documents.add(DocumentLinks.link(getTranslation("meeting.ui.minutes-pdf"), "meeting-minutes-pdf",
                    () -> panels.documents.minutes(m.id(), true)));
        }
        add(top, facts(m, locale, thai), documents);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.getElement().setAttribute("data-testid", "meeting-tabs");
        Runnable changed = () -> {
            selectedTab = tabs.getSelectedTab() == null ? null : tabs.getSelectedTab().getId().orElse(null);
            show();
        };
        tab(tabs, "agenda", getTranslation("meeting.ui.tab.agenda"), panels.agenda(m, runs, changed));
        if (!started && m.status() != MeetingStatus.CANCELLED) {
            tab(tabs, "submit", getTranslation("meeting.ui.tab.submit"), panels.submit(m, runs, changed));
        }
        if (started) {
            tab(tabs, "attendance", getTranslation("meeting.ui.tab.attendance"), panels.attendance(m, runs, changed));
            tab(tabs, "minutes", getTranslation("meeting.ui.tab.minutes"), panels.minutes(m, runs,
                    MeetingLabels.headOfOffice(currentUser), changed));
            tab(tabs, "directives", getTranslation("meeting.ui.tab.directives"), panels.directives(m, runs, changed));
        }
        tab(tabs, "files", getTranslation("meeting.ui.tab.files"), CaseAttachmentsPanel.forCase(MeetingCase.of(m.id())));
        add(tabs);
        int selected = tabIds.indexOf(selectedTab);
        if (selected >= 0) {
            tabs.setSelectedIndex(selected);
        }
    }

    private void tab(TabSheet tabs, String id, String label, com.vaadin.flow.component.Component content) {
        var tab = tabs.add(label, content);
        tab.setId("meeting-tab-" + id);
        tab.getElement().setAttribute("data-testid", "meeting-tab-" + id);
        tabIds.add("meeting-tab-" + id);
    }

    private Div facts(MeetingSummary m, Locale locale, boolean thai) {
        List<Long> ids = new ArrayList<>();
        ids.add(m.chairPositionId());
        if (m.chairInPlaceOfPositionId() != null) {
            ids.add(m.chairInPlaceOfPositionId());
        }
        if (m.secretaryPositionId() != null) {
            ids.add(m.secretaryPositionId());
        }
        Map<Long, PositionSummary> positions = MeetingLabels.byId(org.summaries(ids));
        Div facts = new Div();
        facts.getElement().setAttribute("data-testid", "meeting-facts");
        facts.add(new Paragraph(getTranslation("meeting.ui.starts-at") + ": " + MeetingLabels.when(m.startsAt(), locale)
                + " – " + m.endsAt().toLocalTime() + " · " + getTranslation("meeting.ui.room") + ": "
                + Objects.requireNonNullElse(m.room(), "")));
        String chair = MeetingLabels.positionLabel(positions.get(m.chairPositionId()), thai);
        if (m.chairCapacity() != null && m.chairCapacity() != AssignmentKind.HOLDER) {
            chair += " (" + getTranslation("org.capacity." + m.chairCapacity().name()) + " "
                    + MeetingLabels.positionLabel(positions.get(m.chairInPlaceOfPositionId()), thai) + ")";
        }
        facts.add(new Paragraph(getTranslation("meeting.ui.chair") + ": " + chair
                + (m.secretaryPositionId() == null ? "" : " · " + getTranslation("meeting.ui.secretary") + ": "
                        + MeetingLabels.positionLabel(positions.get(m.secretaryPositionId()), thai))));
        facts.add(new Paragraph(getTranslation("meeting.ui.cut-off") + ": " + ThaiDates.formatLong(m.cutOffDate(), locale)
                + " · " + getTranslation("meeting.ui.agenda-version") + ": "
                + (m.agendaVersion() == 0 ? getTranslation("meeting.ui.not-published") : String.valueOf(m.agendaVersion()))
                + " · " + getTranslation("meeting.ui.minutes") + ": "
                + getTranslation("meeting.ui.minutes-status." + m.minutesStatus().name())));
        return facts;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
