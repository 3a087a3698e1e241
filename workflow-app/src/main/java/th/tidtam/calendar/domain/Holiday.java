package th.tidtam.calendar.domain;

import th.tidtam.calendar.HolidayKind;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One day off for the civil service, as the administrator entered it. */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Unique with the province (V43): one national holiday a day, and one of each province's own. */
    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HolidayKind kind;

    /** Null: a national holiday, counted in every province; else the province whose own holiday it is. */
    @Column(name = "province_id")
    private Long provinceId;

    @Version
    private long version;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String nameTh, String nameEn, HolidayKind kind) {
        this.day = day;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getNameTh() { return nameTh; }
    public void setNameTh(String nameTh) { this.nameTh = nameTh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public HolidayKind getKind() { return kind; }
    public void setKind(HolidayKind kind) { this.kind = kind; }
    public long getVersion() { return version; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }

    public String name(boolean thai) {
        return thai ? nameTh : nameEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Holiday other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Holiday.class.hashCode();
    }
}
