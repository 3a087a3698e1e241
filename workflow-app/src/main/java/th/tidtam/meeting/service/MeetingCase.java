package th.tidtam.meeting.service;

import th.tidtam.casework.CaseRef;
import th.tidtam.casework.numbering.NumberSeries;

/** The meeting as a case type of the casework core. */
public final class MeetingCase {

    /** The case type's key in the core's tables (timeline, attachments, alerts, work items). */
    public static final String TYPE = "MEETING";

    /** The BPMN process of a meeting's cycle. */
    public static final String PROCESS_KEY = "meeting-cycle";

    private MeetingCase() {
    }

    public static CaseRef of(long meetingId) {
        return CaseRef.of(TYPE, meetingId);
    }

    /** Each body numbers its meetings in its own series, restarting every calendar year (shown with the BE year). */
    static NumberSeries.Series numbers(String bodyCode) {
        return new NumberSeries.Series("MEETING:" + bodyCode, NumberSeries.Restart.CALENDAR_YEAR);
    }

    /** The business key of a meeting's process instance (prefixed: directive processes use bare ids). */
    static String businessKey(long meetingId) {
        return "meeting-" + meetingId;
    }
}
