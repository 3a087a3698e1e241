package th.tidtam.orders.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.casework.ActorStamp;
import th.tidtam.casework.timeline.Timeline;
import th.tidtam.orders.OrderStatus;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.orders.domain.ProvincialOrderRepository;

/**
 * The provincial order model's expressions ({@code ${provincialOrder...}}, bpmn/provincial-order.bpmn): on the
 * effective date, by the engine's clock, the order is in force — recorded on its timeline with its number and told
 * to the positions concerned.
 */
@Component("provincialOrder")
public class OrderProcess {

    private final ProvincialOrderRepository orders;
    private final OrderRecording recording;
    private final Timeline timeline;
    private final Clock clock;
    private final OrderCitations citations;

    OrderProcess(ProvincialOrderRepository orders, OrderRecording recording, Timeline timeline, Clock clock,
            OrderCitations citations) {
        this.citations = citations;
        this.orders = orders;
        this.recording = recording;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** A cancelled order (the message lost the race with the timer) stays cancelled. */
    @Transactional
    public void bringIntoForce(Long orderId) {
        ProvincialOrder order = orders.lockById(orderId).orElseThrow();
        if (order.getStatus() != OrderStatus.SIGNED) {
            return;
        }
        Instant now = clock.instant();
        recording.bringIntoForce(order);
        order.inForce(now);
        timeline.record(OrdersCase.of(orderId), null, OrderEvent.IN_FORCE, ActorStamp.system(),
                citations.citation(order), now);
        recording.tell(order, List.of(), now);
    }
}
