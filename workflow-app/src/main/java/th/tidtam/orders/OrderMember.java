package th.tidtam.orders;

import th.tidtam.meeting.MemberRole;

/** A committee member the order appoints, by position (whoever holds or acts in it sits). */
public record OrderMember(Long positionId, MemberRole role, boolean reportsEveryMeeting) {
}
