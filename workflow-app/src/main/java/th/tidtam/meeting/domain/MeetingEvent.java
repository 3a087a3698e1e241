package th.tidtam.meeting.domain;

/** What the timeline of a meeting records; the screens translate {@code meeting.event.<name>}. */
public final class MeetingEvent {

    public enum Kind {
        SCHEDULED, CANCELLED, CALL_FOR_ITEMS, REMINDED, ITEM_SUBMITTED, ITEM_SUBMITTED_LATE, ITEM_ACCEPTED, ITEM_RETURNED,
        ITEM_MOVED, ITEM_MOVED_IN, ITEM_WITHDRAWN, AGENDA_PREPARED, AGENDA_APPROVED, AGENDA_PUBLISHED, AGENDA_CHANGED,
        ATTENDANCE_RECORDED, HELD, MINUTES_RECORDED, MINUTES_SUBMITTED, MINUTES_RETURNED, MINUTES_CHECKED, MINUTES_ADOPTED,
        MINUTES_ADOPTED_AT, DIRECTIVES_ISSUED, ATTACHMENT_ADDED
    }

    private MeetingEvent() {
    }
}
