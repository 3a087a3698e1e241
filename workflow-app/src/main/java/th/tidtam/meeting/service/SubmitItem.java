package th.tidtam.meeting.service;

import th.tidtam.meeting.AgendaSection;

/**
 * An agenda item an agency submits (sections 4 and 5), or the secretariat enters (any section).
 *
 * @param presenterUnitId default: the unit of the submitting position
 * @param secrecy         NONE (default), CONFIDENTIAL or SECRET; TOP_SECRET is refused
 * @param lateOverride    the secretariat lets it in after the cut-off
 */
public record SubmitItem(AgendaSection section, String title, String summary, Long presenterUnitId, String secrecy,
        boolean lateOverride) {
}
