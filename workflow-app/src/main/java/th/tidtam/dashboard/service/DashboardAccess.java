package th.tidtam.dashboard.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import th.tidtam.base.RuleViolation;
import th.tidtam.base.api.ApiProblems;
import th.tidtam.base.time.ThaiDates;
import th.tidtam.calendar.service.WorkingCalendar;
import th.tidtam.dashboard.service.Dashboard.Choice;
import th.tidtam.directive.service.DirectiveStatistics;
import th.tidtam.org.PositionRole;
import th.tidtam.org.UnitKind;
import th.tidtam.casework.Clearance;
import th.tidtam.org.service.CurrentPosition;
import th.tidtam.org.service.ProvinceScope;
import th.tidtam.org.service.Provinces;
import th.tidtam.org.service.OrgDirectory;
import th.tidtam.org.service.PositionSummary;
import th.tidtam.org.service.UnitTree;
import th.tidtam.security.CurrentUser;
import th.tidtam.security.Roles;

/**
 * Who sees which part of the dashboard, and whether a request makes sense: the governor and the head of office see
 * the whole province, a vice governor the sphere they supervise (the units of the supervision order and their
 * sub-units, as org's {@link UnitTree} reckons it); anyone else, or a vice governor asking for another's sphere, finds
 * nothing there (404). Bad periods, unknown spheres and agencies are refused with a message before anything is counted.
 */
@Component
class DashboardAccess {

    static final int MAX_PERIOD_YEARS = 10;
    static final int FIRST_FISCAL_YEAR = 2540;

    private final WorkingCalendar calendar;
    private final DirectiveStatistics statistics;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final Provinces provinces;

    DashboardAccess(WorkingCalendar calendar, DirectiveStatistics statistics, OrgDirectory org, CurrentUser currentUser,
            Provinces provinces) {
        this.provinces = provinces;
        this.calendar = calendar;
        this.statistics = statistics;
        this.org = org;
        this.currentUser = currentUser;
    }

    boolean mayUse() {
        return currentUser.get().map(u -> u.hasRole(Roles.GOVERNOR) || u.hasRole(Roles.HEAD_OF_OFFICE)
                || u.hasRole(Roles.VICE_GOVERNOR)).orElse(false);
    }

    List<Choice> spheres() {
        Set<Long> allowed = allowedSpheres(org.unitTree());
        java.util.function.Predicate<Long> mine = myProvinceFilter();
        Map<Long, PositionSummary> titles = org.summaries(allowed).stream()
                .filter(p -> mine.test(p.provinceId()))
                .collect(Collectors.toMap(PositionSummary::id, Function.identity()));
        return allowed.stream().filter(titles::containsKey)
                .map(id -> new Choice(id, titles.get(id).titleTh(), titles.get(id).titleEn()))
                .sorted(Comparator.comparing(Choice::nameTh)).toList();
    }

    List<Choice> agencies() {
        UnitTree tree = org.unitTree();
        Set<Long> allowed = allowedSpheres(tree);
        boolean province = province();
        java.util.function.Predicate<Long> mine = myProvinceFilter();
        return tree.units().stream()
                .filter(u -> province || tree.sphereOf(u.id()) != null && allowed.contains(tree.sphereOf(u.id())))
                .filter(u -> u.kind() != UnitKind.SYSTEM && mine.test(u.provinceId()))
                .map(u -> new Choice(u.id(), u.nameTh(), u.nameEn()))
                .sorted(Comparator.comparing(Choice::nameTh)).toList();
    }

    /** The request checked against the user's rights and the calendar; refused before anything is counted. */
    DashboardScope scope(DashboardRequest r) {
        if (!mayUse()) {
            throw new ApiProblems.NotFound();
        }
        Period period = period(r);
        UnitTree tree = org.unitTree();
        Set<Long> allowedSpheres = allowedSpheres(tree);
        Long myProvince = myProvince();
        boolean several = provinces.onlyOne().isEmpty();
        // the whole province is every unit when the installation has one; else the units of the user's province
        Collection<Long> units = !province() ? tree.unitsInSpheres(allowedSpheres)
                : several ? provinceUnits(tree, myProvince) : null;
        if (r.sphere() != null) {
            if (!tree.supervisors().contains(r.sphere())) {
                throw new RuleViolation("dashboard.error.unknown-sphere", String.valueOf(r.sphere()));
            }
            if (!allowedSpheres.contains(r.sphere())) {
                // another vice governor's sphere is simply not there for this user
                throw new ApiProblems.NotFound();
            }
            units = tree.unitsInSpheres(Set.of(r.sphere()));
        }
        if (r.agency() != null) {
            if (!tree.contains(r.agency())) {
                throw new RuleViolation("dashboard.error.unknown-agency", String.valueOf(r.agency()));
            }
            if (several && !Objects.equals(myProvince, tree.unit(r.agency()).map(u -> u.provinceId()).orElse(null))) {
                // another province's agency does not exist for this user
                throw new ApiProblems.NotFound();
            }
            Set<Long> agency = tree.unitAndBelow(r.agency());
            if (units == null) {
                units = agency;
            } else {
                Set<Long> both = new LinkedHashSet<>(units);
                both.retainAll(agency);
                Long agencySphere = tree.sphereOf(r.agency());
                if (both.isEmpty() && (agencySphere == null || !allowedSpheres.contains(agencySphere))) {
                    throw new ApiProblems.NotFound();
                }
                units = both;
            }
        }
        // the per-day summary holds every directive by class, urgency and unit: it serves whoever sees all of the
        // province's directives, unless a filter needs other columns of the directive or the period ended before today
        boolean summarised = myProvince != null && Clearance.seesEveryClass(myPositions()) && r.source() == null
                && r.meeting() == null && r.reference() == null && !period.to().isBefore(calendar.today())
                && !statistics.anyIssuedOnOrAfter(myProvince, period.to().plusDays(1));
        return new DashboardScope(period.from(), period.to(), period.fiscalYear(), units, r, tree,
                statistics.currentViewer(), myProvince == null ? -1 : myProvince, summarised);
    }

