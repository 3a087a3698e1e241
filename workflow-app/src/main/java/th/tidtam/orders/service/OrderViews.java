package th.tidtam.orders.service;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import th.tidtam.orders.OrderMember;
import th.tidtam.orders.OrderSummary;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.orders.domain.ProvincialOrderMember;
import th.tidtam.orders.domain.ProvincialOrderMemberRepository;

/** Orders as records for the screens and the API. */
@Component
class OrderViews {

    private final ProvincialOrderMemberRepository members;

    OrderViews(ProvincialOrderMemberRepository members) {
        this.members = members;
    }

    OrderSummary of(ProvincialOrder o) {
        return of(o, members.findByOrderIdOrderByIdAsc(o.getId()).stream().map(OrderViews::member).toList());
    }

    static OrderSummary of(ProvincialOrder o, List<OrderMember> members) {
        List<String> matters = o.getMatters() == null || o.getMatters().isBlank() ? List.of()
                : Arrays.asList(o.getMatters().split(","));
        return new OrderSummary(o.getId(), o.getKind(), o.getStatus(), o.getNumber(), o.getSubject(), o.getReasons(),
                o.getOrderedText(), o.getEffectiveFrom(), o.getEffectiveTo(), o.getPositionId(), o.getPersonId(), matters,
                o.getAnnexText(), o.getBodyCode(), o.getBodyNameTh(), o.getBodyNameEn(), o.getChairPositionId(),
                o.getSecretaryUnitId(), members, o.getAssignmentId(), o.getBodyId(), o.getSignedOn(), o.getSignedBy(),
                o.getDraftedBy(), o.getDraftedAt(), o.getInForceAt(), o.getCancelReason());
    }

    static OrderMember member(ProvincialOrderMember m) {
        return new OrderMember(m.getPositionId(), m.getRole(), m.isReportsEveryMeeting());
    }
}
