package th.tidtam.org.service;

import static th.tidtam.org.service.OrgFieldRules.optionalText;
import static th.tidtam.org.service.OrgFieldRules.requirePassword;
import static th.tidtam.org.service.OrgFieldRules.requireText;
import static th.tidtam.org.service.OrgFieldRules.requireUsername;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.RuleViolation;
import th.tidtam.org.domain.Assignment;
import th.tidtam.org.domain.AssignmentRepository;
import th.tidtam.org.SecrecyClass;
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.OrgUnitRepository;
import th.tidtam.org.domain.Person;
import th.tidtam.org.domain.PersonRepository;
import th.tidtam.org.domain.Position;
import th.tidtam.org.domain.PositionRepository;
import th.tidtam.org.PositionFilled;
import th.tidtam.org.PositionRole;
import th.tidtam.org.UnitKind;
import th.tidtam.org.domain.Supervision;
import th.tidtam.org.domain.SupervisionRepository;
import th.tidtam.org.domain.UnitAliasRepository;

/**
 * Maintains the chain of command. Every method checks its rules before it writes and throws a
 * {@link RuleViolation} that names the problem; a refused change leaves the data as it was. Answers are records of this
 * package, never org's entities. Each method first tells {@link OrgReadCache} that org changes in this transaction, so
 * that nothing read before (or during) the change is answered from memory afterwards; the database itself raises org's
 * version with the change (V38's triggers), so every node drops what it kept once the change commits.
 * <p>
 * Provinces: a caller changes only what lies within their {@link OrgCaller#reach() reach} (a province's administrator
 * their province; the installation's administrator and work without a user everything); whatever lies outside is
 * "not found", exactly as an unknown id. Whatever the caller, nothing links two provinces: a unit's parent, a
 * position's unit and superior, a supervisor and the unit supervised, a person and their positions lie in one.
 * <p>
 * A new province is {@link ProvinceAdministration}'s (the installation's administrator's alone); the checks of a whole
 * form against what is stored are {@link OrgFormRules}'.
 */
@Service
@Transactional
public class OrgAdministration {

    public static final int MAX_NAME = 255;
    public static final int MAX_CODE = 64;
    public static final int MAX_ORDER_NUMBER = 64;
    public static final int MAX_POWERS = 2000;
    public static final int MAX_NOTE = 1000;

    private final OrgUnitRepository units;
    private final PositionRepository positions;
    private final PersonRepository people;
    private final AssignmentRepository assignments;
    private final SupervisionRepository supervisions;
    private final PasswordEncoder passwordEncoder;
    private final OrgDirectory directory;
    private final UnitAliasRepository aliases;
    private final DelegatedMatters delegatedMatters;
    private final ApplicationEventPublisher events;
    private final OrgReadCache readCache;
    private final ProvinceAdministration provinceAdministration;
    private final OrgFormRules rules;
    private final ReachableOrgRecords reachable;
    private final OrgCaller caller;

    OrgAdministration(OrgCaller caller, ProvinceAdministration provinceAdministration, OrgFormRules rules,
            ReachableOrgRecords reachable, OrgUnitRepository units, PositionRepository positions, PersonRepository people,
            AssignmentRepository assignments, SupervisionRepository supervisions, PasswordEncoder passwordEncoder,
            OrgDirectory directory, UnitAliasRepository aliases, DelegatedMatters delegatedMatters,
            ApplicationEventPublisher events, OrgReadCache readCache) {
        this.caller = caller;
        this.provinceAdministration = provinceAdministration;
        this.rules = rules;
        this.reachable = reachable;
        this.readCache = readCache;
        this.events = events;
        this.units = units;
        this.positions = positions;
        this.people = people;
        this.assignments = assignments;
        this.supervisions = supervisions;
        this.passwordEncoder = passwordEncoder;
        this.directory = directory;
        this.aliases = aliases;
        this.delegatedMatters = delegatedMatters;
    }

    // ---- units ----

