package th.tidtam.orders.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.orders.OrderForm;
import th.tidtam.orders.OrderKind;
import th.tidtam.orders.OrderMember;
import th.tidtam.orders.OrderStatus;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.orders.domain.ProvincialOrderMember;
import th.tidtam.orders.domain.ProvincialOrderMemberRepository;
import th.tidtam.orders.domain.ProvincialOrderRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PersonSummary;
import th.tidtam.org.service.PositionSummary;

/** Drafting and changing orders, and the list and page of them the current user may see. */
@Service
public class OrderDrafting {

    private final ProvincialOrderRepository orders;
    private final ProvincialOrderMemberRepository members;
    private final OrderChecks checks;
    private final OrderAccess access;
    private final OrderViews views;
    private final Timeline timeline;
    private final Clock clock;
    private final OrgDirectory org;
    private final OrderCitations citations;

    OrderDrafting(ProvincialOrderRepository orders, ProvincialOrderMemberRepository members, OrderChecks checks,
            OrderAccess access, OrderViews views, Timeline timeline, Clock clock, OrgDirectory org, OrderCitations citations) {
        this.org = org;
        this.citations = citations;
        this.orders = orders;
        this.members = members;
        this.checks = checks;
        this.access = access;
        this.views = views;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Whether the current user may draft orders (the screens show the button). */
    public boolean mayDraft() {
        return access.mayDraft();
    }

    @Transactional
    public OrderSummary draft(OrderForm form) {
        CurrentPosition drafter = access.requireDrafter();
        if (form == null || form.kind() == null) {
            throw new RuleViolation("orders.error.required", "orders.field.kind");
        }
        Instant now = clock.instant();
        ProvincialOrder order = new ProvincialOrder(access.provinceOf(drafter), form.kind(), access.stamp(drafter), now);
        List<OrderMember> checked = checks.apply(form, order);
        orders.save(order);
        replaceMembers(order, checked);
        timeline.record(OrdersCase.of(order.getId()), null, OrderEvent.DRAFTED, access.stamp(drafter), order.getSubject(), now);
        return views.of(order);
    }

    /** Changes an order not signed yet; its kind stays. */
    @Transactional
    public OrderSummary update(long orderId, OrderForm form) {
        CurrentPosition drafter = access.requireDrafter();
        ProvincialOrder order = orders.lockById(orderId).filter(o -> access.sees(List.of(drafter), o))
                .orElseThrow(OrderAccess::notFound);
        if (!order.getStatus().editable()) {
            throw new RuleViolation("orders.error.not-editable", OrderText.label(order));
        }
        if (form == null || form.kind() != order.getKind()) {
            throw new RuleViolation("orders.error.kind-fixed");
        }
        List<OrderMember> checked = checks.apply(form, order);
        replaceMembers(order, checked);
        timeline.record(OrdersCase.of(orderId), null, OrderEvent.EDITED, access.stamp(drafter), order.getSubject(), clock.instant());
        return views.of(order);
    }

    private void replaceMembers(ProvincialOrder order, List<OrderMember> checked) {
        List<ProvincialOrderMember> old = members.findByOrderIdOrderByIdAsc(order.getId());
        if (order.getKind() != OrderKind.COMMITTEE && old.isEmpty()) {
            return;
        }
        members.deleteAll(old);
        members.flush();
        checked.forEach(m -> members.save(new ProvincialOrderMember(order.getId(), m.positionId(), m.role(), m.reportsEveryMeeting())));
    }

    /** The orders the current user sees, newest draft first. */
    @Transactional(readOnly = true)
    public List<OrderSummary> visible() {
        List<CurrentPosition> mine = access.mine();
        return orders.findByProvinceIdInOrderByDraftedAtDescIdDesc(access.provinces(mine)).stream()
                .filter(o -> access.sees(mine, o))
                .map(o -> OrderViews.of(o, List.of())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrderSummary> order(long orderId) {
        return orders.findById(orderId).filter(o -> access.sees(access.mine(), o)).map(views::of);
    }

    /** The province of an order the current user may see (its heading names it: "คำสั่งจังหวัดปราจีนบุรี"). */
    @Transactional(readOnly = true)
    public Optional<th.tidtam.org.service.ProvinceSummary> provinceOf(long orderId) {
        return orders.findById(orderId).filter(o -> access.sees(access.mine(), o)).flatMap(citations::provinceOf);
    }

    /** The positions an order of the current user may name (their province's), for the form's pickers. */
    @Transactional(readOnly = true)
    public List<PositionSummary> positions() {
        Long province = province();
        return province == null ? List.of() : org.allPositions(province);
    }

    /** The people an order of the current user may name (their province's, and those of none), for the form's pickers. */
    @Transactional(readOnly = true)
    public List<PersonSummary> people() {
        Long province = province();
        return province == null ? List.of() : org.allPeople().stream()
                .filter(p -> p.provinceId() == null || province.equals(p.provinceId())).toList();
    }

    private Long province() {
        return access.mine().stream().filter(access::inAProvince).map(access::provinceOf).findFirst().orElse(null);
    }

    /** Whether the current user may change this order now. */
    @Transactional(readOnly = true)
    public boolean mayEdit(OrderSummary order) {
        return order.status().editable() && access.mayDraft();
    }
}
