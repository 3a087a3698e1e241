package th.tidtam.org.domain;

import th.tidtam.org.AssignmentKind;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Who fills a position, in which capacity, for which dates, and on which legal basis (order number and date). */
@Entity
@Table(name = "position_assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "position_id", nullable = false)
    private Position position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssignmentKind kind;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "order_number", length = 64)
    private String orderNumber;

    @Column(name = "order_date")
    private LocalDate orderDate;

    @Column(name = "delegated_powers", length = 2000)
    private String delegatedPowers;

    @Column(length = 1000)
    private String note;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(Position position, Person person, AssignmentKind kind, LocalDate validFrom, LocalDate validTo,
            String orderNumber, LocalDate orderDate) {
        this.position = position;
        this.person = person;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
    }

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public Long getId() { return id; }
    public Position getPosition() { return position; }
    public Person getPerson() { return person; }
    public AssignmentKind getKind() { return kind; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public LocalDate getOrderDate() { return orderDate; }
    public void setOrderDate(LocalDate orderDate) { this.orderDate = orderDate; }
    public String getDelegatedPowers() { return delegatedPowers; }
    public void setDelegatedPowers(String delegatedPowers) { this.delegatedPowers = delegatedPowers; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public long getVersion() { return version; }
}
