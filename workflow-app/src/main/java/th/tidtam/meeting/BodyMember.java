package th.tidtam.meeting;

/** A member of a body, by position (whoever holds or acts in it attends). */
public record BodyMember(long id, long bodyId, long positionId, String positionCode, String titleTh, String titleEn,
        Long unitId, MemberRole role, boolean reportsEveryMeeting) {
}
