package th.tidtam.orders.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tidtam.meeting.MemberRole;

/** A position a committee order appoints to the body. */
@Entity
@Table(name = "provincial_order_member")
public class ProvincialOrderMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private Long orderId;

    @Column(name = "position_id", nullable = false)
    private Long positionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 24)
    private MemberRole role;

    @Column(name = "reports_every_meeting", nullable = false)
    private boolean reportsEveryMeeting;

    protected ProvincialOrderMember() {
    }

    public ProvincialOrderMember(Long orderId, Long positionId, MemberRole role, boolean reportsEveryMeeting) {
        this.orderId = orderId;
        this.positionId = positionId;
        this.role = role;
        this.reportsEveryMeeting = reportsEveryMeeting;
    }

    public Long getId() { return id; }
    public Long getOrderId() { return orderId; }
    public Long getPositionId() { return positionId; }
    public MemberRole getRole() { return role; }
    public boolean isReportsEveryMeeting() { return reportsEveryMeeting; }
}
