package th.tidtam.meeting.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.MeetingSchedule;
import th.tidtam.meeting.BodyKind;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBody;
import th.tidtam.meeting.domain.MeetingBodyRepository;
import th.tidtam.meeting.domain.MeetingRepository;

/**
 * The calendar's port answered from the register: the sittings of the monthly meeting (not cancelled), for "before
 * the next meeting" and the follow-up report's periods, of one province when the caller names it (each province has its
 * own monthly meeting). No visibility applies: dates and numbers of the monthly
 * meeting are not secret, and the callers run on background threads too.
 */
@Service
class MonthlyMeetingSchedule implements MeetingSchedule {

    private final MeetingBodyRepository bodies;
    private final MeetingRepository meetings;

    MonthlyMeetingSchedule(MeetingBodyRepository bodies, MeetingRepository meetings) {
        this.bodies = bodies;
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Sitting> monthlySittings() {
        return monthlySittings(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Sitting> nextMonthlySittingAfter(LocalDate day) {
        return nextMonthlySittingAfter(null, day);
    }

    /** The sittings of the monthly meeting bodies of one province ({@code provinceId} null: of every province). */
    @Override
    @Transactional(readOnly = true)
    public List<Sitting> monthlySittings(Long provinceId) {
        List<Long> monthly = bodies.findByKindAndActiveTrueOrderByIdAsc(BodyKind.MONTHLY).stream()
                .filter(b -> provinceId == null || provinceId.equals(b.getProvinceId())).map(MeetingBody::getId).toList();
        if (monthly.isEmpty()) {
            return List.of();
        }
        return meetings.findByBodyIdInOrderByStartsAtAscIdAsc(monthly).stream()
                .filter(m -> m.getStatus() != MeetingStatus.CANCELLED).map(MonthlyMeetingSchedule::sitting).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Sitting> nextMonthlySittingAfter(Long provinceId, LocalDate day) {
        return monthlySittings(provinceId).stream().filter(s -> s.startsAt().toLocalDate().isAfter(day)).findFirst();
    }

    private static Sitting sitting(Meeting m) {
        return new Sitting(m.getId(), m.getNumber(), m.getSeq(), m.getBeYear(), m.getStartsAt());
    }
}
