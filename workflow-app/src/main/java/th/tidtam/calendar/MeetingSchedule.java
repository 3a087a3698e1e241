package th.tidtam.calendar;
/** Sittings of the province's monthly meeting of heads of agencies, as the meeting register knows them. */
public interface MeetingSchedule {
    /** @param number "N/BE-year" with Arabic digits, e.g. "1/2569" */
    record Sitting(long meetingId, String number, int sequence, int beYear, java.time.LocalDateTime startsAt) {}
    /** Sittings of the monthly meeting on record (held or planned), oldest first. */
    java.util.List<Sitting> monthlySittings();
    /** The first monthly sitting starting on a day after {@code day}, if one is on record. */
    java.util.Optional<Sitting> nextMonthlySittingAfter(java.time.LocalDate day);
}
