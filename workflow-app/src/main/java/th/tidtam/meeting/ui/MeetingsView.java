package th.tidtam.meeting.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import th.tidtam.base.ui.GridRows;
import th.tidtam.base.i18n.Translations;
import th.tidtam.meeting.BodySummary;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.service.MeetingRegister;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.CurrentUser;

/**
 * The meetings register: the bodies that meet and their meetings, newest first, filtered by body and Buddhist-era
 * year; the secretariat schedules meetings and keeps each body's members here. Everyone sees the meetings of the
 * bodies they sit in (the service decides which).
 */
@Route("meetings")
@PermitAll
@Menu(order = 15, title = "meeting.ui.nav", icon = "vaadin:group")
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

    private final MeetingRegister register;
    private final Grid<MeetingSummary> grid = new Grid<>();
    private final Select<BodySummary> body = new Select<>();
    private final Select<Integer> year = new Select<>();
    private List<MeetingSummary> meetings = List.of();

    private final Clock clock;

    public MeetingsView(MeetingRegister register, OrgDirectory org, CurrentUser currentUser, Clock clock) {
        this.register = register;
        this.clock = clock;
        setSizeFull();
        Locale locale = getLocale();
        boolean thai = Translations.isThai(locale);
        boolean runs = MeetingLabels.runsMeetings(currentUser);

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("meeting.ui.nav")));
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        List<BodySummary> bodies = register.bodies();
        if (runs) {
            Button schedule = new Button(getTranslation("meeting.ui.schedule"), e -> new ScheduleMeetingDialog(register, org,
                    bodies, body.getValue(), scheduled -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                            new RouteParameters("id", String.valueOf(scheduled.id()))))).open());
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.getElement().setAttribute("data-testid", "meeting-schedule");
            header.add(schedule);
        }
        add(header);

        body.setLabel(getTranslation("meeting.ui.body"));
        body.setItems(bodies);
        body.setEmptySelectionAllowed(true);
        body.setEmptySelectionCaption(getTranslation("meeting.ui.all-bodies"));
        body.setItemLabelGenerator(b -> b == null ? getTranslation("meeting.ui.all-bodies") : b.name(thai));
        body.getElement().setAttribute("data-testid", "meeting-filter-body");
        year.setLabel(getTranslation("meeting.ui.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("meeting.ui.all-years"));
        year.getElement().setAttribute("data-testid", "meeting-filter-year");
        body.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new HorizontalLayout(body, year));

        grid.addColumn(MeetingSummary::number).setHeader(getTranslation("meeting.ui.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.bodyName(thai)).setHeader(getTranslation("meeting.ui.body")).setFlexGrow(3)
                .setTooltipGenerator(m -> m.bodyName(thai));
        grid.addColumn(m -> MeetingLabels.when(m.startsAt(), locale)).setHeader(getTranslation("meeting.ui.starts-at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Objects.requireNonNullElse(m.room(), "")).setHeader(getTranslation("meeting.ui.room")).setFlexGrow(2)
                .setTooltipGenerator(m -> Objects.requireNonNullElse(m.room(), ""));
        grid.addColumn(new ComponentRenderer<>(m -> MeetingLabels.status(this, m, clock)))
                .setHeader(getTranslation("meeting.ui.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation("meeting.ui.minutes-status." + m.minutesStatus().name()))
                .setHeader(getTranslation("meeting.ui.minutes")).setAutoWidth(true).setFlexGrow(0);
        // pages are cut from the register's answer: the screen asks for what it shows
        grid.setItems(q -> filtered().skip(q.getOffset()).limit(q.getLimit()), q -> (int) filtered().count());
        GridRows.openOnClickOrEnter(grid, item -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                new RouteParameters("id", String.valueOf(item.id())))));
        grid.getElement().setAttribute("data-testid", "meetings");
        grid.setWidthFull();
        grid.setHeight("28em");
        add(grid);
        // the members' panel below makes the page taller than the window: the register keeps its height, not one row
        setFlexShrink(0, grid);
        refresh();

        add(new BodyMembersPanel(register, org, bodies, runs));
    }

    private void refresh() {
        BodySummary b = body.getValue();
        List<MeetingSummary> oldestFirst = b == null ? register.visibleMeetings() : register.meetings(b.id());
        meetings = new java.util.ArrayList<>(oldestFirst);
        java.util.Collections.reverse(meetings);
        Integer chosen = year.getValue();
        year.setItems(meetings.stream().map(MeetingSummary::beYear).distinct().sorted(java.util.Comparator.reverseOrder()).toList());
        if (chosen != null && meetings.stream().anyMatch(m -> m.beYear() == chosen)) {
            year.setValue(chosen);
        }
        grid.getDataProvider().refreshAll();
    }

    private Stream<MeetingSummary> filtered() {
        Integer y = year.getValue();
        return meetings.stream().filter(m -> y == null || m.beYear() == y);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.ui.nav") + " · " + getTranslation("app.name");
    }
}
