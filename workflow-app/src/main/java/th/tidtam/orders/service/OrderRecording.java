package th.tidtam.orders.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.tidtam.casework.alert.AlertKind;
import th.tidtam.casework.alert.Alerts;
import th.tidtam.meeting.BodyKind;
import th.tidtam.meeting.BodySummary;
import th.tidtam.meeting.service.BodiesByOrder;
import th.tidtam.meeting.service.BodyForm;
import th.tidtam.meeting.service.MemberForm;
import th.tidtam.orders.OrderKind;
import th.tidtam.orders.OrderMember;
import th.tidtam.orders.domain.ProvincialOrder;
import th.tidtam.orders.domain.ProvincialOrderMemberRepository;
import th.tidtam.org.AssignmentKind;
import th.tidtam.org.service.Actor;
import th.tidtam.org.service.AssignmentForm;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.OrgAdministration;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;

/**
 * What a signed order changes, through the owning modules' services: org's acting or delegation assignment from the
 * effective date (every chain question is asked on a day, so the chain changes on that date by itself), the meeting
 * module's body with its members; taken back when the order is cancelled before its date; told to the positions
 * concerned.
 */
@Component
class OrderRecording {

    private final OrgAdministration orgAdmin;
    private final OrgDirectory org;
    private final OrderMatters matters;
    private final BodiesByOrder bodies;
    private final ProvincialOrderMemberRepository members;
    private final Alerts alerts;
    private final Clock clock;
    private final OrderCitations citations;

    OrderRecording(OrgAdministration orgAdmin, OrgDirectory org, OrderMatters matters, BodiesByOrder bodies,
            ProvincialOrderMemberRepository members, Alerts alerts, Clock clock, OrderCitations citations) {
        this.citations = citations;
        this.orgAdmin = orgAdmin;
        this.org = org;
        this.matters = matters;
        this.bodies = bodies;
        this.members = members;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** In the signing transaction: a refusal by org or meeting (an overlap found under their lock) undoes the signature. */
    void record(ProvincialOrder order, List<OrderMember> committee) {
        String citation = citations.citation(order);
        switch (order.getKind()) {
            case ACTING -> {
                Actor a = orgAdmin.assign(new AssignmentForm(order.getPositionId(), order.getPersonId(), AssignmentKind.ACTING,
                        order.getEffectiveFrom(), order.getEffectiveTo(), citation, order.getSignedOn(), null, order.getSubject()));
                order.recorded(a.assignmentId(), null);
            }
            case DELEGATION -> {
                List<String> codes = List.of(order.getMatters().split(","));
                String powers = matters.names(codes, true) + (order.getAnnexText() == null ? "" : "\n" + order.getAnnexText());
                Actor a = orgAdmin.assign(new AssignmentForm(order.getPositionId(), order.getPersonId(),
                        AssignmentKind.DELEGATION, order.getEffectiveFrom(), order.getEffectiveTo(), citation,
                        order.getSignedOn(), powers, order.getSubject()));
                orgAdmin.setDelegatedMatters(a.assignmentId(), codes);
                order.recorded(a.assignmentId(), null);
            }
            case COMMITTEE -> {
                boolean now = !order.getEffectiveFrom().isAfter(LocalDate.now(clock));
                BodySummary body = bodies.establish(new BodyForm(order.getBodyCode(), order.getBodyNameTh(), order.getBodyNameEn(),
                        BodyKind.COMMITTEE, order.getChairPositionId(), order.getSecretaryUnitId(), null, null, now),
                        committee.stream().map(m -> new MemberForm(m.positionId(), m.role(), m.reportsEveryMeeting())).toList());
                order.recorded(null, body.id());
            }
        }
    }

    /** The order came into force (COMMITTEE: its body becomes active). */
    void bringIntoForce(ProvincialOrder order) {
        if (order.getKind() == OrderKind.COMMITTEE && order.getBodyId() != null) {
            bodies.setActive(order.getBodyId(), true);
        }
    }

    /** The order was cancelled before its effective date: what signing recorded never takes effect. */
    void takeBack(ProvincialOrder order) {
        if (order.getKind() == OrderKind.COMMITTEE) {
            if (order.getBodyId() != null) {
                bodies.setActive(order.getBodyId(), false);
            }
        } else if (order.getAssignmentId() != null) {
            orgAdmin.deleteAssignment(order.getAssignmentId());
        }
    }

    /** Alerts the positions concerned: the position acted for or delegated and its superior, the person's own posts, the committee. */
    void tell(ProvincialOrder order, List<Long> extra, Instant at) {
        Set<Long> positions = new LinkedHashSet<>(extra);
        if (order.getPositionId() != null) {
            positions.add(order.getPositionId());
            org.position(order.getPositionId()).map(PositionSummary::reportsToId).ifPresent(positions::add);
        }
        if (order.getPersonId() != null) {
            org.currentPositions(order.getPersonId()).stream().map(CurrentPosition::positionId).forEach(positions::add);
        }
        if (order.getKind() == OrderKind.COMMITTEE) {
            if (order.getChairPositionId() != null) {
                positions.add(order.getChairPositionId());
            }
            members.findByOrderIdOrderByIdAsc(order.getId()).forEach(m -> positions.add(m.getPositionId()));
        }
        String detail = (order.getNumber() == null ? "" : citations.citation(order) + " ") + order.getSubject();
        String cut = detail.length() > 500 ? detail.substring(0, 500) : detail;
        positions.forEach(p -> alerts.raise(p, OrdersCase.of(order.getId()), null, AlertKind.PUBLISHED, cut, at));
    }
}
