package th.tidtam.coordination.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.coordination.PartyKind;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.coordination.domain.CoordinationPartyRepository;
import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.coordination.domain.CoordinationRequestRepository;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.OrgRouting;

/**
 * The request's process asks this bean ({@code ${coordinationRouting...}}) for its agencies, whose position answers,
 * the dates, and who consolidates. Tasks go to positions, never to persons; a vacant position's to the nearest filled
 * one above it.
 */
@Component("coordinationRouting")
public class CoordinationRouting {

    private final CoordinationRequestRepository requests;
    private final CoordinationPartyRepository parties;
    private final OrgDirectory org;
    private final OrgRouting routing;
    private final WorkingCalendar calendar;
    private final Timeline timeline;
    private final Clock clock;

    CoordinationRouting(CoordinationRequestRepository requests, CoordinationPartyRepository parties, OrgDirectory org,
            OrgRouting routing, WorkingCalendar calendar, Timeline timeline, Clock clock) {
        this.requests = requests;
        this.parties = parties;
        this.org = org;
        this.routing = routing;
        this.calendar = calendar;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** The agency parties, each answering in its own branch. */
    @Transactional(readOnly = true)
    public List<Long> agencyPartyIds(Object requestId) {
        return parties.findByRequestIdOrderByIdAsc(id(requestId)).stream()
                .filter(p -> p.getKind() == PartyKind.AGENCY && !p.isAnswered()).map(CoordinationParty::getId).toList();
    }

    /** The agency head's position, or while it is vacant the nearest filled position above it. */
    @Transactional(readOnly = true)
    public String answererGroup(Object partyId) {
        CoordinationParty p = parties.findById(id(partyId)).orElseThrow(() -> new IllegalStateException("No party " + partyId));
        return groupOf(p.getHeadPositionId());
    }

    @Transactional(readOnly = true)
    public String requesterGroup(Object requestId) {
        return groupOf(request(requestId).getRequesterPositionId());
    }

    /** The end of the due date's working day. */
    @Transactional(readOnly = true)
    public Date dueAt(Object requestId) {
        return Date.from(calendar.endOfWorkingDay(request(requestId).getDueDate()));
    }

    /** The consolidation opens by itself when the due date has passed: at the start of the next day. */
    @Transactional(readOnly = true)
    public Date consolidateAt(Object requestId) {
        LocalDate due = request(requestId).getDueDate();
        return Date.from(due.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant());
    }

    /** Every morning at the start of the working day, from the next one on (as a directive part's follow-up). */
    public String followUpCycle() {
        Instant now = clock.instant();
        LocalDate day = calendar.today();
        Instant first = calendar.startOfWorkingDay(day);
        if (!first.isAfter(now)) {
            first = calendar.startOfWorkingDay(day.plusDays(1));
        }
        return "R/" + first + "/P1D";
    }

    /** The consolidation task was created: the gate is passed (the due date passed, or a step asked for it). */
    @Transactional
    public void ready(Object requestId) {
        CoordinationRequest r = request(requestId);
        if (r.getReadyAt() == null) {
            r.setReadyAt(clock.instant());
        }
        timeline.record(CoordinationCase.of(r.getId()), null, CoordinationEvent.READY,
                new ActorStamp(null, r.getRequesterPositionId(), null), null, clock.instant());
    }

    String groupOf(Long positionId) {
        String code = org.position(positionId).map(PositionSummary::code)
                .orElseThrow(() -> new IllegalStateException("No position " + positionId));
        return routing.responsibleGroup(code);
    }

    private CoordinationRequest request(Object requestId) {
        return requests.findById(id(requestId)).orElseThrow(() -> new IllegalStateException("No coordination request " + requestId));
    }

    private static long id(Object value) {
        return Long.parseLong(String.valueOf(value));
    }
}
