package th.tidtam.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A province served by this installation: the tenant every unit, person and case of it belongs to. */
@Entity
@Table(name = "province")
public class Province {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "root_unit_id")
    private Long rootUnitId;

    protected Province() {
    }

    public Province(String code, String nameTh, String nameEn) {
        this.code = code;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getNameTh() { return nameTh; }
    public void setNameTh(String nameTh) { this.nameTh = nameTh; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Long getRootUnitId() { return rootUnitId; }
    public void setRootUnitId(Long rootUnitId) { this.rootUnitId = rootUnitId; }
}