    public UnitSummary createUnit(UnitForm form) {
        readCache.writing();
        UnitForm clean = rules.unit(form, null);
        OrgReach reach = caller.reach();
        if (form.parentId() == null && !reach.everything()) {
            // a province's administrator works inside their province's tree: no new province, no installation-wide unit
            throw new RuleViolation("org.error.unit-needs-parent");
        }
        OrgUnit parent = form.parentId() == null ? null : reachable.unit(form.parentId(), reach);
        OrgUnit unit = new OrgUnit(form.code().trim(), clean.nameTh(), clean.nameEn(), form.kind(), parent);
        if (parent == null && form.kind() == UnitKind.PROVINCE) {
            // a province's root makes the province: its code is the unit's until an ISO code is given (ProvinceAdministration)
            return OrgRecords.unit(provinceAdministration.saveRoot(unit, form.code().trim()));
        }
        return OrgRecords.unit(units.save(unit));
    }

    public UnitSummary updateUnit(Long unitId, UnitForm form) {
        readCache.writing();
        OrgReach reach = caller.reach();
        OrgUnit unit = reachable.unit(unitId, reach);
        UnitForm clean = rules.unit(form, unitId);
        OrgUnit parent = rules.newParent(unit, form.parentId(), reach);
        unit.setCode(form.code().trim());
        unit.setNameTh(clean.nameTh());
        unit.setNameEn(clean.nameEn());
        unit.setKind(form.kind());
        unit.setParent(parent);
        return OrgRecords.unit(unit);
    }

    /** The unit's place among its siblings in the org chart and the lists (lower first, then by Thai name). */
    public void placeUnit(Long unitId, int sortOrder) {
        readCache.writing();
        reachable.unit(unitId, caller.reach()).setSortOrder(sortOrder);
    }

    public void deleteUnit(Long unitId) {
        readCache.writing();
        OrgUnit unit = reachable.unit(unitId, caller.reach());
        if (positions.existsByUnitId(unitId)) {
            throw new RuleViolation("org.error.unit-has-positions", unit.getNameTh());
        }
        if (units.existsByParentId(unitId)) {
            throw new RuleViolation("org.error.unit-has-children", unit.getNameTh());
        }
        if (supervisions.existsByUnitId(unitId)) {
            throw new RuleViolation("org.error.unit-supervised", unit.getNameTh());
        }
        // a deleted unit's abbreviations mean nothing any more; deleted one by one, so the audit trail names each
        aliases.deleteAll(aliases.findByUnitIdOrderByIdAsc(unitId));
        units.delete(unit);
    }

    // ---- positions ----

    public PositionSummary createPosition(PositionForm form) {
        readCache.writing();
        PositionForm clean = rules.position(form, null);
        OrgReach reach = caller.reach();
        OrgUnit unit = units.findById(form.unitId()).filter(u -> reach.includes(u.getProvinceId()))
                .orElseThrow(() -> new RuleViolation("org.error.position-needs-unit"));
        Position reportsTo = form.reportsToId() == null ? null : reachable.superior(unit, form.reportsToId(), reach);
        Position p = new Position(form.code().trim(), clean.titleTh(), clean.titleEn(), unit, reportsTo,
                form.unitHead(), Objects.requireNonNullElse(form.role(), PositionRole.STAFF));
        p.setClearance(Objects.requireNonNullElse(form.clearance(), SecrecyClass.NONE));
        return OrgRecords.position(positions.save(p), List.of());
    }

    /** Updates the position; the answer names whoever fills it today. */
    public PositionSummary updatePosition(Long positionId, PositionForm form) {
        readCache.writing();
        OrgReach reach = caller.reach();
        Position p = reachable.position(positionId, reach);
        PositionForm clean = rules.position(form, positionId);
        OrgUnit unit = units.findById(form.unitId()).filter(u -> reach.includes(u.getProvinceId()))
                .orElseThrow(() -> new RuleViolation("org.error.position-needs-unit"));
        if (otherProvinces(unit.getProvinceId(), p.getUnit().getProvinceId())) {
            // its holders, their cases and their numbers stay in the position's province
            throw new RuleViolation("org.error.position-other-province");
        }
        Position reportsTo = null;
        if (form.reportsToId() != null) {
            // the new superior must not be this position or anyone reporting to it, directly or not
            if (positions.countInSubordinates(positionId, form.reportsToId()) > 0) {
                throw new RuleViolation("org.error.reports-to-cycle");
            }
            reportsTo = reachable.superior(unit, form.reportsToId(), reach);
        }
        p.setCode(form.code().trim());
        p.setTitleTh(clean.titleTh());
        p.setTitleEn(clean.titleEn());
        p.setUnit(unit);
        p.setReportsTo(reportsTo);
        p.setUnitHead(form.unitHead());
        p.setRole(Objects.requireNonNullElse(form.role(), PositionRole.STAFF));
        p.setClearance(Objects.requireNonNullElse(form.clearance(), SecrecyClass.NONE));
        return directory.position(positionId).orElseThrow();
    }

