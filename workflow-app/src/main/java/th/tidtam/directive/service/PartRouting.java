package th.tidtam.directive.service;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.directive.domain.Directive;
import th.tidtam.directive.domain.DirectivePart;
import th.tidtam.directive.domain.DirectivePartRepository;
import th.tidtam.directive.domain.DirectiveRepository;
import th.tidtam.directive.domain.PartStatus;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.process.OrgRouting;

/**
 * Routing of the units' parts for the follow-up model's expressions ({@code ${partRouting...}}): which parts a round
 * has, which position holds each (or must act for it while it is vacant), and their due dates in working days.
 */
@Component("partRouting")
@Transactional(readOnly = true)
public class PartRouting {

    private final DirectiveRepository directives;
    private final DirectivePartRepository parts;
    private final OrgDirectory org;
    private final WorkingCalendar calendar;
    private final java.time.Clock clock;
    private final OrgRouting orgRouting;

    PartRouting(DirectiveRepository directives, DirectivePartRepository parts, OrgDirectory org, WorkingCalendar calendar,
            java.time.Clock clock, OrgRouting orgRouting) {
        this.clock = clock;
        this.orgRouting = orgRouting;
        this.directives = directives;
        this.parts = parts;
        this.org = org;
        this.calendar = calendar;
    }

    /** The parts of the directive's current round that are not done yet. */
    public List<Long> openPartIds(Long directiveId) {
        Directive d = directives.findById(directiveId).orElseThrow();
        return parts.findByDirectiveIdAndRoundOrderByLeadDescIdAsc(directiveId, d.getRound()).stream()
                .filter(p -> p.getStatus() != PartStatus.DONE).map(DirectivePart::getId).toList();
    }

    /**
     * The candidate group of the directive's province's governor or head of office ({@code role}), or of whoever must
     * do that post's work while it is vacant: the directive's province decides, never another province's office.
     */
    public String roleGroup(Long directiveId, String role) {
        Long province = directives.findById(directiveId).orElseThrow().getProvinceId();
        Long position = org.positionWithRole(province, th.tidtam.org.PositionRole.valueOf(role))
                .orElseThrow(() -> new IllegalStateException("No position has the role " + role + " in province " + province));
        return orgRouting.responsibleGroupOf(position);
    }

    /** The candidate group of the part's work: its holder position, or the nearest filled one above it. */
    public String holderGroup(Long partId) {
        return orgRouting.responsibleGroupOf(meantFor(parts.findById(partId).orElseThrow()));
    }

    /** The candidate group of whoever works the part now: the delegate, or the holder (or who acts for them). */
    public String workerGroup(Long partId) {
        DirectivePart part = parts.findById(partId).orElseThrow();
        return orgRouting.responsibleGroupOf(part.isDelegated() ? part.getWorkerPositionId() : meantFor(part));
    }

    /**
     * The position the holder's work is meant for: the unit's head while the part is held for it because the head's
     * post is vacant (the task then remembers the head and goes back to it when the post is filled), else the holder.
     */
    private Long meantFor(DirectivePart part) {
        Long holder = part.getHolderPositionId();
        return org.headOf(part.getUnitId()).filter(head -> !head.equals(holder))
                .filter(head -> org.responsiblePosition(head).orElse(head).equals(holder)).orElse(holder);
    }

    public boolean isDelegated(Long partId) {
        return parts.findById(partId).orElseThrow().isDelegated();
    }

    /** The group of a position's work today: the position, or the nearest filled one above it while it is vacant. */
    String groupOf(Long positionId) {
        Long responsible = org.responsiblePosition(positionId).orElse(positionId);
        return org.position(responsible).map(PositionSummary::code).orElseThrow();
    }

    /** Acknowledgement is due by the end of the next working day; the part remembers it for the follow-up check. */
    @Transactional
    public Date acknowledgeDue(Long partId) {
        DirectivePart part = parts.findById(partId).orElseThrow();
        WorkingCalendar calendar = calendarOf(part);
        LocalDate due = calendar.addWorkingDays(calendar.today(), 1);
        part.setAcknowledgeDue(due);
        return Date.from(calendar.endOfWorkingDay(due));
    }

    /** The progress report of the period is due at the close of the day the follow-up check set. */
    public Date reportDue(Long partId) {
        LocalDate due = parts.findById(partId).orElseThrow().getReportDue();
        return due == null ? null : Date.from(calendar.endOfWorkingDay(due));
    }

    /** Whoever a late part was escalated to has until the close of the next working day to follow it up. */
    public Date followUpDue() {
        return Date.from(calendar.endOfWorkingDay(calendar.addWorkingDays(calendar.today(), 1)));
    }

    /**
     * {@link #followUpDue()} in the working days of the part's directive's province: the escalation task is made by
     * the follow-up timer, in the job executor, where no user names a province.
     */
    @Transactional(readOnly = true)
    public Date followUpDue(Long partId) {
        WorkingCalendar calendar = calendarOf(parts.findById(partId).orElseThrow());
        return Date.from(calendar.endOfWorkingDay(calendar.addWorkingDays(calendar.today(), 1)));
    }

    private WorkingCalendar calendarOf(DirectivePart part) {
        return calendar.ofCase(directives.findById(part.getDirectiveId()).map(Directive::getProvinceId).orElse(null));
    }

    /**
     * The daily follow-up check runs every morning at the start of work, Bangkok time (an ISO 8601 repeating interval
     * that starts at the next such moment); the check itself skips days off.
     */
    public String followUpCycle() {
        java.time.Instant now = clock.instant();
        LocalDate day = calendar.today();
        java.time.Instant first = calendar.startOfWorkingDay(day);
        if (!first.isAfter(now)) {
            first = calendar.startOfWorkingDay(day.plusDays(1));
        }
        return "R/" + first + "/P1D";
    }

    /** The part's due date in force, at the close of that working day. */
    public Date partDue(Long partId) {
        DirectivePart part = parts.findById(partId).orElseThrow();
        return Date.from(calendar.endOfWorkingDay(part.getDueDate()));
    }
}
