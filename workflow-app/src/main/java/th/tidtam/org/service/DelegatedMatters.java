package th.tidtam.org.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.domain.Assignment;
import th.tidtam.org.domain.AssignmentMatter;
import th.tidtam.org.domain.AssignmentMatterRepository;
import th.tidtam.org.domain.AssignmentRepository;

/**
 * The annex of a delegation: which kinds of matters a delegate may decide on the delegating position's behalf. A
 * decision on someone else's behalf is allowed only for a matter listed here on the day it is made — the free-text
 * {@code delegated_powers} stays as the order words it, this is what the system checks.
 */
@Component
class DelegatedMatters {

    private static final String ELLIPSIS = "\u2026";

    private final NamedParameterJdbcTemplate jdbc;
    private final AssignmentRepository assignments;
    private final AssignmentMatterRepository matters;

    DelegatedMatters(NamedParameterJdbcTemplate jdbc, AssignmentRepository assignments, AssignmentMatterRepository matters) {
        this.jdbc = jdbc;
        this.assignments = assignments;
        this.matters = matters;
    }

    List<DelegableMatter> all() {
        return jdbc.query("select code, name_th, name_en from delegable_matter order by sort_order, code",
                (rs, i) -> new DelegableMatter(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    Set<String> of(Long assignmentId) {
        return new LinkedHashSet<>(jdbc.queryForList("""
                select m.matter from assignment_matter m join delegable_matter d on d.code = m.matter
                 where m.assignment_id = :id order by d.sort_order, d.code
                """, new MapSqlParameterSource("id", assignmentId), String.class));
    }

    List<Delegation> on(Long positionId, LocalDate day) {
        List<Assignment> delegations = assignments.delegationsOn(positionId, day);
        Map<Long, Set<String>> covered = new LinkedHashMap<>();
        if (!delegations.isEmpty()) {
            matters.findByAssignmentIdIn(delegations.stream().map(Assignment::getId).toList()).forEach(
                    m -> covered.computeIfAbsent(m.getAssignmentId(), k -> new LinkedHashSet<>()).add(m.getMatter()));
        }
        return delegations.stream()
                .map(a -> new Delegation(OrgRecords.actor(a), Set.copyOf(covered.getOrDefault(a.getId(), Set.of()))))
                .toList();
    }

    Optional<Actor> covering(Long personId, Long positionId, String matter, LocalDate day) {
        if (personId == null || positionId == null || matter == null || day == null) {
            return Optional.empty();
        }
        return on(positionId, day).stream().filter(d -> d.actor().personId().equals(personId) && d.covers(matter))
                .map(Delegation::actor).findFirst();
    }

    /** Replaces the matters of a delegation; unknown codes and assignments that are not delegations are refused. */
    void set(Long assignmentId, Collection<String> codes) {
        Assignment a = assignments.findById(assignmentId == null ? -1L : assignmentId)
                .orElseThrow(() -> new RuleViolation("org.error.assignment-not-found"));
        if (a.getKind() != AssignmentKind.DELEGATION) {
            throw new RuleViolation("org.error.matters-only-for-delegation");
        }
        Set<String> wanted = new LinkedHashSet<>(codes == null ? List.of() : codes);
        if (wanted.contains(null)) {
            throw new RuleViolation("org.error.matter-required");
        }
        Set<String> known = new LinkedHashSet<>(all().stream().map(DelegableMatter::code).toList());
        for (String code : wanted) {
            if (!known.contains(code)) {
                String shown = code.length() > 40 ? code.substring(0, 40) + ELLIPSIS : code;
                throw new RuleViolation("org.error.matter-unknown", shown);
            }
        }
        List<AssignmentMatter> before = matters.findByAssignmentId(assignmentId);
        before.stream().filter(m -> !wanted.contains(m.getMatter())).forEach(matters::delete);
        Set<String> kept = new LinkedHashSet<>(before.stream().map(AssignmentMatter::getMatter).toList());
        wanted.stream().filter(code -> !kept.contains(code)).forEach(code -> matters.save(new AssignmentMatter(assignmentId, code)));
    }
}
