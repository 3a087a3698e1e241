package th.tidtam.outgoing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A register book of an issuing unit: its owner code heads every number the book hands out. */
@Entity
@Table(name = "outgoing_book")
public class OutgoingBook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The province of the book's unit: its series and letters are that province's. */
    @Column(name = "province_id", nullable = false, updatable = false)
    private Long provinceId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "owner_code", nullable = false, length = 32)
    private String ownerCode;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected OutgoingBook() {
    }

    public OutgoingBook(long provinceId, Long unitId, String ownerCode, String nameTh, String nameEn, Instant createdAt) {
        this.provinceId = provinceId;
        this.unitId = unitId;
        this.ownerCode = ownerCode;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.createdAt = createdAt;
    }

    public void describe(String ownerCode, String nameTh, String nameEn, boolean active) {
        this.ownerCode = ownerCode;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.active = active;
    }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public Long getUnitId() { return unitId; }
    public String getOwnerCode() { return ownerCode; }
    public String getNameTh() { return nameTh; }
    public String getNameEn() { return nameEn; }
    public boolean isActive() { return active; }
}
