package th.tidtam.meeting.service;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBody;
import th.tidtam.meeting.domain.MeetingBodyMember;
import th.tidtam.meeting.domain.MeetingBodyMemberRepository;
import th.tidtam.meeting.domain.MeetingBodyRepository;
import th.tidtam.meeting.domain.MeetingRepository;

/**
 * The meetings a set of positions takes part in, for calendars read without a login (the feeds module's iCalendar
 * address): the caller has resolved whose positions they are, so no current user is asked. A position takes part in a
 * meeting when it sits in the body, chairs the body, or chairs or is the secretary of that meeting. Cancelled meetings
 * are left out: a calendar that re-reads the feed then drops them.
 */
@Service
public class MeetingCalendar {

    private final MeetingBodyRepository bodies;
    private final MeetingBodyMemberRepository members;
    private final MeetingRepository meetings;

    MeetingCalendar(MeetingBodyRepository bodies, MeetingBodyMemberRepository members, MeetingRepository meetings) {
        this.bodies = bodies;
        this.members = members;
        this.meetings = meetings;
    }

    /** The positions' meetings starting within [from, to) (Bangkok wall-clock time), oldest first. */
    @Transactional(readOnly = true)
    public List<MeetingSummary> ofPositions(Collection<Long> positionIds, LocalDateTime from, LocalDateTime to) {
        if (positionIds.isEmpty() || !from.isBefore(to)) {
            return List.of();
        }
        // a HashSet, not Set.copyOf: a meeting without a chair or a secretary asks contains(null), which an
        // immutable set answers with a NullPointerException
        Set<Long> positions = new HashSet<>(positionIds);
        Map<Long, MeetingBody> byId = bodies.findAll().stream()
                .collect(Collectors.toMap(MeetingBody::getId, Function.identity()));
        Set<Long> bodiesOfPositions = new HashSet<>();
        members.findByPositionIdIn(positions).stream().map(MeetingBodyMember::getBodyId).forEach(bodiesOfPositions::add);
        byId.values().stream().filter(b -> positions.contains(b.getChairPositionId())).map(MeetingBody::getId)
                .forEach(bodiesOfPositions::add);
        return meetings.findByStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAscIdAsc(from, to).stream()
                .filter(m -> m.getStatus() != MeetingStatus.CANCELLED)
                .filter(m -> bodiesOfPositions.contains(m.getBodyId()) || positions.contains(m.getChairPositionId())
                        || positions.contains(m.getSecretaryPositionId()))
                .filter(m -> byId.containsKey(m.getBodyId()))
                .map(m -> MeetingViews.meeting(m, byId.get(m.getBodyId()))).toList();
    }
}
