package th.tidtam.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tidtam.meeting.BodyKind;

/** A body that meets: the monthly meeting of heads of agencies, or a committee the governor chairs. */
@Entity
@Table(name = "meeting_body")
public class MeetingBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** the province the body meets in (its chair's); set once on create. Codes and numbers are per province. */
    @Column(name = "province_id", updatable = false)
    private Long provinceId;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "name_th", nullable = false)
    private String nameTh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BodyKind kind;

    @Column(name = "chair_position_id", nullable = false)
    private Long chairPositionId;

    @Column(name = "secretary_unit_id")
    private Long secretaryUnitId;

    @Column(name = "default_room")
    private String defaultRoom;

    @Column(name = "cut_off_working_days", nullable = false)
    private int cutOffWorkingDays;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected MeetingBody() {
    }

    public MeetingBody(String code, String nameTh, String nameEn, BodyKind kind, Long chairPositionId) {
        this.code = code;
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.kind = kind;
        this.chairPositionId = chairPositionId;
    }

    public void describe(String nameTh, String nameEn, Long chairPositionId, Long secretaryUnitId, String defaultRoom,
            int cutOffWorkingDays, boolean active) {
        this.nameTh = nameTh;
        this.nameEn = nameEn;
        this.chairPositionId = chairPositionId;
        this.secretaryUnitId = secretaryUnitId;
        this.defaultRoom = defaultRoom;
        this.cutOffWorkingDays = cutOffWorkingDays;
        this.active = active;
    }

    public Long getId() { return id; }
    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public String getCode() { return code; }
    public String getNameTh() { return nameTh; }
    public String getNameEn() { return nameEn; }
    public BodyKind getKind() { return kind; }
    public Long getChairPositionId() { return chairPositionId; }
    public Long getSecretaryUnitId() { return secretaryUnitId; }
    public String getDefaultRoom() { return defaultRoom; }
    public int getCutOffWorkingDays() { return cutOffWorkingDays; }
    public boolean isActive() { return active; }
}
