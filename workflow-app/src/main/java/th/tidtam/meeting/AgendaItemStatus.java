package th.tidtam.meeting;

/** An agenda item from its submission to its place on the agenda (or elsewhere). */
public enum AgendaItemStatus {
    /** submitted by an agency (or entered by the secretariat), waiting for the secretariat */
    SUBMITTED,
    /** on the agenda */
    ACCEPTED,
    /** sent back to the agency with a reason; it may submit again */
    RETURNED,
    /** moved to another meeting, where it goes on as a new item */
    MOVED,
    /** taken back by the agency before it was accepted */
    WITHDRAWN;

    /** Counts as an item of the meeting (what the agenda and the minutes list). */
    public boolean onAgenda() {
        return this == ACCEPTED;
    }
}
