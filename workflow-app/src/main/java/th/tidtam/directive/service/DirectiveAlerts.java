package th.tidtam.directive.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.api.ApiProblems;
import th.tidtam.directive.domain.PositionAlert;
import th.tidtam.directive.domain.PositionAlertRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.security.CurrentUser;

/**
 * Alerts to the positions a user holds or acts in today: reminders before a due date, escalations (to the position
 * escalated to and to the one that is late), returned reports, work delegated to them. They follow the position:
 * a new holder sees the unread ones.
 */
@Service
public class DirectiveAlerts {

    public record Alert(Long id, Long directiveId, Long partId, PositionAlert.Kind kind, Instant createdAt, String detail,
            Long positionId) {
    }

    private final PositionAlertRepository alerts;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final Clock clock;

    DirectiveAlerts(PositionAlertRepository alerts, OrgDirectory org, CurrentUser currentUser, Clock clock) {
        this.alerts = alerts;
        this.org = org;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** My unread alerts, newest first. */
    @Transactional(readOnly = true)
    public List<Alert> unread(int limit) {
        Set<Long> mine = myPositions();
        if (mine.isEmpty()) {
            return List.of();
        }
        return alerts.findByPositionIdInAndReadAtIsNullOrderByCreatedAtDescIdDesc(mine,
                PageRequest.of(0, Math.max(1, Math.min(limit, 100)))).stream()
                .map(a -> new Alert(a.getId(), a.getDirectiveId(), a.getPartId(), a.getKind(), a.getCreatedAt(),
                        a.getDetail(), a.getPositionId()))
                .toList();
    }

    /** Marks one of my alerts read; someone else's alert does not exist for me. */
    @Transactional
    public void markRead(Long alertId) {
        PositionAlert alert = alertId == null ? null : alerts.findById(alertId).orElse(null);
        if (alert == null || !myPositions().contains(alert.getPositionId())) {
            throw new ApiProblems.NotFound();
        }
        if (alert.getReadAt() == null) {
            alert.markRead(clock.instant());
        }
    }

    private Set<Long> myPositions() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId()).stream().map(CurrentPosition::positionId)
                .collect(Collectors.toSet())).orElse(Set.of());
    }
}
