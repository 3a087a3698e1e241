package th.tidtam.casework.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.casework.CaseAccess;
import th.tidtam.casework.CaseRef;
import th.tidtam.org.service.CurrentPosition;

/**
 * Alerts to positions, for every case type: reminders before a due date, escalations (to the position escalated to
 * and to the one that is late), returned reports, work delegated. They follow the position: a new holder or an acting
 * holder sees the unread ones.
 */
@Service
public class Alerts {

    private final CaseAlertRepository alerts;
    private final CaseAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Alerts(CaseAlertRepository alerts, CaseAccess access, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.alerts = alerts;
        this.access = access;
        this.clock = clock;
    }

    /** Tells a position something about a case, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void raise(Long positionId, CaseRef ref, Long partId, AlertKind kind, String detail, Instant at) {
        CaseAlert alert = alerts.save(new CaseAlert(positionId, ref, partId, kind, at, detail));
        events.publishEvent(new AlertRaised(alert.getId(), positionId, ref, partId, kind, detail, at));
    }

    /** My unread alerts, newest first. */
    @Transactional(readOnly = true)
    public List<Alert> unread(int limit) {
        Set<Long> mine = myPositions();
        if (mine.isEmpty()) {
            return List.of();
        }
        return alerts.findByPositionIdInAndReadAtIsNullOrderByCreatedAtDescIdDesc(mine,
                PageRequest.of(0, Math.max(1, Math.min(limit, 100)))).stream().map(CaseAlert::view).toList();
    }

    /** Every alert ever raised about a case, oldest first (the case's own screens and tests). */
    @Transactional(readOnly = true)
    public List<Alert> ofCase(CaseRef ref) {
        return alerts.findByCaseTypeAndCaseIdOrderByIdAsc(ref.type(), ref.id()).stream().map(CaseAlert::view).toList();
    }

    /** Marks one of my alerts read; someone else's alert does not exist for me. */
    @Transactional
    public void markRead(Long alertId) {
        CaseAlert alert = alertId == null ? null : alerts.findById(alertId).orElse(null);
        if (alert == null || !myPositions().contains(alert.getPositionId())) {
            throw new ApiProblems.NotFound();
        }
        if (alert.getReadAt() == null) {
            alert.markRead(clock.instant());
        }
    }

    private Set<Long> myPositions() {
        return access.myPositions().stream().map(CurrentPosition::positionId).collect(Collectors.toSet());
    }
}
