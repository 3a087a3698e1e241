package th.tidtam.org.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person of the chain of command, and the application's user. Authority comes from positions, not from here. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", length = 100)
    private String passwordHash;

    @Column(name = "full_name_th", nullable = false)
    private String fullNameTh;

    @Column(name = "full_name_en", nullable = false)
    private String fullNameEn;

    private String email;

    @Column(name = "preferred_locale", nullable = false, length = 8)
    private String preferredLocale = "th";

    @Column(nullable = false)
    private boolean enabled = true;

    /** The province whose positions the person fills; null for installation-wide accounts. */
    @Column(name = "province_id")
    private Long provinceId;

    @Version
    private long version;

    protected Person() {
    }

    public Person(String username, String fullNameTh, String fullNameEn) {
        this.username = username;
        this.fullNameTh = fullNameTh;
        this.fullNameEn = fullNameEn;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getFullNameTh() { return fullNameTh; }
    public void setFullNameTh(String fullNameTh) { this.fullNameTh = fullNameTh; }
    public String getFullNameEn() { return fullNameEn; }
    public void setFullNameEn(String fullNameEn) { this.fullNameEn = fullNameEn; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPreferredLocale() { return preferredLocale; }
    public void setPreferredLocale(String preferredLocale) { this.preferredLocale = preferredLocale; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public long getVersion() { return version; }

    public String fullName(boolean thai) {
        return thai ? fullNameTh : fullNameEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Person.class.hashCode();
    }

    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
}
