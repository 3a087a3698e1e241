package th.tidtam.coordination.service;

import th.tidtam.casework.Clearance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.Urgency;
import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.casework.links.IssuedLink;
import th.tidtam.casework.links.OneTimeLinks;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.casework.search.SearchText;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.coordination.NewRequest;
import th.tidtam.coordination.PartyKind;
import th.tidtam.coordination.RequestStatus;
import th.tidtam.coordination.RequestSummary;
import th.tidtam.coordination.domain.CoordinationParty;
import th.tidtam.coordination.domain.CoordinationPartyRepository;
import th.tidtam.coordination.domain.CoordinationRequest;
import th.tidtam.coordination.domain.CoordinationRequestRepository;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.partners.service.PartnerSummary;
import th.tidtam.partners.service.Partners;
import th.tidtam.process.WorkItemVariables;
import th.tidtam.process.Workflows;

/**
 * Drafting and sending a request, withdrawing it, and giving a partner a new link. Each step locks the request's row
 * and checks its state under the lock, so a double click does one thing and the second click is told why not.
 */
@Service
public class CoordinationRequests {

    /** A partner's link as the requester sees it once, to send it on: the token is never stored. */
    public record PartnerLink(long partyId, String partnerName, String token, Instant expiresAt) {
    }

    /** What sending answered: the request with its number, and the partners' links to send. */
    public record Sent(RequestSummary request, List<PartnerLink> links) {
    }

    static final int MAX_PARTIES = 100;

    private final CoordinationRequestRepository requests;
    private final CoordinationPartyRepository parties;
    private final CoordinationAccess access;
    private final CoordinationViews views;
    private final CoordinationFiles files;
    private final NumberSeries numbers;
    private final Timeline timeline;
    private final Alerts alerts;
    private final Workflows workflows;
    private final OneTimeLinks links;
    private final Partners partners;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final CoordinationSettings settings;
    private final CoordinationFlow flow;
    private final Clock clock;

    private final Clearance clearance;
    private final th.tidtam.org.service.Provinces provinces;
    CoordinationRequests(CoordinationRequestRepository requests, CoordinationPartyRepository parties,
            CoordinationAccess access, CoordinationViews views, CoordinationFiles files, NumberSeries numbers,
            Timeline timeline, Alerts alerts, Workflows workflows, OneTimeLinks links, Partners partners, OrgDirectory org,
            WorkingCalendar calendar, CoordinationSettings settings, CoordinationFlow flow, Clock clock, Clearance clearance,
            th.tidtam.org.service.Provinces provinces) {
        this.clearance = clearance;
        this.provinces = provinces;
        this.requests = requests;
        this.parties = parties;
        this.access = access;
        this.views = views;
        this.files = files;
        this.numbers = numbers;
        this.timeline = timeline;
        this.alerts = alerts;
        this.workflows = workflows;
        this.links = links;
        this.partners = partners;
        this.org = org;
        this.calendar = calendar;
        this.settings = settings;
        this.flow = flow;
        this.clock = clock;
    }

    /** Whether the current user may ask for coordination at all (shows the "new" button). */
    public boolean mayRequest() {
        return !access.requesterPositions(access.mine()).isEmpty();
    }

    /** The positions through which the current user may ask. */
    public List<CurrentPosition> requesterPositions() {
        return access.requesterPositions(access.mine());
    }

    /** The units the current user may ask: those of the province they ask in (none for an account in no province). */
    public List<th.tidtam.org.service.UnitNames> unitsToAsk() {
        java.util.Set<Long> provinces = ProvinceScope.of(requesterPositions()).provinceIds();
        return provinces.size() == 1 ? org.unitNames(provinces.iterator().next()) : List.of();
    }