    private List<CurrentPosition> myPositions() {
        return currentUser.get().map(u -> org.positionsFilled(u.personId())).orElse(List.of());
    }

    /** The one province of the user's positions, or null (installation-wide accounts). */
    private Long myProvince() {
        ProvinceScope scope = ProvinceScope.of(myPositions());
        return scope.provinceIds().size() == 1 ? scope.single() : null;
    }

    /** Whether a unit or position of a province belongs on the user's dashboard (always, with one province). */
    private java.util.function.Predicate<Long> myProvinceFilter() {
        if (provinces.onlyOne().isPresent()) {
            return id -> true;
        }
        Long mine = myProvince();
        return id -> id != null && id.equals(mine);
    }

    private static Set<Long> provinceUnits(UnitTree tree, Long provinceId) {
        return tree.units().stream().filter(u -> provinceId != null && provinceId.equals(u.provinceId()))
                .map(u -> u.id()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private record Period(LocalDate from, LocalDate to, Integer fiscalYear) {
    }

    /** A fiscal year (BE), or a from–to range of at most {@value #MAX_PERIOD_YEARS} years; neither: this fiscal year. */
    private Period period(DashboardRequest r) {
        LocalDate today = calendar.today();
        Integer fiscalYear = null;
        if (r.fiscalYear() != null) {
            if (r.from() != null || r.to() != null) {
                throw new RuleViolation("dashboard.error.year-or-range");
            }
            int current = Dashboard.fiscalYearOf(today);
            if (r.fiscalYear() < FIRST_FISCAL_YEAR || r.fiscalYear() > current + 1) {
                // years and ids as text: a message must not print 2,570
                throw new RuleViolation("dashboard.error.fiscal-year", String.valueOf(r.fiscalYear()),
                        String.valueOf(FIRST_FISCAL_YEAR), String.valueOf(current + 1));
            }
            fiscalYear = r.fiscalYear();
        } else if (r.from() == null && r.to() == null) {
            fiscalYear = Dashboard.fiscalYearOf(today);
        }
        if (fiscalYear != null) {
            return new Period(Dashboard.fiscalYearStart(fiscalYear), Dashboard.fiscalYearEnd(fiscalYear), fiscalYear);
        }
        if (r.from() == null || r.to() == null) {
            throw new RuleViolation("dashboard.error.range-incomplete");
        }
        LocalDate from = r.from();
        LocalDate to = r.to();
        if (from.isAfter(to)) {
            throw new RuleViolation("dashboard.error.from-after-to", ThaiDates.formatShort(from), ThaiDates.formatShort(to));
        }
        if (from.plusYears(MAX_PERIOD_YEARS).isBefore(to) || Dashboard.fiscalYearOf(from) < FIRST_FISCAL_YEAR
                || Dashboard.fiscalYearOf(to) > Dashboard.fiscalYearOf(today) + 1) {
            throw new RuleViolation("dashboard.error.range-too-wide", MAX_PERIOD_YEARS);
        }
        return new Period(from, to, null);
    }

    private boolean province() {
        return currentUser.get().map(u -> u.hasRole(Roles.GOVERNOR) || u.hasRole(Roles.HEAD_OF_OFFICE)).orElse(false);
    }

    private Set<Long> allowedSpheres(UnitTree tree) {
        if (province()) {
            if (provinces.onlyOne().isPresent()) {
                return tree.supervisors();
            }
            // the spheres of the user's province: supervisors of its units
            Set<Long> mine = new LinkedHashSet<>();
            provinceUnits(tree, myProvince()).forEach(u -> {
                Long sphere = tree.sphereOf(u);
                if (sphere != null) {
                    mine.add(sphere);
                }
            });
            return mine;
        }
        return currentUser.get().map(u -> org.positionsFilled(u.personId()).stream()
                .filter(p -> p.role() == PositionRole.VICE_GOVERNOR).map(CurrentPosition::positionId)
                .collect(Collectors.toCollection(LinkedHashSet::new))).orElse(new LinkedHashSet<>());
    }
}
