package th.tidtam.meeting.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.meeting.AgendaItemView;
import th.tidtam.meeting.BodyMember;
import th.tidtam.meeting.BodySummary;
import th.tidtam.meeting.MeetingSummary;
import th.tidtam.meeting.MinutesDirectiveView;
import th.tidtam.meeting.domain.AgendaItem;
import th.tidtam.meeting.domain.Meeting;
import th.tidtam.meeting.domain.MeetingBody;
import th.tidtam.meeting.domain.MeetingBodyMember;
import th.tidtam.meeting.domain.MinutesDirectiveLine;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;

/** The meeting's entities as the published records, with org's names looked up in one question per list. */
@Component
class MeetingViews {

    private final OrgDirectory org;

    MeetingViews(OrgDirectory org) {
        this.org = org;
    }

    static BodySummary body(MeetingBody b) {
        return new BodySummary(b.getId(), b.getCode(), b.getNameTh(), b.getNameEn(), b.getKind(), b.getChairPositionId(),
                b.getSecretaryUnitId(), b.getDefaultRoom(), b.getCutOffWorkingDays(), b.isActive());
    }

    List<BodyMember> members(List<MeetingBodyMember> members) {
        Map<Long, PositionSummary> positions = org.summaries(members.stream().map(MeetingBodyMember::getPositionId).toList())
                .stream().collect(Collectors.toMap(PositionSummary::id, Function.identity(), (a, b) -> a));
        return members.stream().map(m -> {
            PositionSummary p = positions.get(m.getPositionId());
            return new BodyMember(m.getId(), m.getBodyId(), m.getPositionId(), p == null ? null : p.code(),
                    p == null ? "" : p.titleTh(), p == null ? "" : p.titleEn(), p == null ? null : p.unitId(), m.getRole(),
                    m.isReportsEveryMeeting());
        }).toList();
    }

    static MeetingSummary meeting(Meeting m, MeetingBody b) {
        return new MeetingSummary(m.getId(), m.getBodyId(), b.getCode(), b.getNameTh(), b.getNameEn(), b.getKind(),
                m.getNumber(), m.getSeq(), m.getBeYear(), m.getStartsAt(), m.getEndsAt(), m.getRoom(),
                m.getChairPositionId(), m.getChairCapacity(), m.getChairInPlaceOfPositionId(), m.getSecretaryPositionId(),
                m.getCutOffDate(), m.getStatus(), m.getAgendaVersion(), m.getMinutesStatus(),
                m.getMinutesCheckedByPositionId(), m.getMinutesCheckedAt(), m.getAdoptedAtMeetingId(),
                m.getAdoptedWithCorrections(), m.getProcessInstanceId());
    }

    List<AgendaItemView> items(Collection<AgendaItem> items) {
        Map<Long, UnitSummary> units = org.units(items.stream().map(AgendaItem::getPresenterUnitId).filter(Objects::nonNull)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
        return items.stream().map(i -> item(i, units.get(i.getPresenterUnitId()))).toList();
    }

    AgendaItemView item(AgendaItem i) {
        return items(List.of(i)).get(0);
    }

    private static AgendaItemView item(AgendaItem i, UnitSummary unit) {
        return new AgendaItemView(i.getId(), i.getMeetingId(), i.getSection(), i.getSeq(), i.getNumber(), i.getTitle(),
                i.getSummary(), i.getPresenterUnitId(), unit == null ? null : unit.nameTh(),
                unit == null ? null : unit.nameEn(), i.getSubmittedBy().positionId(), i.getSubmittedBy().personId(),
                i.getSubmittedAt(), i.getStatus(), i.getReturnReason(), i.getMovedToMeetingId(), i.getMovedFromItemId(),
                i.isLateOverride(), i.getSecrecy(), i.getReported(), i.getResolution());
    }

    static MinutesDirectiveView directive(MinutesDirectiveLine l) {
        return new MinutesDirectiveView(l.getId(), l.getMeetingId(), l.getAgendaItemId(), l.getAgendaItemNumber(),
                l.getSeq(), l.getSubject(), l.getText(), l.getUnitIds(), l.isAllDistricts(), l.isAllAgencies(),
                l.getDueDate(), l.getCadence(), l.getCadenceDays(), l.getIssuedDirectiveId(), l.getIssuedDirectiveNumber());
    }
}
