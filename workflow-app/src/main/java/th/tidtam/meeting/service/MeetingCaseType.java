package th.tidtam.meeting.service;

import org.springframework.stereotype.Component;

import th.tidtam.casework.CaseType;

/** The meeting registered with the casework core: its screen and the name its API gives a meeting's id. */
@Component
class MeetingCaseType implements CaseType {

    @Override
    public String key() {
        return MeetingCase.TYPE;
    }

    @Override
    public String route(long caseId) {
        return "meetings/" + caseId;
    }

    @Override
    public String idField() {
        return "meetingId";
    }
}
