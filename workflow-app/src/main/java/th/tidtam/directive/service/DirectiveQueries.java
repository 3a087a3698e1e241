package th.tidtam.directive.service;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.directive.domain.DirectiveEventRepository;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.Person;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.security.CurrentUser;

/**
 * What the current user may read about directives. Anything they may not see is simply absent (the API answers
 * 404, never 403, so guessing ids reveals nothing).
 */
@Service
@Transactional(readOnly = true)
public class DirectiveQueries {

    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final DirectiveEventRepository events;
    private final DirectiveVisibility visibility;
    private final OrgDirectory org;
    private final CurrentUser currentUser;

    DirectiveQueries(DirectiveRepository directives, DirectivePartRepository parts, DirectiveEventRepository events,
            DirectiveVisibility visibility, OrgDirectory org, CurrentUser currentUser) {
        this.directives = directives;
        this.parts = parts;
        this.events = events;
        this.visibility = visibility;
        this.org = org;
        this.currentUser = currentUser;
    }

    public DirectiveViews.Page<DirectiveViews.Summary> visible(int offset, int limit) {
        List<CurrentPosition> mine = myPositions();
        int safeLimit = Math.max(1, Math.min(limit, 200));
        int safeOffset = Math.max(0, offset);
        List<Long> ids = visibility.visibleIds(mine, safeOffset, safeLimit);
        Map<Long, Directive> byId = directives.findAllById(ids).stream().collect(Collectors.toMap(Directive::getId, d -> d));
        Map<Long, OrgUnit> units = units(byId.values().stream().map(Directive::getLeadUnitId).collect(Collectors.toSet()));
        List<DirectiveViews.Summary> items = ids.stream().map(byId::get).filter(d -> d != null)
                .map(d -> summary(d, units.get(d.getLeadUnitId()))).toList();
        return new DirectiveViews.Page<>(items, visibility.countVisible(mine), safeOffset, safeLimit);
    }

    public Optional<DirectiveViews.Detail> detail(Long id) {
        if (id == null || !visibility.canSee(myPositions(), id)) {
            return Optional.empty();
        }
        return directives.findById(id).map(this::detail);
    }

    private DirectiveViews.Detail detail(Directive d) {
        List<DirectivePart> ps = parts.findByDirectiveIdOrderByLeadDescIdAsc(d.getId());
        List<DirectiveEvent> es = events.findByDirectiveIdOrderByOccurredAtAscIdAsc(d.getId());
        Map<Long, OrgUnit> units = units(ps.stream().map(DirectivePart::getUnitId).collect(Collectors.toSet()));
        Set<Long> positionIds = new HashSet<>();
        ps.forEach(p -> positionIds.add(p.getHolderPositionId()));
        es.stream().map(DirectiveEvent::getPositionId).filter(x -> x != null).forEach(positionIds::add);
        Map<Long, PositionSummary> positions = org.summaries(positionIds).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        List<DirectiveViews.Part> partViews = ps.stream().map(p -> {
            OrgUnit u = units.get(p.getUnitId());
            PositionSummary h = positions.get(p.getHolderPositionId());
            return new DirectiveViews.Part(p.getId(), p.getUnitId(), u.getNameTh(), u.getNameEn(), p.isLead(), p.getRound(),
                    p.getStatus(), p.getHolderPositionId(), h == null ? null : h.titleTh(), h == null ? null : h.titleEn(),
                    p.getDueDate(), p.getOriginalDueDate(), p.getEscalationLevel());
        }).toList();
        List<DirectiveViews.Event> eventViews = es.stream().map(e -> {
            Optional<Person> person = e.getPersonId() == null ? Optional.empty() : org.person(e.getPersonId());
            PositionSummary pos = e.getPositionId() == null ? null : positions.get(e.getPositionId());
            return new DirectiveViews.Event(e.getOccurredAt(), e.getKind(), person.map(Person::getFullNameTh).orElse(null),
                    person.map(Person::getFullNameEn).orElse(null), pos == null ? null : pos.titleTh(),
                    pos == null ? null : pos.titleEn(), e.getCapacity(), e.getDetail(), e.getPartId());
        }).toList();
        return new DirectiveViews.Detail(d.getId(), d.getNumber(), d.getSubject(), d.getText(), d.getUrgency(),
                d.getSecrecy(), d.getStatus(), d.getSourceKind(), d.getSourceReference(), d.getMeetingNumber(),
                d.getAgendaItem(), d.getDueDate(), d.getCadence(), d.getCadenceDays(), d.getIssuedAt(),
                d.isIssuedOnBehalf(), d.getSupersedesId(), d.getSupersededById(), d.getRound(), partViews, eventViews);
    }

    /** Subjects of the given directives in one query (for inbox pages); only those the user may see. */
    public Map<Long, String> subjects(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return directives.findAllById(visibility.visibleAmong(myPositions(), ids)).stream()
                .collect(Collectors.toMap(Directive::getId, Directive::getSubject));
    }

    private Map<Long, OrgUnit> units(Collection<Long> ids) {
        // only the units on the page, not the whole tree on every page
        return org.units(ids).stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity()));
    }

    private static DirectiveViews.Summary summary(Directive d, OrgUnit lead) {
        return new DirectiveViews.Summary(d.getId(), d.getNumber(), d.getSubject(), d.getUrgency(), d.getSecrecy(),
                d.getStatus(), d.getDueDate(), d.getIssuedAt(), d.getLeadUnitId(), lead == null ? null : lead.getNameTh(),
                lead == null ? null : lead.getNameEn());
    }

    private List<CurrentPosition> myPositions() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }
}
