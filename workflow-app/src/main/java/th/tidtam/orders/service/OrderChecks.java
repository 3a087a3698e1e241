package th.tidtam.orders.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.meeting.MemberRole;
import th.tidtam.meeting.service.BodiesByOrder;
import th.tidtam.orders.OrderForm;
import th.tidtam.orders.OrderKind;
import th.tidtam.orders.OrderMember;
import th.tidtam.orders.OrderStatus;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.orders.domain.ProvincialOrderRepository;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.PositionRole;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * The rules of an order's content, asked when it is drafted or changed and again when it is signed (the chain of
 * command may have changed in between): positions and people exist, dates are sane, an acting period does not overlap
 * another acting assignment of the position, a committee's code is free, every text passes the free-text rule.
 */
@Component
class OrderChecks {

    static final int MAX_MEMBERS = 300;
    static final int MAX_YEARS_AHEAD = 2;
    static final int MAX_YEARS_LONG = 5;
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    private final OrgDirectory org;
    private final OrderMatters matters;
    private final BodiesByOrder bodies;
    private final ProvincialOrderRepository orders;
    private final Clock clock;

    OrderChecks(OrgDirectory org, OrderMatters matters, BodiesByOrder bodies, ProvincialOrderRepository orders, Clock clock) {
        this.org = org;
        this.matters = matters;
        this.bodies = bodies;
        this.orders = orders;
        this.clock = clock;
    }

    /** Checks the form and writes it into the order (new or still editable); nothing is written when refused. */
    List<OrderMember> apply(OrderForm form, ProvincialOrder order) {
        long province = order.getProvinceId();
        String subject = OrderText.line(form.subject(), "orders.field.subject", OrderText.MAX_SUBJECT, true);
        String reasons = OrderText.lines(form.reasons(), "orders.field.reasons", OrderText.MAX_TEXT, true);
        String ordered = OrderText.lines(form.orderedText(), "orders.field.ordered", OrderText.MAX_TEXT, false);
        dates(form.kind(), form.effectiveFrom(), form.effectiveTo());
        List<OrderMember> members = List.of();
        switch (form.kind()) {
            case ACTING -> {
                acting(province, form.positionId(), form.personId(), form.effectiveFrom(), form.effectiveTo());
                order.appoint(form.positionId(), form.personId(), null, null);
                order.committee(null, null, null, null, null);
            }
            case DELEGATION -> {
                Long position = form.positionId() != null ? form.positionId()
                        : org.positionWithRole(order.getProvinceId(), PositionRole.GOVERNOR).orElseThrow(() -> new RuleViolation("orders.error.position-not-found"));
                delegation(province, position, form.personId());
                String codes = String.join(",", matters.require(form.matters()));
                String annex = OrderText.lines(form.annexText(), "orders.field.annex", OrderText.MAX_ANNEX, false);
                order.appoint(position, form.personId(), codes, annex);
                order.committee(null, null, null, null, null);
            }
            case COMMITTEE -> {
                members = committee(province, form, order.getId());
                order.appoint(null, null, null, null);
                order.committee(form.bodyCode().trim().toUpperCase(Locale.ROOT),
                        OrderText.line(form.bodyNameTh(), "orders.field.body-name-th", OrderText.MAX_NAME, true),
                        OrderText.line(form.bodyNameEn(), "orders.field.body-name-en", OrderText.MAX_NAME, true),
                        form.chairPositionId(), form.secretaryUnitId());
            }
        }
        order.describe(subject, reasons, ordered, form.effectiveFrom(), form.kind() == OrderKind.COMMITTEE ? null : form.effectiveTo());
        return members;
    }

    /** From today (an order never reaches back: the chain of past days stays as it was), within sane bounds. */
    void dates(OrderKind kind, LocalDate from, LocalDate to) {
        if (kind == null) {
            throw new RuleViolation("orders.error.required", "orders.field.kind");
        }
        if (from == null) {
            throw new RuleViolation("orders.error.required", "orders.field.effective-from");
        }
        LocalDate today = LocalDate.now(clock);
        if (from.isBefore(today)) {
            throw new RuleViolation("orders.error.effective-past");
        }
        if (from.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new RuleViolation("orders.error.effective-too-far", MAX_YEARS_AHEAD);
        }
        if (to != null && kind != OrderKind.COMMITTEE && (to.isBefore(from) || to.isAfter(from.plusYears(MAX_YEARS_LONG)))) {
            throw new RuleViolation("orders.error.period", MAX_YEARS_LONG);
        }
    }

