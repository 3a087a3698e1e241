package th.tidtam.coordination.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.coordination.PartyView;
import th.tidtam.coordination.RequestSummary;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/** Requests and parties as the screens and the API show them. */
@Component
class CoordinationViews {

    private final OrgDirectory org;
    private final WorkingCalendar calendar;

    CoordinationViews(OrgDirectory org, WorkingCalendar calendar) {
        this.org = org;
        this.calendar = calendar;
    }

    RequestSummary summary(CoordinationRequest r, List<CoordinationParty> parties) {
        Optional<PositionSummary> requester = org.position(r.getRequesterPositionId());
        return new RequestSummary(r.getId(), CoordinationRequests.number(r), r.getSubject(), r.getAskKind(), r.getDueDate(),
                r.getUrgency(), r.getSecrecy(), r.getStatus(), r.getRequesterPositionId(),
                requester.map(PositionSummary::titleTh).orElse(null), requester.map(PositionSummary::titleEn).orElse(null),
                requester.map(PositionSummary::unitNameTh).orElse(null), requester.map(PositionSummary::unitNameEn).orElse(null),
                parties.size(), (int) parties.stream().filter(CoordinationParty::isAnswered).count(), r.getCreatedAt(),
                r.getSentAt(), r.getDirectiveId());
    }

    PartyView party(CoordinationRequest r, CoordinationParty p, List<Map.Entry<Long, PartyView.FileView>> files,
            boolean linkUsed) {
        LocalDate today = calendar.today();
        return new PartyView(p.getId(), p.getKind(), p.getUnitId(), p.getPartnerId(), p.getNameTh(), p.getNameEn(),
                p.getHeadPositionId(), p.isAnswered(), p.getAnswer(), p.getNomineeName(), p.getNomineePosition(),
                p.getNomineePhone(), p.getAnswererName(), p.getAnswererPosition(), p.getAnswererPhone(), p.getAnsweredAt(),
                p.getOnTime(), !p.isAnswered() && r.getStatus().open() && today.isAfter(r.getDueDate()),
                p.getEscalationLevel(), p.getEscalatedToPositionId(), p.getLinkExpiresAt(), linkUsed,
                files.stream().filter(e -> Objects.equals(e.getKey(), p.getId())).map(Map.Entry::getValue).toList());
    }
}
