package th.tidtam.org.service;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import th.tidtam.org.domain.Province;

/**
 * The provinces this installation serves and which province a unit, position or person belongs to. Other modules ask
 * here instead of reading org's tables; the answers are a primary-key read each (a handful of provinces).
 */
@Service
public class Provinces {

    private final JdbcTemplate jdbc;

    Provinces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProvinceSummary> all() {
        return jdbc.query("select id, code, name_th, name_en, root_unit_id from province order by code",
                (rs, i) -> new ProvinceSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class)));
    }

    public Optional<ProvinceSummary> byId(Long id) {
        return id == null ? Optional.empty() : all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<ProvinceSummary> byCode(String code) {
        return code == null ? Optional.empty() : all().stream().filter(p -> p.code().equalsIgnoreCase(code)).findFirst();
    }

    /** The province of a unit; empty for an installation-wide unit or an unknown id. */
    public Optional<Long> ofUnit(Long unitId) {
        return unitId == null ? Optional.empty() : jdbc.query("select province_id from org_unit where id = ?",
                rs -> rs.next() ? Optional.ofNullable(rs.getObject(1, Long.class)) : Optional.<Long>empty(), unitId);
    }

    /** The province of a position (its unit's). */
    public Optional<Long> ofPosition(Long positionId) {
        return positionId == null ? Optional.empty() : jdbc.query("""
                select u.province_id from org_position p join org_unit u on u.id = p.unit_id where p.id = ?
                """, rs -> rs.next() ? Optional.ofNullable(rs.getObject(1, Long.class)) : Optional.<Long>empty(), positionId);
    }

    /** The province of a person; empty for an installation-wide account. */
    public Optional<Long> ofPerson(Long personId) {
        return personId == null ? Optional.empty() : jdbc.query("select province_id from person where id = ?",
                rs -> rs.next() ? Optional.ofNullable(rs.getObject(1, Long.class)) : Optional.<Long>empty(), personId);
    }

    /** The only province when the installation serves exactly one (a single-province installation's default). */
    public Optional<ProvinceSummary> onlyOne() {
        List<ProvinceSummary> all = all();
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /**
     * The provinces the positions lie in, for a case module's checks and lists. A position of no province (an
     * installation-wide account, a unit not placed under a province) counts as the only province's while the
     * installation serves just one, as the database's triggers place its rows; with several it counts for none.
     */
    public ProvinceScope scopeOf(java.util.Collection<CurrentPosition> positions) {
        ProvinceScope scope = ProvinceScope.of(positions);
        if (positions.stream().noneMatch(p -> p.provinceId() == null)) {
            return scope;
        }
        return onlyOne().map(only -> {
            java.util.Set<Long> ids = new java.util.HashSet<>(scope.provinceIds());
            ids.add(only.id());
            return new ProvinceScope(ids);
        }).orElse(scope);
    }

    /** The province of a record created in this position's name, by {@link #scopeOf}'s rule for a position of none. */
    public long provinceOfNewRecord(CurrentPosition position) {
        return position.provinceId() != null ? position.provinceId()
                : onlyOne().map(ProvinceSummary::id).orElseGet(() -> ProvinceScope.provinceOf(position));
    }

    /** Whether a record can be created in this position's name (it lies in a province, by {@link #provinceOfNewRecord}). */
    public boolean inAProvince(CurrentPosition position) {
        return position.provinceId() != null || onlyOne().isPresent();
    }

    static ProvinceSummary summary(Province p) {
        return new ProvinceSummary(p.getId(), p.getCode(), p.getNameTh(), p.getNameEn(), p.getRootUnitId());
    }
}