    /** Drafts a request with its parties and files; nothing is sent yet. */
    @Transactional
    public RequestSummary draft(NewRequest command, List<CoordinationFiles.Incoming> attachments) {
        if (command == null) {
            throw new RuleViolation("error.unreadable-request");
        }
        List<CurrentPosition> mine = access.requesterPositions(access.mine());
        if (mine.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("only the provincial office and unit heads ask for coordination");
        }
        CurrentPosition via = command.requesterPositionId() == null ? mine.get(0)
                : mine.stream().filter(p -> p.positionId().equals(command.requesterPositionId())).findFirst()
                        .orElseThrow(() -> new RuleViolation("coordination.error.not-requester"));
        String subject = CoordinationText.line(command.subject(), "coordination.field.subject", CoordinationText.MAX_SUBJECT, true);
        String body = CoordinationText.lines(command.body(), "coordination.field.body", CoordinationText.MAX_BODY, true);
        String contact = CoordinationText.line(command.contact(), "coordination.field.contact", 500, false);
        if (command.askKind() == null) {
            throw new RuleViolation("error.field-required", "coordination.field.ask-kind");
        }
        LocalDate due = checkDue(command.dueDate());
        Urgency urgency = parse(Urgency.class, command.urgency(), Urgency.NORMAL, "coordination.field.urgency");
        SecrecyClass secrecy = parse(SecrecyClass.class, command.secrecy(), SecrecyClass.NONE, "coordination.field.secrecy");
        if (secrecy == SecrecyClass.SECRET) {
            throw new RuleViolation("coordination.error.secrecy-too-high");
        }
        Set<Long> unitIds = new LinkedHashSet<>(command.unitIds() == null ? List.of() : command.unitIds());
        Set<Long> partnerIds = new LinkedHashSet<>(command.partnerIds() == null ? List.of() : command.partnerIds());
        unitIds.remove(null);
        partnerIds.remove(null);
        if (unitIds.isEmpty() && partnerIds.isEmpty()) {
            throw new RuleViolation("coordination.error.no-parties");
        }
        if (unitIds.size() + partnerIds.size() > MAX_PARTIES) {
            throw new RuleViolation("coordination.error.too-many-parties", MAX_PARTIES);
        }
        if (secrecy.classified() && !partnerIds.isEmpty()) {
            throw new RuleViolation("coordination.error.classified-to-partner");
        }
        // before anything is saved: a classified request only from and to positions cleared for its class (the
        // requester, and each asked unit's head — or the position covering a vacant head)
        clearance.requireCleared(via.positionId(), secrecy, CoordinationCase.TYPE, null, "issue");
        for (Long unitId : unitIds) {
            org.headOf(unitId).ifPresent(head -> clearance.requireReceiving(head, secrecy, CoordinationCase.TYPE, null, "issue"));
        }
        List<CoordinationFiles.Incoming> incoming = attachments == null ? List.of() : attachments;
        files.check(incoming, 10);
        List<CoordinationParty> asked = new ArrayList<>();
        Instant now = clock.instant();
        ActorStamp by = access.stamp(via);
        // the requester's province; a position in no province asks in the installation's only one, as before
        long province = via.provinceId() != null ? via.provinceId() : provinces.onlyOne().map(p -> p.id())
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("a request belongs to a province"));
        CoordinationRequest r = new CoordinationRequest(by, now);
        r.setProvinceId(province);
        r.describe(subject, command.askKind(), body, due, urgency, secrecy, via.positionId(), via.unitId(), contact);
        r.setSearchText(SearchText.fold(subject, body));
        requests.saveAndFlush(r);
        for (Long unitId : unitIds) {
            UnitSummary unit = org.unit(unitId).filter(u -> u.kind().takesDirectives()
                    && (u.provinceId() == null || u.provinceId() == province))
                    .orElseThrow(() -> new RuleViolation("coordination.error.unit-unknown", unitId));
            Long head = org.headOf(unitId).orElseThrow(() -> new RuleViolation("coordination.error.unit-no-head", unit.nameTh()));
            asked.add(CoordinationParty.agency(r.getId(), unitId, unit.nameTh(), unit.nameEn(), head, secrecy));
        }
        for (Long partnerId : partnerIds) {
            PartnerSummary p = partners.find(partnerId).filter(PartnerSummary::active)
                    .filter(found -> partners.inProvince(found.id(), province))
                    .orElseThrow(() -> new RuleViolation("coordination.error.partner-unknown", partnerId));
            asked.add(CoordinationParty.partner(r.getId(), partnerId, p.nameTh(), p.nameEn()));
        }
        parties.saveAll(asked);
        files.store(r.getId(), null, incoming, by.toString());
        timeline.record(CoordinationCase.of(r.getId()), null, CoordinationEvent.CREATED, by, null, now);
        return views.summary(r, asked);
    }

    /** Sends a draft: its number, the process (a task per agency), a one-time link per partner (shown once). */
    @Transactional
    public Sent send(long requestId) {
        CoordinationRequest r = requests.lock(requestId).orElseThrow(ApiProblems.NotFound::new);
        List<CoordinationParty> asked = parties.findByRequestIdOrderByIdAsc(requestId);
        CurrentPosition via = access.requireRequester(access.mine(), r, asked);
        if (r.getStatus() != RequestStatus.DRAFT) {
            throw new RuleViolation("coordination.error.already-sent");
        }
        checkDue(r.getDueDate());
        Instant now = clock.instant();
        NumberSeries.Number number = numbers.next(r.getProvinceId(), CoordinationCase.SERIES);
        r.send(number.period(), number.value(), now, null);
        r.setSearchText(SearchText.fold(RequestSummary.format(number.period(), number.value()), r.getSubject(), r.getBody()));
        ActorStamp by = access.stamp(via);
        timeline.record(CoordinationCase.of(r.getId()), null, CoordinationEvent.SENT, by, null, now);
        List<PartnerLink> issued = new ArrayList<>();
        for (CoordinationParty p : asked) {
            if (p.getKind() == PartyKind.PARTNER) {
                issued.add(issue(r, p, by, now));
            } else {
                alerts.raise(p.getHeadPositionId(), CoordinationCase.of(r.getId()), p.getId(), AlertKind.REQUESTED,
                        number(r) + " " + r.getSubject(), now);
            }
        }
        Map<String, Object> v = new HashMap<>();
        v.put("requestId", r.getId());
        v.put("requestNumber", number(r));
        v.put(WorkItemVariables.URGENCY, r.getUrgency().name());
        v.put(WorkItemVariables.SECRECY, r.getSecrecy().name());
        r.setProcessInstanceId(workflows.start(CoordinationCase.PROCESS_KEY, CoordinationCase.businessKey(r.getId()),
                r.getProvinceId(), v));
        return new Sent(views.summary(r, asked), issued);
    }

    /** The request's running process, for replaying its timers (the demo); "not found" when not visible. */
    @Transactional(readOnly = true)
    public String processOf(long requestId) {
        CoordinationRequest r = requests.findById(requestId).orElseThrow(ApiProblems.NotFound::new);
        if (!access.sees(access.mine(), r, parties.findByRequestIdOrderByIdAsc(requestId))) {
            throw new ApiProblems.NotFound();
        }
        return r.getProcessInstanceId();
    }

    /** A new link for a partner that has not answered; the old one stops working. */
    @Transactional
    public PartnerLink newLink(long requestId, long partyId) {
        CoordinationRequest r = requests.lock(requestId).orElseThrow(ApiProblems.NotFound::new);
        List<CoordinationParty> asked = parties.findByRequestIdOrderByIdAsc(requestId);
        CurrentPosition via = access.requireRequester(access.mine(), r, asked);
        CoordinationParty p = asked.stream().filter(x -> x.getId() == partyId && x.getKind() == PartyKind.PARTNER)
                .findFirst().orElseThrow(ApiProblems.NotFound::new);
        if (r.getStatus() != RequestStatus.SENT) {
            throw new RuleViolation("coordination.error.not-open");
        }
        if (p.isAnswered()) {
            throw new RuleViolation("coordination.error.already-answered");
        }
        if (p.getLinkId() != null) {
            links.revoke(p.getLinkId());
        }
        return issue(r, p, access.stamp(via), clock.instant());
    }

    private PartnerLink issue(CoordinationRequest r, CoordinationParty p, ActorStamp by, Instant now) {
        Instant expires = linkExpiry(r.getDueDate());
        IssuedLink link = links.issue(CoordinationCase.of(r.getId()), p.getId(), expires);
        p.link(link.linkId(), link.expiresAt());
        timeline.record(CoordinationCase.of(r.getId()), p.getId(), CoordinationEvent.LINK_ISSUED, by, p.getNameTh(), now);
        return new PartnerLink(p.getId(), p.getNameTh(), link.token(), link.expiresAt());
    }

    /** The due date's end plus the grace days, in the application's zone. */
    Instant linkExpiry(LocalDate due) {
        return due.plusDays(1L + settings.linkGraceDays()).atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    /** Withdraws a draft, or a sent request nobody has answered yet; the links stop working. */
    @Transactional
    public RequestSummary withdraw(long requestId, String reason) {
        CoordinationRequest r = requests.lock(requestId).orElseThrow(ApiProblems.NotFound::new);
        List<CoordinationParty> asked = parties.findByRequestIdOrderByIdAsc(requestId);
        CurrentPosition via = access.requireRequester(access.mine(), r, asked);
        String why = CoordinationText.line(reason, "coordination.field.reason", 1000, true);
        if (r.getStatus() != RequestStatus.DRAFT && r.getStatus() != RequestStatus.SENT) {
            throw new RuleViolation("coordination.error.not-open");
        }
        if (asked.stream().anyMatch(CoordinationParty::isAnswered)) {
            throw new RuleViolation("coordination.error.answered-cannot-withdraw");
        }
        Instant now = clock.instant();
        boolean sent = r.getStatus() == RequestStatus.SENT;
        r.finish(RequestStatus.WITHDRAWN, null, now);
        asked.stream().filter(p -> p.getLinkId() != null).forEach(p -> links.revoke(p.getLinkId()));
        timeline.record(CoordinationCase.of(r.getId()), null, CoordinationEvent.WITHDRAWN, access.stamp(via), why, now);
        if (sent) {
            flow.end(r, CoordinationCase.MESSAGE_WITHDRAWN);
        }
        return views.summary(r, asked);
    }

    LocalDate checkDue(LocalDate due) {
        if (due == null) {
            throw new RuleViolation("error.field-required", "coordination.field.due-date");
        }
        LocalDate today = calendar.today();
        if (due.isBefore(today)) {
            throw new RuleViolation("coordination.error.due-in-past", due);
        }
        if (due.isAfter(today.plusYears(1))) {
            throw new RuleViolation("coordination.error.due-too-far", due);
        }
        if (!calendar.isWorkingDay(due)) {
            throw new RuleViolation("coordination.error.due-not-working-day", due, calendar.nextWorkingDay(due));
        }
        return due;
    }

    static String number(CoordinationRequest r) {
        return RequestSummary.format(r.getNumberYear(), r.getNumberValue());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("coordination.error.value-unknown", field, value.length() > 40 ? value.substring(0, 40) : value);
        }
    }
}
