package th.tidtam.org.service;

import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.text.FreeText;
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.OrgUnitRepository;
import th.tidtam.org.domain.UnitAlias;
import th.tidtam.org.domain.UnitAliasRepository;

/**
 * The administrator's aliases and abbreviations of units. Like {@link OrgAdministration}, it is called only from the
 * administrator's screen and endpoints (both admin-only) and from the demo data; every change is an entity write, so
 * the audit trail records it. A refused alias throws a {@link RuleViolation} naming why and stores nothing.
 */
@Service
@Transactional
public class OrgAliases {

    public static final int MAX_ALIAS = 100;
    /** Far more than any unit is ever called; stops a script from filling the table. */
    public static final int MAX_PER_UNIT = 30;

    private final OrgUnitRepository units;
    private final UnitAliasRepository aliases;
    private final Clock clock;
    private final OrgCaller caller;

    OrgAliases(OrgUnitRepository units, UnitAliasRepository aliases, Clock clock, OrgCaller caller) {
        this.caller = caller;
        this.units = units;
        this.aliases = aliases;
        this.clock = clock;
    }

    /**
     * Adds an alias to the unit. Refused: blank, longer than {@value #MAX_ALIAS} characters, control characters or
     * broken Unicode, nothing but dots and spaces, the unit's own alias again, another unit's alias or another unit's
     * name (by {@link UnitNameKey}), more than {@value #MAX_PER_UNIT} aliases.
     */
    public UnitAliasSummary add(Long unitId, String alias) {
        String clean = validated(unitId, alias);
        String key = UnitNameKey.of(clean);
        try {
            UnitAlias saved = aliases.saveAndFlush(new UnitAlias(unitId, clean, key, clock.instant()));
            return new UnitAliasSummary(saved.getId(), unitId, clean);
        } catch (DataIntegrityViolationException e) {
            // the unique key saw a second click (or another administrator) add the same key a moment before this one
            throw new RuleViolation("org.alias.error.added-meanwhile", clean);
        }
    }

    /**
     * Why {@link #add} would refuse the alias, or empty when it would take it: for loaders that skip a bad line with a
     * warning instead of failing (a refusal thrown through this service would mark the caller's transaction for
     * rollback).
     */
    public Optional<RuleViolation> refusal(Long unitId, String alias) {
        try {
            validated(unitId, alias);
            return Optional.empty();
        } catch (RuleViolation violation) {
            return Optional.of(violation);
        }
    }

    /** The alias cleaned by the free-text rule, after every check; throws the first rule it breaks. */
    private String validated(Long unitId, String alias) {
        OrgReach reach = caller.reach();
        OrgUnit unit = unitId == null ? null : units.findById(unitId).filter(u -> reach.includes(u.getProvinceId())).orElse(null);
        if (unit == null) {
            throw new RuleViolation("org.error.unit-not-found");
        }
        String clean = FreeText.singleLine(MAX_ALIAS).require(alias, OrgAliases::freeTextRefusal);
        String key = UnitNameKey.of(clean);
        if (key.isEmpty()) {
            throw new RuleViolation("org.alias.error.no-letters");
        }
        aliases.findByMatchKey(key).ifPresent(existing -> {
            if (existing.getUnitId().equals(unitId)) {
                throw new RuleViolation("org.alias.error.already", existing.getAlias());
            }
            // the foreign key keeps the owner of every alias in the table
            OrgUnit owner = units.findById(existing.getUnitId()).orElseThrow();
            if (!reach.includes(owner.getProvinceId())) {
                // the key is one for the installation (V18), but another province's unit is not named to this caller
                throw new RuleViolation("org.alias.error.taken-elsewhere", clean);
            }
            throw new RuleViolation("org.alias.error.taken", clean, owner.getNameTh());
        });
        for (OrgUnit other : units.findAll()) {
            // names are compared within the unit's province (and with installation-wide units): each province's
            // pickers find its own units only
            if (!other.getId().equals(unitId) && !OrgAdministration.otherProvinces(other.getProvinceId(), unit.getProvinceId())
                    && (key.equals(UnitNameKey.of(other.getNameTh())) || key.equals(UnitNameKey.of(other.getNameEn())))) {
                throw new RuleViolation("org.alias.error.other-unit-name", clean, other.getNameTh());
            }
        }
        if (aliases.countByUnitId(unitId) >= MAX_PER_UNIT) {
            throw new RuleViolation("org.alias.error.too-many", MAX_PER_UNIT);
        }
        return clean;
    }

    /** Removes one of the unit's aliases. */
    public void remove(Long unitId, Long aliasId) {
        UnitAlias alias = aliasId == null ? null : aliases.findById(aliasId).orElse(null);
        OrgReach reach = caller.reach();
        if (alias == null || !alias.getUnitId().equals(unitId)
                || !units.findById(unitId).map(u -> reach.includes(u.getProvinceId())).orElse(false)) {
            throw new RuleViolation("org.alias.error.not-found");
        }
        aliases.delete(alias);
    }

    private static RuleViolation freeTextRefusal(FreeText.Problem problem) {
        return switch (problem) {
            case MISSING -> new RuleViolation("org.alias.error.required");
            case TOO_LONG -> new RuleViolation("org.alias.error.too-long", MAX_ALIAS);
            case CONTROL_CHARACTERS -> new RuleViolation("org.alias.error.control-characters");
            case BROKEN_UNICODE -> new RuleViolation("org.alias.error.broken-unicode");
        };
    }
}
