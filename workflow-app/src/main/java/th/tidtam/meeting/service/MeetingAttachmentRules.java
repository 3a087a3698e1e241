package th.tidtam.meeting.service;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.attachment.AttachmentPolicy;
import th.tidtam.casework.attachment.CaseAttachments;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.meeting.AgendaItemStatus;
import th.tidtam.meeting.MeetingStatus;
import th.tidtam.meeting.MinutesStatus;
import th.tidtam.meeting.domain.AgendaItem;
import th.tidtam.meeting.domain.AgendaItemRepository;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingRepository;
import th.tidtam.meeting.domain.MeetingEvent;
import th.tidtam.org.service.CurrentPosition;

/**
 * The meeting's answer to the casework core's attachment port: files belong to the meeting (part = none: the
 * secretariat's papers) or to one of its agenda items (part = the item's id). An agency attaches to its own item while
 * the item is open; the secretariat and the head of office to anything of a meeting that is not cancelled and whose
 * minutes are not adopted yet. Each file added is an entry on the meeting's timeline.
 */
@Component
class MeetingAttachmentRules implements AttachmentPolicy {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final Timeline timeline;

    private final MeetingAccess access;

    MeetingAttachmentRules(MeetingRepository meetings, AgendaItemRepository items, Timeline timeline,
            MeetingAccess access) {
        this.access = access;
        this.meetings = meetings;
        this.items = items;
        this.timeline = timeline;
    }

    @Override
    public String caseType() {
        return MeetingCase.TYPE;
    }

    @Override
    public CurrentPosition attacher(List<CurrentPosition> mine, long caseId, Long partId, Long reportId) {
        Meeting meeting = meetings.findById(caseId).filter(m -> MeetingAccess.inProvince(mine, m.getProvinceId()))
                .orElseThrow(MeetingAccess::notFound);
        if (reportId != null) {
            throw new RuleViolation("attachment.error.part-not-on-directive");
        }
        AgendaItem item = partId == null ? null : items.findById(partId).filter(i -> i.getMeetingId().equals(meeting.getId()))
                .orElseThrow(() -> new RuleViolation("meeting.error.item-not-in-meeting", partId, meeting.getNumber()));
        CurrentPosition uploader = uploader(mine, meeting, item)
                .orElseThrow(() -> new RuleViolation("attachment.error.no-position"));
        if (!open(meeting)) {
            throw new RuleViolation("meeting.error.meeting-closed", meeting.getNumber());
        }
        return uploader;
    }

    @Override
    public boolean mayAttach(List<CurrentPosition> mine, long caseId, Long partId) {
        Meeting meeting = meetings.findById(caseId).filter(m -> MeetingAccess.inProvince(mine, m.getProvinceId())).orElse(null);
        if (meeting == null || !open(meeting)) {
            return false;
        }
        AgendaItem item = partId == null ? null : items.findById(partId).filter(i -> i.getMeetingId().equals(meeting.getId())).orElse(null);
        if (partId != null && item == null) {
            return false;
        }
        return uploader(mine, meeting, item).isPresent();
    }

    /**
     * An agenda item's files are seen by whoever sees the item (its submitter, the secretariat, members once it is on
     * the published agenda, classified ones by clearance); the meeting's own papers by whoever sees the meeting.
     */
    @Override
    public boolean maySeePart(List<CurrentPosition> mine, long caseId, Long partId) {
        if (partId == null) {
            return true;
        }
        Meeting meeting = meetings.findById(caseId).orElse(null);
        AgendaItem item = items.findById(partId).orElse(null);
        return meeting != null && item != null && item.getMeetingId().equals(meeting.getId())
                && access.seesItem(mine, meeting, item);
    }

    @Override
    public void attached(CaseAttachments.Item item) {
        timeline.record(item.owner(), item.partId(), MeetingEvent.Kind.ATTACHMENT_ADDED,
                new ActorStamp(item.uploaderPersonId(), item.positionId(), item.capacity()), item.fileName(), item.uploadedAt());
    }

    private static boolean open(Meeting meeting) {
        return meeting.getStatus() != MeetingStatus.CANCELLED && meeting.getMinutesStatus() != MinutesStatus.ADOPTED;
    }

    private static Optional<CurrentPosition> uploader(List<CurrentPosition> mine, Meeting meeting, AgendaItem item) {
        if (item != null && item.getSubmittedBy().positionId() != null && (item.getStatus() == AgendaItemStatus.SUBMITTED
                || item.getStatus() == AgendaItemStatus.RETURNED || item.getStatus() == AgendaItemStatus.ACCEPTED)) {
            Optional<CurrentPosition> submitter = mine.stream()
                    .filter(p -> p.positionId().equals(item.getSubmittedBy().positionId())).findFirst();
            if (submitter.isPresent()) {
                return submitter;
            }
        }
        return MeetingAccess.runner(mine);
    }
}