    public void deletePosition(Long positionId) {
        readCache.writing();
        Position p = reachable.position(positionId, caller.reach());
        if (positions.existsByReportsToId(positionId)) {
            throw new RuleViolation("org.error.position-has-subordinates", p.getTitleTh());
        }
        if (assignments.existsByPositionId(positionId)) {
            throw new RuleViolation("org.error.position-has-assignments", p.getTitleTh());
        }
        positions.delete(p);
    }

    // ---- people ----

    public PersonSummary createPerson(PersonForm form) {
        readCache.writing();
        OrgReach reach = caller.reach();
        Person person = newPerson(form);
        if (!reach.everything()) {
            // a province's administrator's new people are of their province from the start (their list shows them)
            person.setProvinceId(reach.provinceId());
        }
        return OrgRecords.person(person);
    }

    private Person newPerson(PersonForm form) {
        String username = requireUsername(form.username());
        if (people.existsByUsername(username)) {
            throw new RuleViolation("org.error.username-taken", username);
        }
        String nameTh = requireText(form.fullNameTh(), "org.field.name-th", MAX_NAME);
        String nameEn = requireText(form.fullNameEn(), "org.field.name-en", MAX_NAME);
        String email = optionalText(form.email(), "org.field.email", MAX_NAME);
        Person person = new Person(username, nameTh, nameEn);
        person.setEmail(email);
        person.setEnabled(form.enabled());
        if (form.password() != null && !form.password().isBlank()) {
            person.setPasswordHash(passwordEncoder.encode(requirePassword(form.password())));
        }
        return people.save(person);
    }

    /**
     * Creates a person whose password hash was computed elsewhere (imports from an existing system, demo data):
     * hashing each of thousands of imported passwords would cost seconds for nothing.
     */
    public PersonSummary importPerson(PersonForm form, String passwordHash) {
        readCache.writing();
        OrgReach reach = caller.reach();
        Person person = newPerson(new PersonForm(form.username(), form.fullNameTh(), form.fullNameEn(), form.email(),
                null, form.enabled()));
        person.setPasswordHash(passwordHash);
        if (!reach.everything()) {
            person.setProvinceId(reach.provinceId());
        }
        return OrgRecords.person(person);
    }

    public PersonSummary updatePerson(Long personId, PersonForm form) {
        readCache.writing();
        Person person = reachable.person(personId, caller.reach());
        String username = requireUsername(form.username());
        people.findByUsername(username).filter(p -> !p.getId().equals(personId)).ifPresent(p -> {
            throw new RuleViolation("org.error.username-taken", username);
        });
        String nameTh = requireText(form.fullNameTh(), "org.field.name-th", MAX_NAME);
        String nameEn = requireText(form.fullNameEn(), "org.field.name-en", MAX_NAME);
        String email = optionalText(form.email(), "org.field.email", MAX_NAME);
        person.setUsername(username);
        person.setFullNameTh(nameTh);
        person.setFullNameEn(nameEn);
        person.setEmail(email);
        person.setEnabled(form.enabled());
        if (form.password() != null && !form.password().isBlank()) {
            person.setPasswordHash(passwordEncoder.encode(requirePassword(form.password())));
        }
        return OrgRecords.person(person);
    }

    /** Stores the person's language so that every later session opens in it. */
    public void setPreferredLocale(Long personId, String language) {
        readCache.writing();
        if (!"th".equals(language) && !"en".equals(language)) {
            throw new RuleViolation("org.error.language-unsupported");
        }
        people.findById(personId).ifPresent(p -> p.setPreferredLocale(language));
    }

    // ---- who fills a position ----

