package th.tidtam.org.service;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.ProvincesChanged;
import th.tidtam.org.UnitKind;
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.OrgUnitRepository;
import th.tidtam.org.domain.Province;
import th.tidtam.org.domain.ProvinceRepository;

/**
 * Adds the provinces an installation serves, each with its root unit: the installation's administrator's work alone
 * (and work without a user, such as demo data), never a province's administrator's. Kept apart from
 * {@link OrgAdministration}, which maintains the chain of command inside the provinces; like it, every method checks
 * its rules before it writes, throws a {@link RuleViolation} that names the problem and tells {@link OrgReadCache}
 * first that org changes in this transaction.
 */
@Service
@Transactional
public class ProvinceAdministration {

    private final OrgCaller caller;
    private final ProvinceRepository provinces;
    private final OrgUnitRepository units;
    private final OrgFormRules rules;
    private final ApplicationEventPublisher events;
    private final OrgReadCache readCache;

    ProvinceAdministration(OrgCaller caller, ProvinceRepository provinces, OrgUnitRepository units, OrgFormRules rules,
            ApplicationEventPublisher events, OrgReadCache readCache) {
        this.caller = caller;
        this.provinces = provinces;
        this.units = units;
        this.rules = rules;
        this.events = events;
        this.readCache = readCache;
    }

    /**
     * A new province served by this installation, with its root unit (kind PROVINCE, no parent). {@code isoCode} is
     * ISO 3166-2 (TH-24) and becomes the tenant id of the province's processes; the unit's code must be free.
     */
    public ProvinceSummary createProvince(String isoCode, UnitForm rootUnit) {
        readCache.writing();
        if (!caller.reach().everything()) {
            throw new RuleViolation("org.error.province-installation-only");
        }
        String code = isoCode == null ? "" : isoCode.strip();
        if (!code.matches("[A-Za-z0-9-]{2,16}")) {
            throw new RuleViolation("org.error.province-code");
        }
        UnitForm form = new UnitForm(rootUnit.code(), rootUnit.nameTh(), rootUnit.nameEn(), UnitKind.PROVINCE, null);
        UnitForm clean = rules.unit(form, null);
        OrgUnit unit = saveRoot(new OrgUnit(form.code().trim(), clean.nameTh(), clean.nameEn(), UnitKind.PROVINCE, null),
                code);
        return Provinces.summary(provinces.findById(unit.getProvinceId()).orElseThrow());
    }

    /**
     * Saves a checked province root unit with the province it makes, under {@code code} (refused when taken). Also
     * {@link OrgAdministration#createUnit}'s way, which makes a province of a parentless PROVINCE unit under the unit's
     * code until an ISO code is given.
     */
    OrgUnit saveRoot(OrgUnit unit, String code) {
        if (provinces.findByCode(code).isPresent()) {
            throw new RuleViolation("org.error.province-code-taken", code);
        }
        Province province = provinces.saveAndFlush(new Province(code, unit.getNameTh(), unit.getNameEn()));
        unit.setProvinceId(province.getId());
        OrgUnit saved = units.saveAndFlush(unit);
        province.setRootUnitId(saved.getId());
        events.publishEvent(new ProvincesChanged(province.getId()));
        return saved;
    }
}
