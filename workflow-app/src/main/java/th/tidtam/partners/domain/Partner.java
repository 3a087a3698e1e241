package th.tidtam.partners.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tidtam.partners.LocalGovernmentKind;
import th.tidtam.partners.PartnerKind;

/** An organisation of the partners register. The service keeps the name key and the search text in step. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** the province whose register holds the partner (its creator's); set once on create */
    @Column(name = "province_id", updatable = false)
    private Long provinceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PartnerKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "local_kind", length = 32)
    private LocalGovernmentKind localKind;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "active_name_key")
    private String activeNameKey;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_title")
    private String contactTitle;

    @Column(length = 254)
    private String email;

    @Column(length = 64)
    private String phone;

    @Column(length = 1000)
    private String address;

    @Column(name = "district_unit_id")
    private Long districtUnitId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "search_text", nullable = false, length = 2000)
    private String searchText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Partner() {
    }

    public Partner(Instant createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public PartnerKind getKind() { return kind; }
    public void setKind(PartnerKind kind) { this.kind = kind; }
    public LocalGovernmentKind getLocalKind() { return localKind; }
    public void setLocalKind(LocalGovernmentKind localKind) { this.localKind = localKind; }
    public String getNameTh() { return nameTh; }
    public void setNameTh(String nameTh) { this.nameTh = nameTh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getActiveNameKey() { return activeNameKey; }
    public void setActiveNameKey(String activeNameKey) { this.activeNameKey = activeNameKey; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactTitle() { return contactTitle; }
    public void setContactTitle(String contactTitle) { this.contactTitle = contactTitle; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Long getDistrictUnitId() { return districtUnitId; }
    public void setDistrictUnitId(Long districtUnitId) { this.districtUnitId = districtUnitId; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getSearchText() { return searchText; }
    public void setSearchText(String searchText) { this.searchText = searchText; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partner other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Partner.class.hashCode();
    }
}
