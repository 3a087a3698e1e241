package th.tidtam.directive.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.Clearance;
import th.tidtam.base.text.FreeText;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.Cadence;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectiveEvent;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.DirectiveStatus;
import th.tidtam.org.SecrecyClass;
import th.tidtam.directive.SourceKind;
import th.tidtam.casework.Urgency;
import th.tidtam.org.PositionRole;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.UnitSummary;
import th.tidtam.process.Workflows;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.TidtamUser;

/**
 * Issues directives: checks every input before anything is written, numbers the directive per BE year, assigns a
 * part to the lead and each supporting unit (held by the unit's head, or whoever must act for it) and starts the
 * follow-up process, all in one transaction.
 */
@Service
public class DirectiveService {

    /** The delegated matter that lets a delegate issue directives on the governor's behalf. */
    static final String DIRECTING = "DIRECTIVE";

    public static final String PROCESS_KEY = "directive-followup";
    public static final int MAX_SUBJECT = 500;
    public static final int MAX_TEXT = 20_000;
    public static final int MAX_REFERENCE = 255;
    public static final int MAX_UNITS = 200;

    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final Timeline timeline;
    private final NumberSeries numbers;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final Workflows workflows;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ScreeningDays screeningDays;
    private final DirectiveVisibility visibility;
    private final Clearance clearance;

    DirectiveService(DirectiveRepository directives, DirectivePartRepository parts, Timeline timeline,
            NumberSeries numbers, OrgDirectory org, WorkingCalendar calendar, Workflows workflows,
            CurrentUser currentUser, Clock clock, ScreeningDays screeningDays, DirectiveVisibility visibility,
            Clearance clearance) {
        this.visibility = visibility;
        this.clearance = clearance;
        this.directives = directives;
        this.parts = parts;
        this.timeline = timeline;
        this.numbers = numbers;
        this.org = org;
        this.calendar = calendar;
        this.workflows = workflows;
        this.currentUser = currentUser;
        this.clock = clock;
        this.screeningDays = screeningDays;
    }

    /** A directive just issued, as other modules (the demo data) may know it. */
    public record Issued(long id, String number, String processInstanceId) {
    }

    /** Issues the directive and answers what other modules may know of it. */
    @Transactional
    public Issued issueAndTell(IssueDirective command) {
        Directive d = issue(command);
        return new Issued(d.getId(), d.getNumber(), d.getProcessInstanceId());
    }

