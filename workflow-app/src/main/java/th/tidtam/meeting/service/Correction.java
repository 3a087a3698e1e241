package th.tidtam.meeting.service;

/** A correction the next meeting made to the minutes it adopted; {@code agendaItemId} of the corrected item, or null. */
public record Correction(Long agendaItemId, String text) {
}
