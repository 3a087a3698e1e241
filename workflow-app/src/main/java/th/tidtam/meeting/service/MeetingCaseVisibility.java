package th.tidtam.meeting.service;

import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseVisibility;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.org.service.CurrentPosition;

/** The meeting's answer to the casework core's visibility port: the rules of {@link MeetingAccess}. */
@Component
class MeetingCaseVisibility implements CaseVisibility {

    private final MeetingRepository meetings;
    private final MeetingAccess access;

    MeetingCaseVisibility(MeetingRepository meetings, MeetingAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    @Override
    public String caseType() {
        return MeetingCase.TYPE;
    }

    @Override
    public boolean canSee(List<CurrentPosition> positions, long caseId) {
        return meetings.findById(caseId).filter(m -> access.seesMeeting(positions, m)).isPresent();
    }
}