    @Transactional
    public Directive issue(IssueDirective command) {
        TidtamUser user = currentUser.require();
        CurrentPosition issuer = issuingPosition(user);
        boolean onBehalf = issuer.role() == PositionRole.SECRETARIAT;

        String subject = requireText(command.subject(), "directive.field.subject", MAX_SUBJECT, false);
        String text = requireText(command.text(), "directive.field.text", MAX_TEXT, true);
        Urgency urgency = parseUrgency(command.urgency());
        SecrecyClass secrecy = parseSecrecy(command.secrecy());
        Cadence cadence = command.cadence() == null ? Cadence.NONE : command.cadence();
        if (cadence == Cadence.EVERY_N_DAYS && (command.cadenceDays() == null || command.cadenceDays() < 1
                || command.cadenceDays() > 366)) {
            throw new RuleViolation("directive.error.cadence-days");
        }
        LocalDate dueDate = dueDate(command);
        long province = ProvinceScope.provinceOf(issuer);
        List<UnitSummary> units = units(command, province);
        SourceKind source = command.sourceKind() == null ? SourceKind.ANNOTATION : command.sourceKind();
        String reference = optionalText(command.sourceReference(), "directive.field.source-reference");
        String meeting = optionalText(command.meetingNumber(), "directive.field.meeting-number");
        String agenda = optionalText(command.agendaItem(), "directive.field.agenda-item");
        if (source == SourceKind.MEETING && meeting == null) {
            throw new RuleViolation("directive.error.meeting-number-required");
        }
        Directive superseded = null;
        if (command.supersedesId() != null) {
            // one the issuer may not see (the secretariat and a classified directive) is "not found" like a wrong id:
            // it may neither be closed from here nor have its number told
            superseded = directives.findById(command.supersedesId())
                    .filter(d -> visibility.canSee(org.positionsFilled(user.personId()), d.getId()))
                    .orElseThrow(() -> new RuleViolation("directive.error.supersedes-not-found"));
            if (!superseded.getStatus().open()) {
                throw new RuleViolation("directive.error.supersedes-closed", superseded.getNumber());
            }
        }

        // a classified directive goes only to positions cleared for its class — the one who issues it and whoever will
        // hold each part (the covering position while a head's post is vacant) — refused before anything is saved
        clearance.requireCleared(issuer.positionId(), secrecy, DirectiveCase.TYPE, null, "issue");
        for (UnitSummary unit : units) {
            org.headOf(unit.id()).ifPresent(head -> clearance.requireReceiving(head, secrecy, DirectiveCase.TYPE, null, "issue"));
        }

        Instant now = clock.instant();
        int beYear = ThaiDates.beYear(LocalDate.now(clock));
        Directive directive = new Directive(province, beYear, numbers.next(province, DirectiveCase.NUMBERS, beYear), subject, text, source, urgency, secrecy,
                dueDate, cadence, units.get(0).id(), now);
        directive.setCadenceDays(cadence == Cadence.EVERY_N_DAYS ? command.cadenceDays() : null);
        directive.source(reference, meeting, agenda);
        if (command.sourceCase() != null) {
            directive.sourceCase(command.sourceCase().type(), command.sourceCase().id());
        }
        directive.issuedBy(user.personId(), issuer.positionId(), issuer.capacity(), onBehalf);
        if (superseded != null) {
            directive.setSupersedesId(superseded.getId());
        }
        directives.save(directive);
        timeline.record(DirectiveCase.of(directive.getId()), null, onBehalf ? DirectiveEvent.Kind.ISSUED_ON_BEHALF : DirectiveEvent.Kind.ISSUED, new ActorStamp(user.personId(), issuer.positionId(), issuer.capacity()),
                null, now);

        boolean lead = true;
        for (UnitSummary unit : units) {
            Long head = org.headOf(unit.id()).orElseThrow(() -> new RuleViolation("directive.error.unit-without-head",
                    unit.nameTh()));
            Long holder = org.responsiblePosition(head).orElse(head);
            DirectivePart part = parts.save(new DirectivePart(directive.getId(), unit.id(), lead, 1, holder, dueDate));
            if (!holder.equals(head)) {
                // the head's post is vacant with nobody acting: the work goes up the chain, and the directive says why
                timeline.record(DirectiveCase.of(directive.getId()), part.getId(), DirectiveEvent.Kind.ROUTED_TO_SUPERIOR, new ActorStamp(null, holder, null),
                "vacant:" + head, now);
            }
            lead = false;
        }
        // only identifiers and codes go into the engine: Camunda's MySQL schema is utf8 (3-byte), and free text
        // (subjects with emoji) lives in the application's utf8mb4 tables
        directive.setProcessInstanceId(workflows.start(PROCESS_KEY, String.valueOf(directive.getId()), directive.getProvinceId(), Map.of(
                "directiveId", directive.getId(), "directiveNumber", directive.getNumber(),
                "urgency", urgency.name(), "secrecy", secrecy.name(), "dueDate", java.sql.Date.valueOf(dueDate),
                "screeningDue", java.util.Date.from(screeningDue(urgency)))));
        if (superseded != null) {
            // the earlier directive closes with a link to its successor; its open work stops in the same transaction
            superseded.setStatus(DirectiveStatus.SUPERSEDED);
            superseded.setSupersededById(directive.getId());
            superseded.setClosedAt(now);
            timeline.record(DirectiveCase.of(superseded.getId()), null, DirectiveEvent.Kind.SUPERSEDED, new ActorStamp(user.personId(), issuer.positionId(), issuer.capacity()),
                directive.getNumber(), now);
            timeline.record(DirectiveCase.of(directive.getId()), null, DirectiveEvent.Kind.SUPERSEDES, new ActorStamp(user.personId(), issuer.positionId(), issuer.capacity()),
                superseded.getNumber(), now);
            workflows.message("directiveSuperseded", PROCESS_KEY, String.valueOf(superseded.getId()));
        }
        return directive;
    }

    /**
     * The default time limit for screening: ด่วนที่สุด the same working day, then one, two and three working days
     * (configurable per urgency), ending at the close of the working day.
     */
    private Instant screeningDue(Urgency urgency) {
        int days = switch (urgency) {
            case MOST_URGENT -> screeningDays.mostUrgent();
            case VERY_URGENT -> screeningDays.veryUrgent();
            case URGENT -> screeningDays.urgent();
            case NORMAL -> screeningDays.normal();
        };
        return calendar.endOfWorkingDay(calendar.addWorkingDays(calendar.today(), days));
    }

    private CurrentPosition issuingPosition(TidtamUser user) {
        List<CurrentPosition> mine = org.positionsFilled(user.personId());
        return mine.stream().filter(p -> p.role() == PositionRole.GOVERNOR).findFirst()
                .or(() -> mine.stream().filter(p -> p.role() == PositionRole.SECRETARIAT).findFirst())
                .or(() -> delegateOfTheGovernor(user))
                .orElseThrow(() -> new AccessDeniedException("only the governor, a delegate or the secretariat issues directives"));
    }

