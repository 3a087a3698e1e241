package th.tidtam.matters.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.CaseRead;
import th.tidtam.casework.search.SearchText;
import th.tidtam.matters.Complainant;
import th.tidtam.matters.MatterDetails;
import th.tidtam.matters.MatterStatus;
import th.tidtam.matters.MatterSummary;
import th.tidtam.matters.PartStatus;
import th.tidtam.matters.domain.Matter;
import th.tidtam.matters.domain.MatterComplainantRepository;
import th.tidtam.matters.domain.MatterDeclineRepository;
import th.tidtam.matters.domain.MatterPart;
import th.tidtam.matters.domain.MatterPartRepository;
import th.tidtam.matters.domain.MatterProgressRepository;
import th.tidtam.matters.domain.MatterRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitSummary;

/**
 * Matters as the screens and the API read them; what the current user may not see does not exist (404). The
 * complainant's personal data is read only for the positions on the route, and each such read publishes
 * {@link CaseRead} (PERSONAL_DATA) for the audit trail.
 */
@Service
public class MatterQueries {

    static final int SCAN = 500;

    private final MatterRepository matters;
    private final MatterPartRepository parts;
    private final MatterDeclineRepository declines;
    private final MatterProgressRepository progress;
    private final MatterComplainantRepository complainants;
    private final MatterAccess access;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;

    MatterQueries(MatterRepository matters, MatterPartRepository parts, MatterDeclineRepository declines,
            MatterProgressRepository progress, MatterComplainantRepository complainants, MatterAccess access,
            OrgDirectory org, WorkingCalendar calendar, ApplicationEventPublisher events) {
        this.matters = matters;
        this.parts = parts;
        this.declines = declines;
        this.progress = progress;
        this.complainants = complainants;
        this.access = access;
        this.org = org;
        this.calendar = calendar;
        this.events = events;
    }

