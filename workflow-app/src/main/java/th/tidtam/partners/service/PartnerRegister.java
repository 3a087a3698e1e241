package th.tidtam.partners.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FieldText;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.ProvinceSummary;
import th.tidtam.org.service.Provinces;
import th.tidtam.partners.PartnerKind;
import th.tidtam.partners.domain.Partner;
import th.tidtam.partners.domain.PartnerRepository;
import th.tidtam.security.Roles;

/**
 * Maintains the partners register: the administrator and the secretariat only. Every change checks its rules first
 * and throws a {@link RuleViolation} naming the problem, leaving the register as it was; the partner's row is locked
 * and its version compared, so two editors cannot overwrite each other. Partners are deactivated, never deleted.
 * A partner belongs to its creator's province (the installation's administrator, in no province, creates one in the
 * district's province or the only one); a partner of another province is not found.
 */
@Service
@Transactional
@RolesAllowed({ Roles.ADMIN, Roles.SECRETARIAT })
public class PartnerRegister {

    public static final int MAX_NAME = 255;
    public static final int MAX_ADDRESS = 1000;

    private final PartnerRepository partners;
    private final OrgDirectory org;
    private final Clock clock;
    private final PartnerScope scope;
    private final Provinces provinces;

    PartnerRegister(PartnerRepository partners, OrgDirectory org, Clock clock, PartnerScope scope, Provinces provinces) {
        this.partners = partners;
        this.org = org;
        this.clock = clock;
        this.scope = scope;
        this.provinces = provinces;
    }

    public PartnerDetails create(PartnerForm form) {
        Partner p = new Partner(Instant.now(clock));
        PartnerForm checked = check(form);
        p.setProvinceId(scope.creatorsProvince()
                .or(() -> provinces.ofUnit(checked.districtUnitId()))
                .or(() -> provinces.onlyOne().map(ProvinceSummary::id))
                .orElseThrow(() -> new RuleViolation("partners.error.province-required")));
        apply(p, checked);
        return PartnerRecords.details(store(p));
    }

    /** @param version the version the editor saw: a change made since then is not overwritten */
    public PartnerDetails update(long id, long version, PartnerForm form) {
        Partner p = locked(id, version);
        apply(p, check(form));
        p.setUpdatedAt(Instant.now(clock));
        return PartnerRecords.details(store(p));
    }

    /** Takes the partner off the lists new requests choose from; requests that name it keep it. */
    public PartnerDetails deactivate(long id, long version) {
        Partner p = locked(id, version);
        if (p.isActive()) {
            p.setActive(false);
            p.setActiveNameKey(null);
            p.setUpdatedAt(Instant.now(clock));
        }
        return PartnerRecords.details(store(p));
    }

    /** Refused when an active partner has taken its name meanwhile. */
    public PartnerDetails activate(long id, long version) {
        Partner p = locked(id, version);
        if (!p.isActive()) {
            String nameKey = freeName(p.getProvinceId(), p.getNameTh(), id);
            p.setActive(true);
            p.setActiveNameKey(nameKey);
            p.setUpdatedAt(Instant.now(clock));
        }
        return PartnerRecords.details(store(p));
    }

    private Partner locked(long id, long version) {
        Partner p = partners.lockById(id).filter(found -> scope.includes(found.getProvinceId()))
                .orElseThrow(() -> new RuleViolation("partners.error.not-found"));
        if (p.getVersion() != version) {
            throw new OptimisticLockingFailureException("partner " + id + " changed since version " + version);
        }
        return p;
    }

    /** Flushed here, so that a name taken by a concurrent creation is refused with the rule's message, not a 500. */
    private Partner store(Partner p) {
        try {
            return partners.saveAndFlush(p);
        } catch (DataIntegrityViolationException taken) {
            throw new RuleViolation("partners.error.name-taken", p.getNameTh());
        }
    }

    /** Every query first (a query flushes what was set before it), then the fields: one version step per change. */
    private void apply(Partner p, PartnerForm f) {
        // a district of another province does not exist for this register (one in no province belongs to none)
        if (f.districtUnitId() != null && !provinces.ofUnit(f.districtUnitId()).map(p.getProvinceId()::equals).orElse(true)) {
            throw new RuleViolation("partners.error.district-unknown");
        }
        String nameKey = p.isActive() ? freeName(p.getProvinceId(), f.nameTh(), p.getId()) : null;
        p.setKind(f.kind());
        p.setLocalKind(f.localKind());
        p.setNameTh(f.nameTh());
        p.setNameEn(f.nameEn());
        p.setContactName(f.contactName());
        p.setContactTitle(f.contactTitle());
        p.setEmail(f.email());
        p.setPhone(f.phone());
        p.setAddress(f.address());
        p.setDistrictUnitId(f.districtUnitId());
        p.setActiveNameKey(nameKey);
        p.setSearchText(truncate(String.join(" ", PartnerText.fold(f.nameTh()), PartnerText.fold(f.nameEn()),
                PartnerText.fold(f.contactName()), PartnerText.fold(f.email()), PartnerText.fold(f.phone())), 2000));
    }

    private String freeName(Long provinceId, String nameTh, Long id) {
        String key = truncate(PartnerText.fold(nameTh), MAX_NAME);
        partners.findByProvinceIdAndActiveNameKey(provinceId, key).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new RuleViolation("partners.error.name-taken", other.getNameTh());
        });
        return key;
    }

    /** The form cleaned: texts by the free-text rule, e-mail and phone in their one shape. */
    private PartnerForm check(PartnerForm form) {
        if (form == null || form.kind() == null) {
            throw new RuleViolation("partners.error.kind-required");
        }
        if (form.kind() == PartnerKind.LOCAL_GOVERNMENT && form.localKind() == null) {
            throw new RuleViolation("partners.error.local-kind-required");
        }
        if (form.kind() != PartnerKind.LOCAL_GOVERNMENT && form.localKind() != null) {
            throw new RuleViolation("partners.error.local-kind-only-local");
        }
        String nameTh = FieldText.line(form.nameTh(), "partners.field.name-th", MAX_NAME, true);
        String nameEn = optional(form.nameEn(), "partners.field.name-en", MAX_NAME);
        String contactName = optional(form.contactName(), "partners.field.contact-name", MAX_NAME);
        String contactTitle = optional(form.contactTitle(), "partners.field.contact-title", MAX_NAME);
        String email = optional(form.email(), "partners.field.email", PartnerText.MAX_EMAIL);
        String phone = optional(form.phone(), "partners.field.phone", 64);
        String address = FieldText.lines(form.address(), "partners.field.address", MAX_ADDRESS, false);
        if (email == null && phone == null) {
            throw new RuleViolation("partners.error.contact-required");
        }
        if (form.districtUnitId() != null && org.unit(form.districtUnitId()).filter(u -> u.kind() == UnitKind.DISTRICT).isEmpty()) {
            throw new RuleViolation("partners.error.district-unknown");
        }
        return new PartnerForm(form.kind(), form.localKind(), nameTh, nameEn, contactName, contactTitle,
                email == null ? null : PartnerText.email(email), phone == null ? null : PartnerText.phone(phone),
                address, form.districtUnitId());
    }

    private static String optional(String value, String fieldKey, int max) {
        return FieldText.line(value, fieldKey, max, false);
    }

    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
