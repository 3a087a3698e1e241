package th.tidtam.org.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Another name officials write for a unit (an abbreviation such as สสจ.ฉช., a short name such as ปภ.จังหวัด). The
 * alias is kept as typed; {@code matchKey} is its matching form, unique across the province.
 */
@Entity
@Table(name = "unit_alias")
public class UnitAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false, length = 100, updatable = false)
    private String alias;

    @Column(name = "match_key", nullable = false, length = 200, updatable = false)
    private String matchKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UnitAlias() {
    }

    public UnitAlias(Long unitId, String alias, String matchKey, Instant createdAt) {
        this.unitId = unitId;
        this.alias = alias;
        this.matchKey = matchKey;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getAlias() { return alias; }
    public String getMatchKey() { return matchKey; }
    public Instant getCreatedAt() { return createdAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitAlias other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return UnitAlias.class.hashCode();
    }
}
