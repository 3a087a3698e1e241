package th.tidtam.coordination.service;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.figures.CaseFigure;
import th.tidtam.casework.figures.CaseFigures;
import th.tidtam.casework.search.CaseHit;
import th.tidtam.casework.search.CaseSearch;
import th.tidtam.coordination.RequestStatus;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.org.service.CurrentPosition;

/**
 * Requests in the search over every case type (number, subject, text) and on the dashboard: the parties asked by the
 * requests the positions may see — open, overdue, answered, answered on time.
 */
@Component
class CoordinationCaseSearch implements CaseSearch, CaseFigures {

    private final CoordinationQueries queries;

    CoordinationCaseSearch(CoordinationQueries queries) {
        this.queries = queries;
    }

    @Override
    public String caseType() {
        return CoordinationCase.TYPE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseHit> search(List<CurrentPosition> positions, List<String> words, int limit) {
        if (positions.isEmpty() || words.isEmpty() || limit < 1) {
            return List.of();
        }
        return queries.visible(positions, CoordinationQueries.Scope.ALL, null, String.join(" ", words)).keySet().stream()
                .filter(r -> r.getStatus() != RequestStatus.DRAFT).limit(limit)
                .map(r -> new CaseHit(CoordinationCase.TYPE, r.getId(), CoordinationRequests.number(r), r.getSubject(), null,
                        r.getSentAt() == null ? null : r.getSentAt().atZone(WorkingCalendar.ZONE).toLocalDate(), r.getSecrecy()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFigure figures(List<CurrentPosition> positions, LocalDate today) {
        long open = 0;
        long overdue = 0;
        long finished = 0;
        long onTime = 0;
        for (var e : queries.visible(positions, CoordinationQueries.Scope.ALL, null, null).entrySet()) {
            RequestStatus status = e.getKey().getStatus();
            if (status == RequestStatus.DRAFT || status == RequestStatus.WITHDRAWN) {
                continue;
            }
            for (CoordinationParty p : e.getValue()) {
                if (p.isAnswered()) {
                    finished++;
                    onTime += Boolean.TRUE.equals(p.getOnTime()) ? 1 : 0;
                } else if (status == RequestStatus.SENT) {
                    open++;
                    overdue += today.isAfter(e.getKey().getDueDate()) ? 1 : 0;
                }
            }
        }
        return new CaseFigure(CoordinationCase.TYPE, "coordination.ui.figures-title", "coordination", open, overdue, finished, onTime);
    }

}
