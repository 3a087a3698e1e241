package th.tidtam.meeting.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MemberRole;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBodyMember;
import th.tidtam.meeting.domain.MeetingBodyMemberRepository;
import th.tidtam.meeting.domain.MeetingEvent;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.OrgRouting;

/**
 * The meeting cycle model's expressions ({@code ${meetingCycle...}}, bpmn/meeting-cycle.bpmn): thin steps that call
 * for agenda items, remind the agencies that owe one, publish the approved agenda when nobody has yet, and name the
 * candidate groups of the tasks (positions, through org's routing, so a vacant post's work goes up the chain).
 */
@Component("meetingCycle")
public class MeetingCycle {

    public static final String TASK_PREPARE = "prepareAgenda";
    public static final String TASK_APPROVE = "approveAgenda";
    public static final String TASK_RECORD = "recordMeeting";
    public static final String TASK_CHECK = "checkMinutes";
    public static final String MESSAGE_ADOPTED = "minutesAdopted";
    public static final String MESSAGE_CANCELLED = "meetingCancelled";

    private final MeetingRepository meetings;
    private final MeetingBodyMemberRepository members;
    private final Agenda agenda;
    private final Alerts alerts;
    private final Timeline timeline;
    private final OrgRouting routing;
    private final OrgDirectory org;
    private final Clock clock;

    MeetingCycle(MeetingRepository meetings, MeetingBodyMemberRepository members, Agenda agenda, Alerts alerts,
            Timeline timeline, OrgRouting routing, OrgDirectory org, Clock clock) {
        this.meetings = meetings;
        this.members = members;
        this.agenda = agenda;
        this.alerts = alerts;
        this.timeline = timeline;
        this.routing = routing;
        this.org = org;
        this.clock = clock;
    }

    /** Asks every member position that is not the chair or the secretariat for its agenda items by the cut-off. */
    @Transactional
    public void callForItems(Long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        Instant now = clock.instant();
        int asked = 0;
        for (MeetingBodyMember m : members.findByBodyIdOrderByIdAsc(meeting.getBodyId())) {
            if (m.getRole() == MemberRole.MEMBER || m.getRole() == MemberRole.VICE_CHAIR) {
                alerts.raise(m.getPositionId(), MeetingCase.of(meetingId), null, AlertKind.REQUESTED,
                        meeting.getNumber() + " " + meeting.getCutOffDate(), now);
                asked++;
            }
        }
        timeline.record(MeetingCase.of(meetingId), null, MeetingEvent.Kind.CALL_FOR_ITEMS, ActorStamp.system(),
                String.valueOf(asked), now);
    }

    /** Reminds the members that report to every meeting and have submitted nothing yet. */
    @Transactional
    public void remindOwing(Long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            return;
        }
        Instant now = clock.instant();
        List<Long> owing = agenda.owingPositions(meeting);
        owing.forEach(p -> alerts.raise(p, MeetingCase.of(meetingId), null, AlertKind.REMINDER,
                meeting.getNumber() + " " + meeting.getCutOffDate(), now));
        timeline.record(MeetingCase.of(meetingId), null, MeetingEvent.Kind.REMINDED, ActorStamp.system(),
                String.valueOf(owing.size()), now);
    }

    /** After the chair's approval: the agenda is published (version 1) unless someone already published it. */
    @Transactional
    public void ensurePublished(Long meetingId) {
        Meeting meeting = meetings.lockById(meetingId).orElseThrow();
        if (meeting.getAgendaVersion() == 0 && meeting.getStatus() == MeetingStatus.SCHEDULED) {
            agenda.publish(meeting, null, ActorStamp.system(), List.of());
        }
    }

    /** For cycles started before the groups were asked per meeting (their process definition names no meeting). */
    public String secretariatGroup() {
        return routing.responsibleGroupForRole("SECRETARIAT");
    }

    public String headOfOfficeGroup() {
        return routing.responsibleGroupForRole("HEAD_OF_OFFICE");
    }

    /** The secretariat of the meeting's province (another province's secretariat never gets its work). */
    public String secretariatGroup(Long meetingId) {
        return groupWithRole(meetingId, PositionRole.SECRETARIAT);
    }

    /** The head of office of the meeting's province. */
    public String headOfOfficeGroup(Long meetingId) {
        return groupWithRole(meetingId, PositionRole.HEAD_OF_OFFICE);
    }

    private String groupWithRole(Long meetingId, PositionRole role) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        Long position = org.positionWithRole(meeting.getProvinceId(), role)
                .orElseThrow(() -> new IllegalStateException("No position has the role " + role + " in province " + meeting.getProvinceId()));
        return routing.responsibleGroupOf(position);
    }

    /** The chair's position of the meeting, or whoever must act for it while it is vacant. */
    public String chairGroup(Long meetingId) {
        Meeting meeting = meetings.findById(meetingId).orElseThrow();
        return routing.responsibleGroup(org.position(meeting.getChairPositionId()).map(PositionSummary::code).orElseThrow());
    }
}
