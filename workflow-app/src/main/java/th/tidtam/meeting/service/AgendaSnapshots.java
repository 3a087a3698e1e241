package th.tidtam.meeting.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.tidtam.directive.service.FollowUpSource;
import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AgendaSection;
import th.tidtam.meeting.FollowUpLine;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.domain.AgendaItemRepository;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.org.service.CurrentPosition;

/**
 * The agenda as published (a JSON snapshot kept with each version) and its item 3, read from the directive module's
 * follow-up source (never its tables): the open directives of the body's earlier meetings.
 */
@Component
class AgendaSnapshots {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MeetingViews views;
    private final FollowUpSource followUp;
    private final ObjectMapper json;
    private final Clock clock;

    AgendaSnapshots(MeetingRepository meetings, AgendaItemRepository items, MeetingViews views, FollowUpSource followUp,
            ObjectMapper json, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.views = views;
        this.followUp = followUp;
        this.json = json;
        this.clock = clock;
    }

    List<FollowUpLine> followUp(Meeting meeting, List<CurrentPosition> positions) {
        Set<String> earlier = meetings.findByBodyIdOrderByStartsAtAscIdAsc(meeting.getBodyId()).stream()
                .filter(m -> m.getStatus() != MeetingStatus.CANCELLED && m.getStartsAt().isBefore(meeting.getStartsAt()))
                .map(Meeting::getNumber).collect(Collectors.toSet());
        if (earlier.isEmpty() || positions.isEmpty()) {
            return List.of();
        }
        return followUp.openOrClosedWithin(positions, null, clock.instant(), meeting.getNumber()).stream()
                .filter(d -> d.closedAt() == null && d.meetingNumber() != null && earlier.contains(d.meetingNumber().trim()))
                .map(d -> {
                    FollowUpSource.PartLine lead = d.parts().stream().filter(FollowUpSource.PartLine::lead).findFirst()
                            .orElse(d.parts().isEmpty() ? null : d.parts().get(0));
                    int done = (int) d.parts().stream().filter(p -> p.finishedAt() != null).count();
                    int late = d.parts().stream().mapToInt(FollowUpSource.PartLine::workingDaysLate).max().orElse(0);
                    return new FollowUpLine(d.id(), d.number(), d.subject(), d.meetingNumber(), d.agendaItem(), d.dueDate(),
                            lead == null ? null : lead.unitNameTh(), lead == null ? null : lead.unitNameEn(), done,
                            d.parts().size(), Math.max(0, late));
                }).toList();
    }

    /** Classified items keep their place and class but not their title: the snapshot goes to every member. */
    String snapshot(Meeting meeting, int version, List<CurrentPosition> viewer) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("meetingId", meeting.getId());
        root.put("number", meeting.getNumber());
        root.put("version", version);
        root.put("startsAt", meeting.getStartsAt().toString());
        root.put("endsAt", meeting.getEndsAt().toString());
        root.put("room", meeting.getRoom());
        root.put("chairPositionId", meeting.getChairPositionId());
        List<AgendaItemView> onAgenda = views.items(items.findByMeetingIdOrderBySectionAscSeqAscIdAsc(meeting.getId())
                .stream().filter(i -> i.getStatus().onAgenda()).toList());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (AgendaSection section : AgendaSection.values()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("section", section.number());
            s.put("key", section.name());
            s.put("items", onAgenda.stream().filter(i -> i.section() == section).map(AgendaSnapshots::item).toList());
            if (section == AgendaSection.ADOPT_MINUTES) {
                meetings.findByBodyIdOrderByStartsAtAscIdAsc(meeting.getBodyId()).stream()
                        .filter(m -> m.getStatus() == MeetingStatus.HELD && m.getStartsAt().isBefore(meeting.getStartsAt()))
                        .reduce((a, b) -> b).ifPresent(previous -> s.put("minutesOf", previous.getNumber()));
            }
            if (section == AgendaSection.FOLLOW_UP) {
                s.put("followUp", followUp(meeting, viewer));
            }
            sections.add(s);
        }
        root.put("sections", sections);
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the agenda snapshot", e);
        }
    }

    private static Map<String, Object> item(AgendaItemView i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("number", i.number());
        m.put("secrecy", i.secrecy().name());
        m.put("title", i.secrecy().classified() ? null : i.title());
        m.put("presenterUnitId", i.presenterUnitId());
        m.put("presenterUnitNameTh", i.presenterUnitNameTh());
        m.put("presenterUnitNameEn", i.presenterUnitNameEn());
        return m;
    }
}
