package th.tidtam.org.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.org.domain.Assignment;
import th.tidtam.org.domain.AssignmentRepository;
import th.tidtam.org.domain.Position;
import th.tidtam.org.domain.PositionRepository;

/**
 * Positions as {@link PositionSummary} records with who fills them on a day: the one mapping behind every position
 * {@link OrgDirectory} answers, two queries whatever the count (positions with their units, then the day's actors).
 */
@Component
class PositionSummaries {

    private final PositionRepository positions;
    private final AssignmentRepository assignments;

    PositionSummaries(PositionRepository positions, AssignmentRepository assignments) {
        this.positions = positions;
        this.assignments = assignments;
    }

    /** Summaries in the order of the ids given (unknown ids left out), with the day's enabled actors. */
    List<PositionSummary> of(Collection<Long> ids, LocalDate day) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Position> byId = positions.findAllWithUnitByIds(ids).stream()
                .collect(Collectors.toMap(Position::getId, p -> p));
        Map<Long, List<Actor>> actors = new LinkedHashMap<>();
        for (Assignment a : assignments.currentFor(ids, day)) {
            if (a.getPerson().isEnabled()) {
                actors.computeIfAbsent(a.getPosition().getId(), k -> new ArrayList<>()).add(OrgRecords.actor(a));
            }
        }
        List<PositionSummary> result = new ArrayList<>();
        for (Long id : ids) {
            Position p = byId.get(id);
            if (p != null) {
                result.add(OrgRecords.position(p, List.copyOf(actors.getOrDefault(id, List.of()))));
            }
        }
        return result;
    }
}
