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
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.casework.timeline.TimelineEntry;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.ProgressReport;
import th.tidtam.directive.domain.ProgressReportRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;
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
    private final Timeline timeline;
    private final ProgressReportRepository reports;
    private final PartTiming timing;
    private final DirectiveVisibility visibility;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final DirectiveReads reads;

    private final DirectiveListing listing;

    DirectiveQueries(DirectiveRepository directives, DirectivePartRepository parts, Timeline timeline,
            ProgressReportRepository reports, DirectiveVisibility visibility, OrgDirectory org, CurrentUser currentUser,
            PartTiming timing, DirectiveReads reads, DirectiveListing listing) {
        this.listing = listing;
        this.reads = reads;
        this.reports = reports;
        this.timing = timing;
        this.directives = directives;
        this.parts = parts;
        this.timeline = timeline;
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
        Map<Long, UnitSummary> units = units(byId.values().stream().map(Directive::getLeadUnitId).collect(Collectors.toSet()));
        List<DirectiveViews.Summary> items = ids.stream().map(byId::get).filter(d -> d != null)
                .map(d -> summary(d, units.get(d.getLeadUnitId()))).toList();
        return new DirectiveViews.Page<>(items, visibility.countVisible(mine), safeOffset, safeLimit);
    }

    /** One page of the visible directives the search selects, in its order, with the count of all it selects. */
    public DirectiveViews.Page<DirectiveViews.Summary> search(DirectiveSearch search, int offset, int limit) {
        List<CurrentPosition> mine = myPositions();
        int safeLimit = Math.max(1, Math.min(limit, 200));
        int safeOffset = Math.max(0, offset);
        java.time.LocalDate today = org.today();
        List<Long> ids = listing.ids(mine, search, today, safeOffset, safeLimit);
        return new DirectiveViews.Page<>(summaries(ids), listing.count(mine, search, today), safeOffset, safeLimit);
    }

    /** How many visible directives the search selects (the lazy grid asks apart from its pages). */
    public long count(DirectiveSearch search) {
        return listing.count(myPositions(), search, org.today());
    }

    /** One page without the count, for the lazy grid. */
    public List<DirectiveViews.Summary> page(DirectiveSearch search, int offset, int limit) {
        return summaries(listing.ids(myPositions(), search, org.today(), Math.max(0, offset), Math.max(1, Math.min(limit, 500))));
    }

    /** The meetings the visible directives came from, latest first (the list's meeting filter). */
    public List<String> meetings() {
        return listing.meetings(myPositions());
    }

    private List<DirectiveViews.Summary> summaries(List<Long> ids) {
        Map<Long, Directive> byId = directives.findAllById(ids).stream().collect(Collectors.toMap(Directive::getId, d -> d));
        Map<Long, UnitSummary> units = units(byId.values().stream().map(Directive::getLeadUnitId).collect(Collectors.toSet()));
        return ids.stream().map(byId::get).filter(d -> d != null).map(d -> summary(d, units.get(d.getLeadUnitId()))).toList();
    }

    public Optional<DirectiveViews.Detail> detail(Long id) {
        if (id == null || !visibility.canSee(myPositions(), id)) {
            return Optional.empty();
        }
        return directives.findById(id).map(d -> {
            DirectiveViews.Detail detail = detail(d);
            reads.shown(d, "directive", d.getId());
            return detail;
        });
    }

    private DirectiveViews.Detail detail(Directive d) {
        List<DirectivePart> ps = parts.findByDirectiveIdOrderByLeadDescIdAsc(d.getId());
        List<TimelineEntry> es = timeline.of(DirectiveCase.of(d.getId()));
        Set<Long> unitIds = new HashSet<>();
        ps.forEach(p -> {
            unitIds.add(p.getUnitId());
            if (p.getWaitingOnUnitId() != null) {
                unitIds.add(p.getWaitingOnUnitId());
            }
        });
        Map<Long, UnitSummary> units = units(unitIds);
        java.time.LocalDate today = org.today();
        Set<Long> positionIds = new HashSet<>();
        List<ProgressReport> rs = reports.findByDirectiveIdOrderByReportedAtAscIdAsc(d.getId());
        ps.forEach(p -> {
            positionIds.add(p.getHolderPositionId());
            positionIds.add(p.getWorkerPositionId());
            if (p.getEscalatedToPositionId() != null) {
                positionIds.add(p.getEscalatedToPositionId());
            }
        });
        rs.forEach(r -> {
            positionIds.add(r.getPositionId());
            positionIds.add(r.getReviewerPositionId());
        });
        es.stream().map(e -> e.by().positionId()).filter(x -> x != null).forEach(positionIds::add);
        Map<Long, PositionSummary> positions = org.summaries(positionIds).stream()
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        List<DirectiveViews.Part> partViews = ps.stream().map(p -> {
            UnitSummary u = units.get(p.getUnitId());
            PositionSummary h = positions.get(p.getHolderPositionId());
            PositionSummary w = positions.get(p.getWorkerPositionId());
            PositionSummary x = p.getEscalatedToPositionId() == null ? null : positions.get(p.getEscalatedToPositionId());
            return new DirectiveViews.Part(p.getId(), p.getUnitId(), u.nameTh(), u.nameEn(), p.isLead(), p.getRound(),
                    p.getStatus(), p.getHolderPositionId(), h == null ? null : h.titleTh(), h == null ? null : h.titleEn(),
                    p.getDueDate(), p.getOriginalDueDate(), p.getEscalationLevel(), p.getWorkerPositionId(),
                    w == null ? null : w.titleTh(), w == null ? null : w.titleEn(), p.isDelegated(),
                    x == null ? null : x.titleTh(), x == null ? null : x.titleEn(), p.getLastReportStatus(),
                    p.getLastReportPercent(), p.getReportDue(), p.getWaitingOnUnitId(),
                    p.getWaitingOnUnitId() == null ? null : units.get(p.getWaitingOnUnitId()).nameTh(),
                    p.getWaitingOnUnitId() == null ? null : units.get(p.getWaitingOnUnitId()).nameEn(), p.getWaitingSince(),
                    p.getWaitingReason(), timing.waitingWorkingDays(p.getWaitingWorkingDays(), p.getWaitingSince(), today),
                    timing.workingDaysLate(p, today));
        }).toList();
        Map<Long, Optional<PersonSummary>> people = new java.util.HashMap<>();
        List<DirectiveViews.Report> reportViews = rs.stream().map(r -> {
            Optional<PersonSummary> person = people.computeIfAbsent(r.getPersonId(), org::person);
            PositionSummary pos = positions.get(r.getPositionId());
            PositionSummary reviewer = positions.get(r.getReviewerPositionId());
            return new DirectiveViews.Report(r.getId(), r.getPartId(), r.getReportedAt(),
                    person.map(PersonSummary::fullNameTh).orElse(null), person.map(PersonSummary::fullNameEn).orElse(null),
                    pos == null ? null : pos.titleTh(), pos == null ? null : pos.titleEn(), r.getCapacity(), r.getProgress(),
                    r.getPercentDone(), r.getBody(), r.getObstacle(), r.getReviewState(),
                    reviewer == null ? null : reviewer.titleTh(), reviewer == null ? null : reviewer.titleEn(),
                    r.getReviewedAt(), r.getReviewComment());
        }).toList();
        List<DirectiveViews.Event> eventViews = es.stream().map(e -> {
            Optional<PersonSummary> person = e.by().personId() == null ? Optional.empty()
                    : people.computeIfAbsent(e.by().personId(), org::person);
            PositionSummary pos = e.by().positionId() == null ? null : positions.get(e.by().positionId());
            return new DirectiveViews.Event(e.occurredAt(), DirectiveEvent.Kind.valueOf(e.kind()),
                    person.map(PersonSummary::fullNameTh).orElse(null), person.map(PersonSummary::fullNameEn).orElse(null),
                    pos == null ? null : pos.titleTh(), pos == null ? null : pos.titleEn(), e.by().capacity(), e.detail(),
                    e.partId());
        }).toList();
        return new DirectiveViews.Detail(d.getId(), d.getNumber(), d.getSubject(), d.getText(), d.getUrgency(),
                d.getSecrecy(), d.getStatus(), d.getSourceKind(), d.getSourceReference(), d.getMeetingNumber(),
                d.getAgendaItem(), d.getDueDate(), d.getCadence(), d.getCadenceDays(), d.getIssuedAt(),
                d.isIssuedOnBehalf(), d.getSupersedesId(), d.getSupersededById(), d.getRound(), partViews, eventViews,
                reportViews, d.getProcessInstanceId(), d.getSourceCaseType(), d.getSourceCaseId());
    }

    /** Subjects of the given directives in one query (for inbox pages); only those the user may see. */
    public Map<Long, String> subjects(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return directives.findAllById(visibility.visibleAmong(myPositions(), ids)).stream()
                .collect(Collectors.toMap(Directive::getId, Directive::getSubject));
    }

    /**
     * The units of the user's province that take directives: what the pickers offer (issuing, the list's unit
     * filter). Another province's units do not exist for the user.
     */
    public List<UnitSummary> assignableUnits() {
        return th.tidtam.org.service.ProvinceScope.of(myPositions()).provinceIds().stream()
                .flatMap(province -> org.allUnits(province).stream()).filter(u -> u.kind().takesDirectives()).toList();
    }

    private Map<Long, UnitSummary> units(Collection<Long> ids) {
        // only the units on the page, not the whole tree on every page
        return org.units(ids).stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }

    private static DirectiveViews.Summary summary(Directive d, UnitSummary lead) {
        return new DirectiveViews.Summary(d.getId(), d.getNumber(), d.getSubject(), d.getUrgency(), d.getSecrecy(),
                d.getStatus(), d.getDueDate(), d.getIssuedAt(), d.getLeadUnitId(), lead == null ? null : lead.nameTh(),
                lead == null ? null : lead.nameEn());
    }

    private List<CurrentPosition> myPositions() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }
}
