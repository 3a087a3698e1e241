package th.tidtam.org.domain;

import th.tidtam.org.SecrecyClass;
import th.tidtam.org.PositionRole;
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

/** A position (ตำแหน่ง) in a unit. Work is assigned to positions; whoever holds or acts in one does its work. */
@Entity
@Table(name = "org_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "title_th", nullable = false)
    private String titleTh;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reports_to_id")
    private Position reportsTo;

    @Column(name = "unit_head", nullable = false)
    private boolean unitHead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private PositionRole role = PositionRole.STAFF;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SecrecyClass clearance = SecrecyClass.NONE;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Position() {
    }

    public Position(String code, String titleTh, String titleEn, OrgUnit unit, Position reportsTo, boolean unitHead,
            PositionRole role) {
        this.code = code;
        this.titleTh = titleTh;
        this.titleEn = titleEn;
        this.unit = unit;
        this.reportsTo = reportsTo;
        this.unitHead = unitHead;
        this.role = role;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitleTh() { return titleTh; }
    public void setTitleTh(String titleTh) { this.titleTh = titleTh; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    public OrgUnit getUnit() { return unit; }
    public void setUnit(OrgUnit unit) { this.unit = unit; }
    public Position getReportsTo() { return reportsTo; }
    public void setReportsTo(Position reportsTo) { this.reportsTo = reportsTo; }
    public boolean isUnitHead() { return unitHead; }
    public void setUnitHead(boolean unitHead) { this.unitHead = unitHead; }
    public PositionRole getRole() { return role; }
    public void setRole(PositionRole role) { this.role = role; }
    public SecrecyClass getClearance() { return clearance; }
    public void setClearance(SecrecyClass clearance) { this.clearance = clearance; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public long getVersion() { return version; }

    public String title(boolean thai) {
        return thai ? titleTh : titleEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Position other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Position.class.hashCode();
    }
}
