package th.tidtam.meeting;

/** A member position's part in a body (ประธาน, รองประธาน, กรรมการ, เลขานุการ, ผู้ช่วยเลขานุการ). */
public enum MemberRole {
    CHAIR, VICE_CHAIR, MEMBER, SECRETARY, ASSISTANT_SECRETARY
}
