package th.tidtam.calendar;
/**
 * Sittings of a province's monthly meeting of heads of agencies, as the meeting register knows them. Each province has
 * its own monthly meeting (issue 18): callers name the province of their case; the forms without one answer for every
 * province at once, which is the old single-province answer.
 */
public interface MeetingSchedule {
    /** @param number "N/BE-year" with Arabic digits, e.g. "1/2569" */
    record Sitting(long meetingId, String number, int sequence, int beYear, java.time.LocalDateTime startsAt) {}
    /** Sittings of the monthly meeting on record (held or planned), oldest first. */
    java.util.List<Sitting> monthlySittings();
    /** The first monthly sitting starting on a day after {@code day}, if one is on record. */
    java.util.Optional<Sitting> nextMonthlySittingAfter(java.time.LocalDate day);

    /** Sittings of the monthly meeting of one province (null: every province's), oldest first. */
    default java.util.List<Sitting> monthlySittings(Long provinceId) {
        return monthlySittings();
    }

    /** The first monthly sitting of one province (null: any) starting on a day after {@code day}. */
    default java.util.Optional<Sitting> nextMonthlySittingAfter(Long provinceId, java.time.LocalDate day) {
        return nextMonthlySittingAfter(day);
    }
}
