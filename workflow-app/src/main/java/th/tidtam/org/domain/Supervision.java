package th.tidtam.org.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A vice governor's supervision of an agency or district (annex ก of the provincial order). */
@Entity
@Table(name = "unit_supervision")
public class Supervision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supervisor_position_id", nullable = false)
    private Position supervisor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, unique = true)
    private OrgUnit unit;

    @Column(name = "order_number", length = 64)
    private String orderNumber;

    @Column(name = "order_date")
    private LocalDate orderDate;

    @Version
    private long version;

    protected Supervision() {
    }

    public Supervision(Position supervisor, OrgUnit unit, String orderNumber, LocalDate orderDate) {
        this.supervisor = supervisor;
        this.unit = unit;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
    }

    public Long getId() { return id; }
    public Position getSupervisor() { return supervisor; }
    public OrgUnit getUnit() { return unit; }
    public String getOrderNumber() { return orderNumber; }
    public LocalDate getOrderDate() { return orderDate; }
}
