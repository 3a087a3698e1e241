package th.tidtam.meeting.service;

import java.util.List;
import java.util.Map;

import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.AttendanceLine;
import th.tidtam.meeting.BodyMember;
import th.tidtam.meeting.FollowUpLine;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MinutesCorrection;
import th.tidtam.meeting.MinutesDirectiveView;

/**
 * Everything the agenda (ระเบียบวาระการประชุม) and the minutes (รายงานการประชุม) print, read through the meeting's
 * services as the current user may see it; the documents only lay it out.
 *
 * @param previous       the body's meeting before this one (whose minutes item 2 adopts), or null
 * @param adoptedAt      the meeting that adopted these minutes, or null
 * @param unitNames      Thai names of the units the items and directives name
 * @param positionTitles Thai titles of the positions the attendance, chair and secretary name
 * @param noteTaker      who wrote the minutes (ผู้จดรายงานการประชุม): the secretariat's officer, or null
 * @param checker        who checked them (ผู้ตรวจรายงานการประชุม), or null before the check
 */
public record MeetingPapers(MeetingSummary meeting, List<BodyMember> members, List<AgendaItemView> items,
        List<FollowUpLine> followUp, List<AttendanceLine> attendance, List<MinutesDirectiveView> directives,
        MeetingSummary previous, MeetingSummary adoptedAt, List<MinutesCorrection> corrections,
        Map<Long, String> unitNames, Map<Long, String> positionTitles, Signer noteTaker, Signer checker) {

    /** A signature block: the printed name and the position under it. */
    public record Signer(String name, String title) {
    }
}
