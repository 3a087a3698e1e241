package th.tidtam.meeting.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.meeting.AttendanceLine;
import th.tidtam.meeting.AttendanceStatus;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.domain.AttendanceRepository;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBodyMember;
import th.tidtam.meeting.domain.MeetingBodyMemberRepository;
import th.tidtam.meeting.domain.MeetingEvent;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/** Who came to a meeting: each member position present, represented (ผู้แทน, name and title) or absent (why). */
@Service
public class Attendance {

    private final MeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final MeetingBodyMemberRepository members;
    private final MeetingAccess access;
    private final Timeline timeline;
    private final OrgDirectory org;
    private final Clock clock;

    Attendance(MeetingRepository meetings, AttendanceRepository attendance, MeetingBodyMemberRepository members,
            MeetingAccess access, Timeline timeline, OrgDirectory org, Clock clock) {
        this.meetings = meetings;
        this.attendance = attendance;
        this.members = members;
        this.access = access;
        this.timeline = timeline;
        this.org = org;
        this.clock = clock;
    }

    /**
     * Records (or corrects) attendance for the listed positions; the others keep what they had. Refused before the
     * meeting has started; nothing is saved when one line is wrong.
     */
    @Transactional
    public List<AttendanceLine> record(long meetingId, List<AttendanceEntry> entries) {
        CurrentPosition runner = access.requireRunner();
        Meeting meeting = access.ownProvince(meetings.lockById(meetingId));
        requireHeld(meeting, clock);
        if (entries == null || entries.isEmpty()) {
            throw new RuleViolation("meeting.error.required", "meeting.field.attendance");
        }
        if (entries.size() > MeetingRegister.MAX_MEMBERS) {
            throw new RuleViolation("meeting.error.too-many-members", MeetingRegister.MAX_MEMBERS);
        }
        Map<Long, th.tidtam.meeting.domain.Attendance> existing = attendance.findByMeetingIdOrderByIdAsc(meetingId).stream()
                .collect(Collectors.toMap(th.tidtam.meeting.domain.Attendance::getPositionId, Function.identity()));
        Set<Long> seen = new HashSet<>();
        List<th.tidtam.meeting.domain.Attendance> changed = new ArrayList<>();
        for (AttendanceEntry e : entries) {
            if (e == null || e.positionId() == null || org.position(e.positionId()).isEmpty()) {
                throw new RuleViolation("meeting.error.position-not-found", "meeting.field.attendance");
            }
            if (!seen.add(e.positionId())) {
                throw new RuleViolation("meeting.error.attendance-twice", e.positionId());
            }
            if (e.status() == null) {
                throw new RuleViolation("meeting.error.required", "meeting.field.attendance-status");
            }
            String name = MeetingText.line(e.representativeName(), "meeting.field.representative-name", MeetingText.MAX_NAME,
                    e.status() == AttendanceStatus.REPRESENTED);
            String title = MeetingText.line(e.representativeTitle(), "meeting.field.representative-title", MeetingText.MAX_NAME,
                    false);
            String reason = MeetingText.line(e.absenceReason(), "meeting.field.absence-reason", 1000,
                    e.status() == AttendanceStatus.ABSENT);
            th.tidtam.meeting.domain.Attendance line = existing.computeIfAbsent(e.positionId(),
                    p -> new th.tidtam.meeting.domain.Attendance(meetingId, p));
            line.set(e.status(), e.status() == AttendanceStatus.REPRESENTED ? name : null,
                    e.status() == AttendanceStatus.REPRESENTED ? title : null, e.status() == AttendanceStatus.ABSENT ? reason : null);
            changed.add(line);
        }
        attendance.saveAll(changed);
        if (meeting.getStatus() != MeetingStatus.HELD) {
            meeting.setStatus(MeetingStatus.HELD);
        }
        timeline.record(MeetingCase.of(meetingId), null, MeetingEvent.Kind.ATTENDANCE_RECORDED, access.stamp(runner),
                String.valueOf(changed.size()), clock.instant());
        return of(meeting);
    }

    /** The body's members (and anyone else recorded), each with what was recorded for them (status null: nothing yet). */
    @Transactional(readOnly = true)
    public List<AttendanceLine> of(long meetingId) {
        List<CurrentPosition> mine = access.mine();
        Meeting meeting = meetings.findById(meetingId).filter(m -> access.seesMeeting(mine, m)).orElseThrow(MeetingAccess::notFound);
        return of(meeting);
    }

    private List<AttendanceLine> of(Meeting meeting) {
        Map<Long, th.tidtam.meeting.domain.Attendance> recorded = attendance.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .collect(Collectors.toMap(th.tidtam.meeting.domain.Attendance::getPositionId, Function.identity()));
        Set<Long> positions = new LinkedHashSet<>();
        members.findByBodyIdOrderByIdAsc(meeting.getBodyId()).stream().map(MeetingBodyMember::getPositionId).forEach(positions::add);
        positions.addAll(recorded.keySet());
        Map<Long, PositionSummary> summaries = org.summaries(positions).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity(), (a, b) -> a));
        return positions.stream().map(p -> {
            th.tidtam.meeting.domain.Attendance a = recorded.get(p);
            PositionSummary s = summaries.get(p);
            return new AttendanceLine(p, s == null ? "" : s.titleTh(), s == null ? "" : s.titleEn(),
                    a == null ? null : a.getStatus(), a == null ? null : a.getRepresentativeName(),
                    a == null ? null : a.getRepresentativeTitle(), a == null ? null : a.getAbsenceReason());
        }).toList();
    }

    /** Minutes and attendance belong to a meeting that has started; a cancelled one has neither. */
    static void requireHeld(Meeting meeting, Clock clock) {
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new RuleViolation("meeting.error.meeting-closed", meeting.getNumber());
        }
        if (LocalDateTime.now(clock).isBefore(meeting.getStartsAt())) {
            throw new RuleViolation("meeting.error.not-held-yet", meeting.getNumber(), meeting.getStartsAt().toLocalDate());
        }
    }
}