    /**
     * A vice governor who exercises the governor's powers (ปฏิบัติราชการแทน) under a delegation whose annex covers
     * directing agencies — e.g. deciding "มอบ … ดำเนินการ" on a memo on the governor's behalf.
     */
    private java.util.Optional<CurrentPosition> delegateOfTheGovernor(TidtamUser user) {
        LocalDate today = LocalDate.now(clock);
        return org.currentPositions(user.personId()).stream()
                .filter(p -> p.capacity() == th.tidtam.org.AssignmentKind.DELEGATION && p.role() == PositionRole.GOVERNOR)
                .filter(p -> org.delegationCovering(user.personId(), p.positionId(), DIRECTING, today).isPresent())
                .findFirst();
    }

    private LocalDate dueDate(IssueDirective command) {
        LocalDate today = LocalDate.now(clock);
        if (command.dueDate() != null && command.dueInWorkingDays() != null) {
            throw new RuleViolation("directive.error.due-twice");
        }
        if (command.dueInWorkingDays() != null) {
            if (command.dueInWorkingDays() < 0 || command.dueInWorkingDays() > 730) {
                throw new RuleViolation("directive.error.due-working-days-range");
            }
            return calendar.addWorkingDays(today, command.dueInWorkingDays());
        }
        if (command.dueDate() == null) {
            throw new RuleViolation("directive.error.due-required");
        }
        return calendar.requireDueDate(command.dueDate());
    }

    /**
     * The lead unit first, then the supporting units; "all districts" expands to every district of the province. A unit
     * of another province is "not found", like a wrong id: the issuer's province is all that exists for them.
     */
    private List<UnitSummary> units(IssueDirective command, long province) {
        if (command.leadUnitId() == null) {
            throw new RuleViolation("directive.error.lead-required");
        }
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(command.leadUnitId());
        if (command.supportingUnitIds() != null) {
            command.supportingUnitIds().stream().filter(Objects::nonNull).forEach(ids::add);
        }
        List<UnitSummary> result = new ArrayList<>();
        for (Long id : ids) {
            UnitSummary unit = org.unit(id).filter(u -> Objects.equals(u.provinceId(), province))
                    .orElseThrow(() -> new RuleViolation("directive.error.unit-not-found", id));
            if (!unit.kind().takesDirectives()) {
                throw new RuleViolation("directive.error.unit-not-assignable", unit.nameTh());
            }
            result.add(unit);
        }
        if (command.allDistricts()) {
            org.allUnits(province).stream().filter(u -> u.kind() == UnitKind.DISTRICT)
                    .filter(u -> result.stream().noneMatch(r -> r.id().equals(u.id()))).forEach(result::add);
        }
        if (result.size() > MAX_UNITS) {
            throw new RuleViolation("directive.error.too-many-units", MAX_UNITS);
        }
        return result;
    }

    private static Urgency parseUrgency(String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("directive.error.urgency-required");
        }
        try {
            return Urgency.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("directive.error.urgency-unknown");
        }
    }

    private static SecrecyClass parseSecrecy(String value) {
        if (value == null || value.isBlank()) {
            return SecrecyClass.NONE;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        if (v.equals("TOP_SECRET")) {
            throw new RuleViolation("directive.error.top-secret");
        }
        try {
            return SecrecyClass.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("directive.error.secrecy-unknown");
        }
    }

    /** The text cleaned by the free-text rule ({@link FreeText}). */
    private static String requireText(String value, String field, int max, boolean multiline) {
        return (multiline ? FreeText.multiLine(max) : FreeText.singleLine(max)).require(value, problem -> violation(problem, field, max));
    }

    private static String optionalText(String value, String field) {
        return FreeText.singleLine(MAX_REFERENCE).optional(value, problem -> violation(problem, field, MAX_REFERENCE));
    }

    private static RuleViolation violation(FreeText.Problem problem, String field, int max) {
        return switch (problem) {
            case MISSING -> new RuleViolation("directive.error.required", field);
            case TOO_LONG -> new RuleViolation("directive.error.too-long", field, max);
            case CONTROL_CHARACTERS -> new RuleViolation("directive.error.control-characters", field);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", field);
        };
    }

    public Optional<Directive> find(Long id) {
        return directives.findById(id);
    }

    /** True once any directive has been issued (by anyone; no visibility applies: for start-up work such as demo data). */
    public boolean anyIssued() {
        return directives.count() > 0;
    }
}
