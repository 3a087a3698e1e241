package th.tidtam.org.domain;

import th.tidtam.org.UnitKind;
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

@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The province the unit belongs to; null only for installation-wide units (system administration). */
    @Column(name = "province_id")
    private Long provinceId;

    @Version
    private long version;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String nameTh, String nameEn, UnitKind kind, OrgUnit parent) {
        this.code = code;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.kind = kind;
        this.parent = parent;
        this.provinceId = parent == null ? null : parent.provinceId;
    }

    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameTh() { return nameTh; }
    public void setNameTh(String nameTh) { this.nameTh = nameTh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public UnitKind getKind() { return kind; }
    public void setKind(UnitKind kind) { this.kind = kind; }
    public OrgUnit getParent() { return parent; }
    public void setParent(OrgUnit parent) { this.parent = parent; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public long getVersion() { return version; }

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrgUnit other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return OrgUnit.class.hashCode();
    }
}
