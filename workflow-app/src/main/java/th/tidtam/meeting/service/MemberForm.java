package th.tidtam.meeting.service;

import th.tidtam.meeting.MemberRole;

/** A position that sits in a body, in which role, and whether it owes an item to every meeting. */
public record MemberForm(Long positionId, MemberRole role, boolean reportsEveryMeeting) {
}
