package th.tidtam.coordination.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.lateness.EscalationLadder;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.coordination.RequestStatus;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.coordination.domain.CoordinationPartyRepository;
import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.coordination.domain.CoordinationRequestRepository;

/**
 * The morning check of one agency's answer ({@code ${coordinationFollowUp.check(partyId)}}): on a working day, a
 * reminder {@code remindWorkingDays} before the due date (once), and after it one rung of the province's escalation
 * ladder at a time (the agency's supervising vice governor, then the governor): an alert to the rung and to the late
 * agency, a timeline entry, and the rung sees the request from then on.
 */
@Component("coordinationFollowUp")
public class CoordinationFollowUp {

    private final CoordinationRequestRepository requests;
    private final CoordinationPartyRepository parties;
    private final Timeline timeline;
    private final Alerts alerts;
    private final EscalationLadder ladder;
    private final WorkingCalendar calendar;
    private final CoordinationSettings settings;
    private final Clock clock;

    CoordinationFollowUp(CoordinationRequestRepository requests, CoordinationPartyRepository parties, Timeline timeline,
            Alerts alerts, EscalationLadder ladder, WorkingCalendar calendar, CoordinationSettings settings, Clock clock) {
        this.requests = requests;
        this.parties = parties;
        this.timeline = timeline;
        this.alerts = alerts;
        this.ladder = ladder;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void check(Object partyId) {
        CoordinationParty p = parties.findById(Long.parseLong(String.valueOf(partyId))).orElse(null);
        if (p == null || p.isAnswered()) {
            return;
        }
        CoordinationRequest r = requests.findById(p.getRequestId()).orElseThrow();
        // the job executor has no user: the request's province says whose holidays are days off
        WorkingCalendar calendar = this.calendar.ofCase(r.getProvinceId());
        LocalDate today = calendar.today();
        if (r.getStatus() != RequestStatus.SENT || !calendar.isWorkingDay(today)) {
            return;
        }
        Instant now = clock.instant();
        String about = CoordinationRequests.number(r) + " " + r.getSubject();
        LocalDate due = r.getDueDate();
        if (!p.isReminded() && !today.isAfter(due) && !calendar.addWorkingDays(today, settings.remindWorkingDays()).isBefore(due)) {
            p.setReminded(true);
            timeline.record(CoordinationCase.of(r.getId()), p.getId(), CoordinationEvent.REMINDED,
                    new ActorStamp(null, p.getHeadPositionId(), null), due.toString(), now);
            alerts.raise(p.getHeadPositionId(), CoordinationCase.of(r.getId()), p.getId(), AlertKind.REMINDER, due + " " + about, now);
            return;
        }
        ladder.nextStep(r.getProvinceId(), ladder.rungs(p.getHeadPositionId(), p.getUnitId(), r.getSecrecy()), due, today, p.getEscalationLevel(),
                settings.escalationStepWorkingDays()).ifPresent(step -> {
                    p.escalate(step.level(), step.positionId());
                    timeline.record(CoordinationCase.of(r.getId()), p.getId(), CoordinationEvent.ESCALATED,
                            new ActorStamp(null, step.positionId(), null), p.getNameTh() + " " + step.level(), now);
                    alerts.raise(step.positionId(), CoordinationCase.of(r.getId()), p.getId(), AlertKind.ESCALATED_TO_YOU,
                            about + " · " + p.getNameTh(), now);
                    alerts.raise(p.getHeadPositionId(), CoordinationCase.of(r.getId()), p.getId(), AlertKind.ESCALATED, about, now);
                });
    }
}
