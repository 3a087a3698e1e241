package th.tidtam.meeting;

/** Where a meeting stands in its cycle. */
public enum MeetingStatus {
    /** scheduled: the call for agenda items is open (until the cut-off) */
    SCHEDULED,
    /** the agenda is published to the members; later changes make new versions */
    AGENDA_PUBLISHED,
    /** the meeting took place; its minutes are drafted, checked and adopted at the next meeting */
    HELD,
    /** called off; nothing more happens to it */
    CANCELLED;

    public boolean held() {
        return this == HELD;
    }
}
