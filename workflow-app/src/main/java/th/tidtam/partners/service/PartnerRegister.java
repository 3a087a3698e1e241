package th.tidtam.partners.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;
import th.tidtam.org.UnitKind;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.partners.PartnerKind;
import th.tidtam.partners.domain.Partner;
import th.tidtam.partners.domain.PartnerRepository;
import th.tidtam.security.Roles;

/**
 * Maintains the partners register: the administrator and the secretariat only. Every change checks its rules first
 * and throws a {@link RuleViolation} naming the problem, leaving the register as it was; the partner's row is locked
 * and its version compared, so two editors cannot overwrite each other. Partners are deactivated, never deleted.
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

    PartnerRegister(PartnerRepository partners, OrgDirectory org, Clock clock) {
        this.partners = partners;
        this.org = org;
        this.clock = clock;
    }

    public PartnerDetails create(PartnerForm form) {
        Partner p = new Partner(Instant.now(clock));
        apply(p, check(form));
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
            String nameKey = freeName(p.getNameTh(), id);
            p.setActive(true);
            p.setActiveNameKey(nameKey);
            p.setUpdatedAt(Instant.now(clock));
        }
        return PartnerRecords.details(store(p));
    }

    private Partner locked(long id, long version) {
        Partner p = partners.lockById(id).orElseThrow(() -> new RuleViolation("partners.error.not-found"));
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
        String nameKey = p.isActive() ? freeName(f.nameTh(), p.getId()) : null;
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

    private String freeName(String nameTh, Long id) {
        String key = truncate(PartnerText.fold(nameTh), MAX_NAME);
        partners.findByActiveNameKey(key).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
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
        String nameTh = FreeText.singleLine(MAX_NAME).require(form.nameTh(), problem -> violation(problem, "partners.field.name-th", MAX_NAME));
        String nameEn = optional(form.nameEn(), "partners.field.name-en", MAX_NAME);
        String contactName = optional(form.contactName(), "partners.field.contact-name", MAX_NAME);
        String contactTitle = optional(form.contactTitle(), "partners.field.contact-title", MAX_NAME);
        String email = optional(form.email(), "partners.field.email", PartnerText.MAX_EMAIL);
        String phone = optional(form.phone(), "partners.field.phone", 64);
        String address = FreeText.multiLine(MAX_ADDRESS).optional(form.address(),
                problem -> violation(problem, "partners.field.address", MAX_ADDRESS));
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
        return FreeText.singleLine(max).optional(value, problem -> violation(problem, fieldKey, max));
    }

    private static RuleViolation violation(FreeText.Problem problem, String fieldKey, int max) {
        return switch (problem) {
            case MISSING -> new RuleViolation("partners.error.required", fieldKey);
            case TOO_LONG -> new RuleViolation("partners.error.too-long", fieldKey, max);
            case CONTROL_CHARACTERS -> new RuleViolation("partners.error.control-characters", fieldKey);
            case BROKEN_UNICODE -> new RuleViolation("error.text-invalid-unicode", fieldKey);
        };
    }

    private static String truncate(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }
}
