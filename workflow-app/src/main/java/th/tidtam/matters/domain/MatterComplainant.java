package th.tidtam.matters.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** PDPA: a complainant's personal data, kept apart from the matter and read only through the route's check. */
@Entity
@Table(name = "matter_complainant")
public class MatterComplainant {

    @Id
    @Column(name = "matter_id")
    private Long matterId;

    @Column(name = "full_name", nullable = false, length = 255)
    private String fullName;

    @Column(name = "national_id", length = 13)
    private String nationalId;

    @Column(length = 1000)
    private String address;

    @Column(length = 64)
    private String phone;

    @Column(length = 255)
    private String email;

    @Version
    private long version;

    protected MatterComplainant() {
    }

    public MatterComplainant(Long matterId, String fullName, String nationalId, String address, String phone, String email) {
        this.matterId = matterId;
        this.fullName = fullName;
        this.nationalId = nationalId;
        this.address = address;
        this.phone = phone;
        this.email = email;
    }

    public Long getMatterId() { return matterId; }
    public String getFullName() { return fullName; }
    public String getNationalId() { return nationalId; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
}
