package th.tidtam.meeting.ui;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;

/** Small shared pieces of the meeting screens: status badges, dates, who runs meetings, position names. */
public final class MeetingLabels {

    private MeetingLabels() {
    }

    /** The secretariat and the head of office run meetings; the services check again, the screens only hide. */
    public static boolean runsMeetings(CurrentUser user) {
        return user.get().map(u -> u.hasRole(Roles.SECRETARIAT) || u.hasRole(Roles.HEAD_OF_OFFICE)).orElse(false);
    }

    public static boolean headOfOffice(CurrentUser user) {
        return user.get().map(u -> u.hasRole(Roles.HEAD_OF_OFFICE)).orElse(false);
    }

    /**
     * The meeting's status; a meeting whose time has come but of which nothing has been recorded yet says so rather
     * than "open for items".
     */
    static Span status(Component owner, MeetingSummary m, java.time.Clock clock) {
        boolean due = (m.status() == MeetingStatus.SCHEDULED || m.status() == MeetingStatus.AGENDA_PUBLISHED)
                && !LocalDateTime.now(clock).isBefore(m.startsAt());
        Span badge = new Span(owner.getTranslation(due ? "meeting.ui.status.STARTED" : "meeting.ui.status." + m.status().name()));
        String theme = due ? "badge" : switch (m.status()) {
            case SCHEDULED -> "badge contrast";
            case AGENDA_PUBLISHED -> "badge";
            case HELD -> "badge success";
            case CANCELLED -> "badge error";
        };
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.getElement().setAttribute("data-testid", "meeting-status");
        return badge;
    }

    static String when(LocalDateTime at, Locale locale) {
        return ThaiDates.formatDateTime(at, locale);
    }

    /** "ครั้งที่ 1/2569" with the body's name. */
    static String title(Component owner, MeetingSummary m, boolean thai) {
        return owner.getTranslation("meeting.ui.meeting-title", m.bodyName(thai), m.number());
    }

    static Map<Long, PositionSummary> byId(List<PositionSummary> positions) {
        return positions.stream().collect(Collectors.toMap(PositionSummary::id, Function.identity(), (a, b) -> a));
    }

    static String positionLabel(PositionSummary p, boolean thai) {
        if (p == null) {
            return "";
        }
        // a head's title often is the unit's name ("ผู้ว่าราชการจังหวัด…"): say it once
        boolean sameName = p.unitNameTh() == null || p.unitName(thai).equals(p.title(thai));
        return p.title(thai) + (sameName ? "" : " · " + p.unitName(thai));
    }
}
