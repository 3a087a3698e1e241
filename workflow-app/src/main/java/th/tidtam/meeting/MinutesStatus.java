package th.tidtam.meeting;

/** The minutes of a meeting: drafted by the secretariat, checked by the head of office, adopted at the next meeting. */
public enum MinutesStatus {
    NOT_STARTED, DRAFT, CHECKED, ADOPTED
}
