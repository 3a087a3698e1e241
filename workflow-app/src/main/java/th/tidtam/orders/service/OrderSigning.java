package th.tidtam.orders.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.numbering.NumberSeries;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.orders.OrderForm;
import th.tidtam.orders.OrderStatus;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.orders.domain.ProvincialOrderRepository;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.process.Workflows;

/**
 * An order's life after drafting: presented up with a memo, signed (numbered {@code N/BE-year} in the signing
 * transaction, its effect recorded from its effective date, its process started to wait for that date), disapproved,
 * or cancelled before its effective date. Each step locks the order's row and checks its state, so a double click or
 * two deciders at once get one result and a clear refusal.
 */
@Service
public class OrderSigning {

    private final ProvincialOrderRepository orders;
    private final OrderChecks checks;
    private final OrderRecording recording;
    private final OrderAccess access;
    private final OrderViews views;
    private final NumberSeries numbers;
    private final Timeline timeline;
    private final Workflows workflows;
    private final Clock clock;

    OrderSigning(ProvincialOrderRepository orders, OrderChecks checks, OrderRecording recording, OrderAccess access,
            OrderViews views, NumberSeries numbers, Timeline timeline, Workflows workflows, Clock clock) {
        this.orders = orders;
        this.checks = checks;
        this.recording = recording;
        this.access = access;
        this.views = views;
        this.numbers = numbers;
        this.timeline = timeline;
        this.workflows = workflows;
        this.clock = clock;
    }

    /** A memo about the order went up: it waits for the signature (still editable by its drafters). */
    @Transactional
    public void presented(long orderId, long memoId) {
        ProvincialOrder order = orders.lockById(orderId).orElseThrow(OrderAccess::notFound);
        if (!order.getStatus().editable()) {
            throw new RuleViolation("orders.error.not-draft", OrderText.label(order));
        }
        order.setStatus(OrderStatus.PRESENTED);
        timeline.record(OrdersCase.of(orderId), null, OrderEvent.PRESENTED, ActorStamp.system(), "memo " + memoId, clock.instant());
    }

    /**
     * Signs the order in the caller's transaction (the memo's deciding one): checks it again as it stands today, takes
     * the next number of the year, records its effect from the effective date and starts the process that brings it
     * into force on that date. Refused when it is not a draft waiting for a signature (signed twice, cancelled, ...).
     */
    @Transactional
    public OrderSummary sign(long orderId, ActorStamp signer) {
        if (signer == null || signer.personId() == null || signer.positionId() == null) {
            throw new RuleViolation("orders.error.signer-required");
        }
        ProvincialOrder order = orders.lockById(orderId).orElseThrow(OrderAccess::notFound);
        if (!order.getStatus().editable()) {
            throw new RuleViolation("orders.error.not-draft", OrderText.label(order));
        }
        OrderSummary before = views.of(order);
        // the chain may have changed since drafting: the same rules again (and org's own under the position's lock)
        checks.apply(new OrderForm(order.getKind(), order.getSubject(), order.getReasons(), order.getOrderedText(),
                order.getEffectiveFrom(), order.getEffectiveTo(), order.getPositionId(), order.getPersonId(),
                before.matters(), order.getAnnexText(), order.getBodyCode(), order.getBodyNameTh(), order.getBodyNameEn(),
                order.getChairPositionId(), order.getSecretaryUnitId(), before.members()), order);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        NumberSeries.Number number = numbers.next(order.getProvinceId(), OrdersCase.NUMBERS);
        order.sign(number.value(), number.period(), today, signer, now);
        recording.record(order, before.members());
        timeline.record(OrdersCase.of(orderId), null, OrderEvent.SIGNED, signer, order.getNumber(), now);
        Map<String, Object> variables = new HashMap<>();
        variables.put("orderId", order.getId());
        variables.put("orderNumber", order.getNumber());
        variables.put("effectiveAt", OrdersCase.startOf(order.getEffectiveFrom()));
        order.setProcessInstanceId(workflows.start(OrdersCase.PROCESS_KEY, OrdersCase.businessKey(orderId), order.getProvinceId(), variables));
        return views.of(order);
    }

    /** The memo decided against it: the order stays unnumbered and can no longer be signed. */
    @Transactional
    public void disapprove(long orderId, ActorStamp by, String note) {
        ProvincialOrder order = orders.lockById(orderId).orElseThrow(OrderAccess::notFound);
        if (!order.getStatus().editable()) {
            throw new RuleViolation("orders.error.not-draft", OrderText.label(order));
        }
        order.setStatus(OrderStatus.DISAPPROVED);
        timeline.record(OrdersCase.of(orderId), null, OrderEvent.DISAPPROVED, by, note, clock.instant());
    }

    /**
     * Cancels a signed order before its effective date: what signing recorded is taken back (the assignment removed,
     * the body left inactive) and its process ends. In force already: refused (a new order revokes it).
     */
    @Transactional
    public OrderSummary cancel(long orderId, String reason) {
        CurrentPosition drafter = access.requireDrafter();
        ProvincialOrder order = orders.lockById(orderId).filter(o -> access.sees(List.of(drafter), o))
                .orElseThrow(OrderAccess::notFound);
        String why = OrderText.lines(reason, "orders.field.cancel-reason", OrderText.MAX_REASON, true);
        if (order.getStatus() != OrderStatus.SIGNED || !LocalDate.now(clock).isBefore(order.getEffectiveFrom())) {
            throw new RuleViolation("orders.error.cannot-cancel", OrderText.label(order));
        }
        Instant now = clock.instant();
        recording.takeBack(order);
        order.cancel(why, now);
        timeline.record(OrdersCase.of(orderId), null, OrderEvent.CANCELLED, access.stamp(drafter), why, now);
        recording.tell(order, List.of(), now);
        workflows.message(OrdersCase.MESSAGE_CANCELLED, OrdersCase.PROCESS_KEY, OrdersCase.businessKey(orderId));
        return views.of(order);
    }
}
