package th.tidtam.org.service;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.org.domain.AssignmentRepository;
import th.tidtam.org.domain.OrgUnit;
import th.tidtam.org.domain.OrgUnitRepository;
import th.tidtam.org.domain.PersonRepository;
import th.tidtam.org.domain.Position;
import th.tidtam.org.domain.PositionRepository;
import th.tidtam.org.PositionRole;
import th.tidtam.org.domain.SupervisionRepository;

/**
 * Read side of the chain of command: who fills which position today, who is above whom, which position must do
 * the work of a vacant one. Every answer is one or two indexed queries, and every answer is a record of this
 * package ({@link UnitSummary}, {@link PersonSummary}, {@link PositionSummary}, ...): org's entities never leave org.
 * The answers a step asks for again and again (a position, its holders, who covers a vacancy) are kept across
 * transactions while org's version stays the same ({@link OrgReadCache}); those that depend on the day carry it in
 * their key.
 * <p>
 * Its public questions stay here, one place for every module to ask; the mechanics behind two groups of them are
 * package-private helpers: {@link PositionSummaries} (the position records with their actors), {@link UnitNameQueries}
 * (unit names, aliases and the search over them), as {@link ChainQueries} and {@link DelegatedMatters} are.
 */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

    private final OrgUnitRepository units;
    private final PositionRepository positions;
    private final PersonRepository people;
    private final AssignmentRepository assignments;
    private final SupervisionRepository supervisions;
    private final Clock clock;
    private final ChainQueries chain;
    private final UnitNameQueries names;
    private final PositionSummaries summaries;
    private final DelegatedMatters delegatedMatters;
    private final OrgReadCache cache;
    private final OrgCaller caller;

    OrgDirectory(OrgCaller caller, OrgUnitRepository units, PositionRepository positions, PersonRepository people,
            AssignmentRepository assignments, SupervisionRepository supervisions, Clock clock, ChainQueries chain,
            UnitNameQueries names, PositionSummaries summaries, DelegatedMatters delegatedMatters, OrgReadCache cache) {
        this.cache = cache;
        this.caller = caller;
        this.units = units;
        this.positions = positions;
        this.people = people;
        this.assignments = assignments;
        this.supervisions = supervisions;
        this.clock = clock;
        this.chain = chain;
        this.names = names;
        this.summaries = summaries;
        this.delegatedMatters = delegatedMatters;
    }

    /** What a cached answer is about: the question, its argument and, for answers that change with the day, the day. */
    private record Key(String question, Object argument, LocalDate day) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<PersonSummary> person(String username) {
        return people.findByUsername(username).map(OrgRecords::person);
    }

    public Optional<PersonSummary> person(Long id) {
        return cache.get(new Key("person", id, null), () -> people.findById(id).map(OrgRecords::person));
    }

    /** The person and their password hash, for the login and the process engine's password check only. */
    public Optional<Credentials> credentials(String username) {
        return people.findByUsername(username).map(OrgRecords::credentials);
    }

    public List<PersonSummary> allPeople() {
        return people.findAllByOrderByFullNameThAsc().stream().map(OrgRecords::person).toList();
    }

    // --- what the caller reaches (OrgCaller): the org screens, the unit API and the pickers show only that ------------

    /** The caller's reach: everything for the installation's administrator, else the province they work in. */
    public OrgReach callerReach() {
        return caller.reach();
    }

    /** {@link #allUnits()} within the caller's reach. */
    public List<UnitSummary> unitsInReach() {
        OrgReach reach = caller.reach();
        return allUnits().stream().filter(u -> reach.includes(u.provinceId())).toList();
    }

    /** {@link #allPositions()} within the caller's reach. */
    public List<PositionSummary> positionsInReach() {
        OrgReach reach = caller.reach();
        return allPositions().stream().filter(p -> reach.includes(p.provinceId())).toList();
    }

    /**
     * {@link #allPeople()} within the caller's reach. The installation's administrator also sees the people of no
     * province yet (created, not yet assigned).
     */
    public List<PersonSummary> peopleInReach() {
        OrgReach reach = caller.reach();
        return allPeople().stream().filter(p -> reach.includes(p.provinceId())).toList();
    }

    /** The unit when the caller reaches it; empty, as for an unknown id, when it lies in another province. */
    public Optional<UnitSummary> unitInReach(Long unitId) {
        OrgReach reach = caller.reach();
        return unit(unitId).filter(u -> reach.includes(u.provinceId()));
    }

    /** {@link #allUnits()} the caller may see ({@link OrgReach#sees}): their province's and installation-wide ones. */
    public List<UnitSummary> visibleUnits() {
        OrgReach reach = caller.reach();
        return allUnits().stream().filter(u -> reach.sees(u.provinceId())).toList();
    }

    /** The unit when the caller may see it; empty, as for an unknown id, when it lies in another province. */
    public Optional<UnitSummary> visibleUnit(Long unitId) {
        OrgReach reach = caller.reach();
        return unit(unitId).filter(u -> reach.sees(u.provinceId()));
    }

    /** {@link #findUnits(String, int)} among the units the caller may see. */
    public List<UnitNames> findVisibleUnits(String query, int limit) {
        OrgReach reach = caller.reach();
        if (reach.everything()) {
            return findUnits(query, limit);
        }
        Set<Long> visible = new java.util.HashSet<>(visibleUnits().stream().map(UnitSummary::id).toList());
        return UnitNameQueries.find(unitNames().stream().filter(u -> visible.contains(u.unitId())).toList(), query, limit);
    }

    /** The position when the caller reaches it; empty, as for an unknown id, when it lies in another province. */
    public Optional<PositionSummary> positionInReach(Long positionId) {
        OrgReach reach = caller.reach();
        return position(positionId).filter(p -> reach.includes(p.provinceId()));
    }

    /** The person when the caller reaches them; empty, as for an unknown id, when of another province. */
    public Optional<PersonSummary> personInReach(Long personId) {
        OrgReach reach = caller.reach();
        return person(personId).filter(p -> reach.includes(p.provinceId()));
    }

    /** The positions the person holds or acts in today, and delegations made to them. */
    public List<CurrentPosition> currentPositions(Long personId) {
        LocalDate today = today();
        return cache.get(new Key("current", personId, today),
                () -> assignments.currentOf(personId, today).stream().map(OrgRecords::current).toList());
    }

    /** Positions that make the work of a position the person's own today (holder or acting; not delegation). */
    public List<CurrentPosition> positionsFilled(Long personId) {
        return currentPositions(personId).stream().filter(p -> p.capacity().fillsPosition()).toList();
    }

    public Set<PositionRole> rolesOf(Long personId) {
        Set<PositionRole> roles = EnumSet.noneOf(PositionRole.class);
        positionsFilled(personId).forEach(p -> roles.add(p.role()));
        return roles;
    }

    /** Who must act for the position today: acting holders first, then the holder. Empty when vacant. */
    public List<Actor> actorsFor(Long positionId) {
        LocalDate today = today();
        return cache.get(new Key("actors", positionId, today),
                () -> assignments.actorsFor(positionId, today).stream().map(OrgRecords::actor).toList());
    }

    /** The chain of command above the position, nearest superior first. */
    public List<PositionSummary> chainAbove(Long positionId) {
        List<Long> ids = positions.chainAbove(positionId);
        return summaries(ids);
    }

    /** The position that must do the position's work today: itself, or the nearest filled position above it. */
    public Optional<Long> responsiblePosition(Long positionId) {
        LocalDate today = today();
        return cache.get(new Key("responsible", positionId, today),
                () -> positions.responsiblePosition(positionId, today));
    }

    public Optional<PositionSummary> position(Long positionId) {
        Optional<PositionSummary> position = cache.get(new Key("position", positionId, today()),
                () -> summaries(List.of(positionId)).stream().findFirst());
        // the position's code now answers positionByCode as well (routing finds a group by id, messages by its code)
        position.ifPresent(p -> cache.get(new Key("code", p.code(), null), () -> Optional.of(p.id())));
        return position;
    }

    public Optional<PositionSummary> positionByCode(String code) {
        return cache.get(new Key("code", code, null), () -> positions.findByCode(code).map(Position::getId))
                .flatMap(this::position);
    }

    /** The one position that plays a province-wide role (GOVERNOR, HEAD_OF_OFFICE), if any. */
    public Optional<Long> positionWithRole(PositionRole role) {
        return cache.get(new Key("role", role, null),
                () -> positions.findByRole(role).stream().map(Position::getId).sorted().findFirst());
    }

    /**
     * The one position that plays a province-wide role (GOVERNOR, HEAD_OF_OFFICE) in the given province, if any. Every
     * case names its province: the governor of one province is never asked to decide another's.
     */
    public Optional<Long> positionWithRole(Long provinceId, PositionRole role) {
        return cache.get(new Key("role-in", role + "@" + provinceId, null),
                () -> positions.findByRole(role).stream().filter(p -> Objects.equals(p.getUnit().getProvinceId(), provinceId))
                        .map(Position::getId).sorted().findFirst());
    }

    /** True when {@code candidateId} lies below {@code positionId} in the chain of command (any depth). */
    public boolean isBelow(Long candidateId, Long positionId) {
        return !candidateId.equals(positionId) && positions.countInSubordinates(positionId, candidateId) > 0;
    }

    /** The vice governor supervising the unit or the nearest unit above it that has one. */
    public Optional<Long> supervisingPosition(Long unitId) {
        OrgUnit unit = units.findById(unitId).orElse(null);
        for (int depth = 0; unit != null && depth < 64; depth++, unit = unit.getParent()) {
            Optional<Long> supervisor = supervisorOf(unit.getId());
            if (supervisor.isPresent()) {
                return supervisor;
            }
        }
        return Optional.empty();
    }

    public Optional<Long> headOf(Long unitId) {
        return cache.get(new Key("head", unitId, null), () -> positions.findHeadOfUnit(unitId).map(Position::getId));
    }

    public Optional<Long> supervisorOf(Long unitId) {
        return supervisions.findByUnitId(unitId).map(s -> s.getSupervisor().getId());
    }

    public List<PositionSummary> positionsOfUnit(Long unitId) {
        return summaries(positions.findByUnit(unitId).stream().map(Position::getId).toList());
    }

    public List<PositionSummary> allPositions() {
        return summaries(positions.findAllWithUnit().stream().map(Position::getId).toList());
    }

    /** The positions of one province (with their units), as {@link #allPositions()}. */
    public List<PositionSummary> allPositions(Long provinceId) {
        return allPositions().stream().filter(p -> Objects.equals(p.provinceId(), provinceId)).toList();
    }

    /** The units of one province, as {@link #allUnits()}. */
    public List<UnitSummary> allUnits(Long provinceId) {
        return allUnits().stream().filter(u -> Objects.equals(u.provinceId(), provinceId)).toList();
    }

    /** The root unit of a province (kind PROVINCE). */
    public Optional<UnitSummary> provinceRoot(Long provinceId) {
        return rootUnits().stream().filter(u -> u.provinceId() != null && u.provinceId().equals(provinceId)).findFirst();
    }

    public List<UnitSummary> rootUnits() {
        return units.findByParentIsNullOrderBySortOrderAscNameThAsc().stream().map(OrgRecords::unit).toList();
    }

    public List<UnitSummary> childUnits(Long unitId) {
        return units.findByParentIdOrderBySortOrderAscNameThAsc(unitId).stream().map(OrgRecords::unit).toList();
    }

    public boolean hasChildUnits(Long unitId) {
        return units.existsByParentId(unitId);
    }

    public List<UnitSummary> allUnits() {
        return units.findAllWithParent().stream().map(OrgRecords::unit).toList();
    }

    public List<UnitSummary> units(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : units.findAllById(unitIds).stream().map(OrgRecords::unit).toList();
    }

    public Optional<UnitSummary> unit(Long unitId) {
        return cache.get(new Key("unit", unitId, null), () -> units.findById(unitId).map(OrgRecords::unit));
    }

    // --- names and aliases: what the pickers and the minutes' extraction find units by ---------------------------------

    /**
     * Every unit that can take directives ({@link th.tidtam.org.UnitKind#takesDirectives}), in the units' list order
     * (sort order, then Thai name), with its aliases; two queries whatever the count.
     */
    public List<UnitNames> unitNames() {
        return names.unitNames();
    }

    /** {@link #unitNames()} of one province: what its pickers and its minutes' extraction may name. */
    public List<UnitNames> unitNames(Long provinceId) {
        Set<Long> inProvince = new java.util.HashSet<>(allUnits(provinceId).stream().map(UnitSummary::id).toList());
        return unitNames().stream().filter(u -> inProvince.contains(u.unitId())).toList();
    }

    /** {@link #findUnits(String, int)} among one province's units. */
    public List<UnitNames> findUnits(Long provinceId, String query, int limit) {
        return UnitNameQueries.find(unitNames(provinceId), query, limit);
    }

    /**
     * Units that can take directives whose Thai or English name or an alias contains the query, by
     * {@link UnitNameKey}'s rule (case, Thai digits, spaces and dots do not matter): exact matches of a whole name or
     * alias first, then the others in list order. A blank query answers the first {@code limit} units.
     */
    public List<UnitNames> findUnits(String query, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return UnitNameQueries.find(unitNames(), query, limit);
    }

    /** The aliases of every unit (of any kind) that has some, by unit id, each unit's in the order they were added. */
    public Map<Long, List<String>> aliasesByUnit() {
        return names.aliasesByUnit();
    }

    public Optional<UnitAliasSummary> alias(Long aliasId) {
        return names.alias(aliasId);
    }

    /** The unit's aliases with their ids, in the order they were added. */
    public List<UnitAliasSummary> aliasesOf(Long unitId) {
        return names.aliasesOf(unitId);
    }

    public List<Actor> history(Long positionId) {
        return assignments.historyOf(positionId).stream().map(OrgRecords::actor).toList();
    }

    // --- bulk questions of other modules: sets of ids in, sets of ids out, one query each ----------------------------

    /** The given positions and every position that reports to one of them, directly or not (any depth). */
    public Set<Long> positionsAtOrBelow(Collection<Long> positionIds) {
        return chain.positionsAtOrBelow(positionIds);
    }

    /** The unit each of the given positions heads, by position id; positions that head no unit are left out. */
    public Map<Long, Long> unitsHeadedBy(Collection<Long> positionIds) {
        return chain.unitsHeadedBy(positionIds);
    }

    /** The units the given positions supervise by the supervision order (the units themselves, not their sub-units). */
    public Set<Long> unitsSupervisedBy(Collection<Long> positionIds) {
        return chain.unitsSupervisedBy(positionIds);
    }

    /** The whole unit tree with the supervision order, read in two queries, for walking it many times. */
    public UnitTree unitTree() {
        return chain.unitTree();
    }

    /** The units of the given ids, in the tree's order (sort order, then Thai name). */
    public List<UnitSummary> unitsInOrder(Collection<Long> unitIds) {
        return chain.unitsInOrder(unitIds);
    }

    /**
     * The positions the person held, acted in or was delegated on the day (holder first, then acting, then
     * delegations; then the positions' sort order), read with plain JDBC on the caller's connection: for the audit
     * trail, which asks inside a Hibernate flush (where a JPA query would flush again) and must see what its own
     * transaction just wrote. Starts no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<CurrentPosition> positionsOn(Connection connection, long personId, LocalDate day) {
        return chain.positionsOn(connection, personId, day);
    }

    /** Summaries in the order of the ids given, with today's actors, in two queries whatever the count. */
    public List<PositionSummary> summaries(Collection<Long> ids) {
        return summaries.of(ids, today());
    }

    // ---- delegations (ปฏิบัติราชการแทน) and what they cover ----

    /** The kinds of matters a delegation order's annex can list, in their order. */
    public List<DelegableMatter> delegableMatters() {
        return delegatedMatters.all();
    }

    /** The matters one delegation covers. */
    public Set<String> delegatedMatters(Long assignmentId) {
        return delegatedMatters.of(assignmentId);
    }

    /** The delegations of the position in force on the day, with the matters each covers. */
    public List<Delegation> delegationsOn(Long positionId, LocalDate day) {
        return delegatedMatters.on(positionId, day);
    }

    /** The person's delegation on the position in force on the day that covers the matter, if there is one. */
    public Optional<Actor> delegationCovering(Long personId, Long positionId, String matter, LocalDate day) {
        return delegatedMatters.covering(personId, positionId, matter, day);
    }
}