    /**
     * Records a holder, an acting holder or a delegation. The position's row is locked first, so two
     * administrators recording overlapping acting periods at the same moment cannot both succeed.
     */
    public Actor assign(AssignmentForm form) {
        readCache.writing();
        if (form.positionId() == null) {
            throw new RuleViolation("org.error.position-not-found");
        }
        OrgReach reach = caller.reach();
        Position position = reachable.position(form.positionId(), reach);
        AssignmentForm clean = rules.assignment(form, null);
        Person person = people.findById(form.personId() == null ? -1L : form.personId())
                // someone who never held a post belongs to no province yet: the first appointment places them
                .filter(p -> p.getProvinceId() == null && !assignments.existsByPersonId(p.getId()))
                .orElseGet(() -> reachable.person(form.personId(), reach));
        Long province = position.getUnit().getProvinceId();
        if (province != null && person.getProvinceId() == null) {
            person.setProvinceId(province);
        } else if (province != null && !province.equals(person.getProvinceId())) {
            // all of a person's positions lie in one province: that is how each request knows its province
            throw new RuleViolation("org.error.assignment-other-province");
        }
        Assignment a = new Assignment(position, person, form.kind(), form.validFrom(), form.validTo(),
                clean.orderNumber(), form.orderDate());
        a.setDelegatedPowers(clean.delegatedPowers());
        a.setNote(clean.note());
        Assignment saved = assignments.save(a);
        if (form.kind().fillsPosition()) {
            // work routed up while the post was vacant may now go back to it (process.VacancyReturn), in this transaction
            assignments.flush();
            events.publishEvent(new PositionFilled(position.getId(), position.getCode(), form.kind(), person.getId(),
                    form.validFrom()));
        }
        return OrgRecords.actor(saved);
    }

    /**
     * Sets which kinds of matters a delegation covers (its order's annex), replacing what it covered. Unknown codes and
     * assignments that are not delegations are refused. The assignment's position row is locked like any other change.
     */
    public void setDelegatedMatters(Long assignmentId, java.util.Collection<String> matterCodes) {
        readCache.writing();
        Assignment a = reachable.assignment(assignmentId, caller.reach());
        positions.lockById(a.getPosition().getId());
        delegatedMatters.set(assignmentId, matterCodes);
    }

    /** Ends an assignment on the given day (the last day it is in force). */
    public void endAssignment(Long assignmentId, LocalDate lastDay) {
        readCache.writing();
        Assignment a = reachable.assignment(assignmentId, caller.reach());
        positions.lockById(a.getPosition().getId());
        if (lastDay == null) {
            throw new RuleViolation("org.error.end-required");
        }
        if (lastDay.isBefore(a.getValidFrom())) {
            throw new RuleViolation("org.error.period-ends-before-start");
        }
        a.setValidTo(lastDay);
    }

    public void deleteAssignment(Long assignmentId) {
        readCache.writing();
        Assignment a = reachable.assignment(assignmentId, caller.reach());
        Long positionId = a.getPosition().getId();
        positions.lockById(positionId);
        assignments.delete(a);
    }

    // ---- supervision by vice governors ----

    public void supervise(Long supervisorPositionId, Long unitId, String orderNumber, LocalDate orderDate) {
        readCache.writing();
        OrgReach reach = caller.reach();
        Position supervisor = positions.findById(supervisorPositionId == null ? -1L : supervisorPositionId)
                .filter(p -> reach.includes(p.getUnit().getProvinceId()))
                .orElseThrow(() -> new RuleViolation("org.error.position-not-found"));
        if (supervisor.getRole() != PositionRole.VICE_GOVERNOR) {
            throw new RuleViolation("org.error.supervisor-not-vice-governor");
        }
        OrgUnit unit = reachable.unit(unitId, reach);
        if (otherProvinces(unit.getProvinceId(), supervisor.getUnit().getProvinceId())) {
            // a vice governor supervises units of their own province only
            throw new RuleViolation("org.error.supervision-other-province");
        }
        String number = optionalText(orderNumber, "org.field.order-number", MAX_ORDER_NUMBER);
        supervisions.findByUnitId(unitId).ifPresent(supervisions::delete);
        supervisions.flush();
        supervisions.save(new Supervision(supervisor, unit, number, orderDate));
    }

    /**
     * Two provinces, not one: what must never be linked. An installation-wide unit (no province: the system's, the
     * Ministry's, units made for no province) may be linked with a province's, as it was before provinces.
     */
    static boolean otherProvinces(Long one, Long other) {
        return one != null && other != null && !one.equals(other);
    }
}