    /** The matter's page; the complainant only on the route (and that read audited). */
    @Transactional(readOnly = true)
    public MatterDetails details(long id) {
        List<CurrentPosition> mine = access.mine();
        Matter m = matters.findById(id).orElseThrow(MatterAccess::notFound);
        List<MatterPart> all = parts.findByMatterIdOrderByIdAsc(id);
        if (!access.sees(mine, m, all)) {
            throw MatterAccess.notFound();
        }
        if (m.getSecrecy().classified()) {
            events.publishEvent(new CaseRead(MatterCase.of(id), "case", m.getSecrecy().name(), List.copyOf(access.route(m, all)),
                    Map.of("number", m.getNumber())));
        }
        Complainant complainant = null;
        boolean hidden = false;
        var stored = complainants.findById(id);
        if (stored.isPresent()) {
            if (access.onRoute(mine, m, all)) {
                var c = stored.get();
                complainant = new Complainant(c.getFullName(), c.getNationalId(), c.getAddress(), c.getPhone(), c.getEmail());
                events.publishEvent(new CaseRead(MatterCase.of(id), "complainant", CaseRead.PERSONAL_DATA,
                        List.copyOf(access.route(m, all)), Map.of("number", m.getNumber())));
            } else {
                hidden = true;
            }
        }
        LocalDate today = calendar.today();
        Map<Long, UnitSummary> units = org.units(all.stream().map(MatterPart::getUnitId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(UnitSummary::id, u -> u));
        List<MatterDetails.Part> partViews = all.stream().map(p -> {
            UnitSummary u = units.get(p.getUnitId());
            PositionSummary h = org.position(p.getHolderPositionId()).orElse(null);
            return new MatterDetails.Part(p.getId(), p.getUnitId(), u == null ? null : u.nameTh(), u == null ? null : u.nameEn(),
                    h == null ? null : h.titleTh(), h == null ? null : h.titleEn(), p.isKept(), p.getShareText(),
                    p.getDueDate(), p.getOriginalDueDate(), p.getStatus(), p.getPercent(), p.getProgressStatus(),
                    p.getExtensionTo(), p.getExtensionReason(), p.getFinalText(), p.getEscalationLevel(),
                    overdue(p, today), finishedOnTime(p));
        }).toList();
        List<MatterDetails.Decline> declineViews = declines.findByMatterIdOrderByIdAsc(id).stream().map(d -> {
            UnitSummary u = org.unit(d.getUnitId()).orElse(null);
            return new MatterDetails.Decline(d.getPartId(), d.getUnitId(), u == null ? null : u.nameTh(),
                    u == null ? null : u.nameEn(), d.getReason(), d.getDeclinedAt(), d.getReassignedAt() != null);
        }).toList();
        List<MatterDetails.Progress> progressViews = progress.findByMatterIdOrderByIdAsc(id).stream().map(r -> {
            PositionSummary by = org.position(r.getReportedBy().positionId()).orElse(null);
            return new MatterDetails.Progress(r.getPartId(), r.getPercent(), r.getStatus(), r.getText(), r.isFinalReport(),
                    by == null ? null : by.titleTh(), by == null ? null : by.titleEn(), r.getReportedAt());
        }).toList();
        String registeredBy = org.position(m.getRegisteredBy().positionId()).map(PositionSummary::titleTh).orElse(null);
        return new MatterDetails(m.getId(), m.getNumber(), m.getSubject(), m.getDescription(), m.getSource(),
                m.getSourceRef(), m.getLetterId(), m.getUrgency(), m.getSecrecy(), m.getReceivedOn(), m.getDueDate(),
                m.getStatus(), registeredBy, m.getRegisteredAt(), m.getClosedAt(), complainant, hidden, partViews,
                declineViews, progressViews);
    }

    /** Whether one of my positions works this part (its holder or its unit): the page shows the progress form. */
    @Transactional(readOnly = true)
    public boolean mayWork(long partId) {
        return parts.findById(partId).filter(p -> p.getStatus() == PartStatus.WORKING)
                .flatMap(p -> access.worker(access.mine(), p)).isPresent();
    }

    /** The matters I may see, newest first; {@code statuses} empty: all; {@code text}: words of the search text. */
    @Transactional(readOnly = true)
    public List<MatterSummary> list(Set<MatterStatus> statuses, String text, int offset, int limit) {
        List<Matter> visible = visible(statuses, text);
        int from = Math.max(0, Math.min(offset, visible.size()));
        int to = Math.min(visible.size(), from + Math.max(0, Math.min(limit, 200)));
        return summaries(visible.subList(from, to));
    }

    @Transactional(readOnly = true)
    public int count(Set<MatterStatus> statuses, String text) {
        return visible(statuses, text).size();
    }

    private List<Matter> visible(Set<MatterStatus> statuses, String text) {
        List<CurrentPosition> mine = access.mine();
        if (mine.isEmpty()) {
            return List.of();
        }
        List<String> words = text == null ? List.of() : SearchText.words(text);
        String pattern = words.isEmpty() ? null : SearchText.containing(words.get(0));
        List<Matter> found = matters.list(MatterAccess.provinces(mine), statuses == null || statuses.isEmpty() ? EnumSet.allOf(MatterStatus.class) : statuses,
                pattern, PageRequest.of(0, SCAN));
        Map<Long, List<MatterPart>> byMatter = partsOf(found);
        return found.stream().filter(m -> words.stream().allMatch(w -> m.getSearchText() != null && m.getSearchText().contains(w)))
                .filter(m -> access.sees(mine, m, byMatter.getOrDefault(m.getId(), List.of()))).toList();
    }

    List<MatterSummary> summaries(List<Matter> list) {
        Map<Long, List<MatterPart>> byMatter = partsOf(list);
        LocalDate today = calendar.today();
        List<MatterSummary> out = new ArrayList<>();
        for (Matter m : list) {
            List<MatterPart> ps = byMatter.getOrDefault(m.getId(), List.of());
            String holders = ps.stream().filter(p -> p.getStatus() != PartStatus.DECLINED)
                    .map(p -> org.unit(p.getUnitId()).map(UnitSummary::nameTh).orElse("")).distinct()
                    .collect(Collectors.joining(", "));
            boolean withoutOwner = m.getStatus() == MatterStatus.TRIAGE || ps.stream().anyMatch(p -> p.getStatus() == PartStatus.DECLINED);
            out.add(new MatterSummary(m.getId(), m.getNumber(), m.getSubject(), m.getSource(), m.getUrgency(),
                    m.getSecrecy(), m.getReceivedOn(), m.getDueDate(), m.getStatus(), holders, withoutOwner,
                    ps.stream().anyMatch(p -> overdue(p, today))));
        }
        return out;
    }

    Map<Long, List<MatterPart>> partsOf(List<Matter> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<MatterPart>> byMatter = new LinkedHashMap<>();
        parts.findByMatterIdInOrderByIdAsc(list.stream().map(Matter::getId).toList())
                .forEach(p -> byMatter.computeIfAbsent(p.getMatterId(), k -> new ArrayList<>()).add(p));
        return byMatter;
    }

    static boolean overdue(MatterPart p, LocalDate today) {
        return p.getStatus() != PartStatus.DONE && p.getStatus() != PartStatus.DECLINED && p.getDueDate().isBefore(today);
    }

    static boolean finishedOnTime(MatterPart p) {
        return p.getStatus() == PartStatus.DONE && p.getReportedAt() != null
                && !WorkingCalendarDays.day(p.getReportedAt()).isAfter(p.getDueDate());
    }

    static boolean sameUnit(MatterPart p, Long unitId) {
        return Objects.equals(p.getUnitId(), unitId);
    }
}