    /** An acting holder for a position, for a period no other acting assignment of the position covers. */
    void acting(long province, Long positionId, Long personId, LocalDate from, LocalDate to) {
        PositionSummary position = position(province, positionId);
        person(province, personId);
        LocalDate until = to == null ? OPEN_END : to;
        for (Actor a : org.history(positionId)) {
            LocalDate aUntil = a.validTo() == null ? OPEN_END : a.validTo();
            boolean overlaps = !a.validFrom().isAfter(until) && !aUntil.isBefore(from);
            if (a.kind() == AssignmentKind.ACTING && overlaps) {
                throw new RuleViolation("orders.error.acting-overlap", position.titleTh(), a.nameTh(),
                        a.orderNumber() == null ? OrderText.NONE : a.orderNumber());
            }
            if (a.kind() == AssignmentKind.HOLDER && overlaps && a.personId().equals(personId)) {
                throw new RuleViolation("orders.error.acting-own-position");
            }
        }
    }

    /** A delegation of the governor's powers to a person. */
    void delegation(long province, Long positionId, Long personId) {
        if (position(province, positionId).role() != PositionRole.GOVERNOR) {
            throw new RuleViolation("orders.error.delegation-not-governor");
        }
        person(province, personId);
    }

    private List<OrderMember> committee(long province, OrderForm form, Long orderId) {
        String code = OrderText.line(form.bodyCode(), "orders.field.body-code", 32, true).toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9_-]*")) {
            throw new RuleViolation("orders.error.body-code-format");
        }
        bodyCodeFree(code, orderId);
        position(province, form.chairPositionId());
        if (form.secretaryUnitId() != null
                && org.unit(form.secretaryUnitId()).filter(u -> u.provinceId() == null || u.provinceId().equals(province)).isEmpty()) {
            throw new RuleViolation("orders.error.unit-not-found");
        }
        List<OrderMember> given = form.members() == null ? List.of() : form.members();
        if (given.isEmpty()) {
            throw new RuleViolation("orders.error.members-required");
        }
        if (given.size() > MAX_MEMBERS) {
            throw new RuleViolation("orders.error.too-many-members", MAX_MEMBERS);
        }
        Set<Long> seen = new HashSet<>();
        List<OrderMember> members = new ArrayList<>();
        for (OrderMember m : given) {
            if (m == null || m.positionId() == null) {
                throw new RuleViolation("orders.error.position-not-found");
            }
            position(province, m.positionId());
            if (!seen.add(m.positionId())) {
                throw new RuleViolation("orders.error.member-twice");
            }
            members.add(new OrderMember(m.positionId(), m.role() == null ? MemberRole.MEMBER : m.role(), m.reportsEveryMeeting()));
        }
        return members;
    }

    /** No body of the code exists and no other live order sets one up. */
    void bodyCodeFree(String code, Long orderId) {
        boolean otherOrder = orders.countLiveWithBodyCode(code, orderId == null ? -1L : orderId,
                List.of(OrderStatus.DISAPPROVED, OrderStatus.CANCELLED)) > 0;
        if (otherOrder || bodies.codeTaken(code)) {
            throw new RuleViolation("orders.error.body-code-taken", code);
        }
    }

    /** A position not of another province: another province's is "not found" for the order (one of none may serve). */
    private PositionSummary position(long province, Long positionId) {
        if (positionId == null) {
            throw new RuleViolation("orders.error.position-not-found");
        }
        return org.position(positionId).filter(p -> p.provinceId() == null || p.provinceId().equals(province))
                .orElseThrow(() -> new RuleViolation("orders.error.position-not-found"));
    }

    /** An enabled person not of another province (an account of no province yet may be named, as before). */
    private void person(long province, Long personId) {
        if (personId == null || org.person(personId)
                .filter(p -> p.enabled() && (p.provinceId() == null || p.provinceId().equals(province)))
                .isEmpty()) {
            throw new RuleViolation("orders.error.person-not-found");
        }
    }
}
