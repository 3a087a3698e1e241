package th.tidtam.dashboard.service;

import java.time.LocalDate;
import java.util.Collection;

import th.tidtam.directive.service.DirectiveStatistics.PartFilter;
import th.tidtam.directive.service.DirectiveStatistics.Viewer;
import th.tidtam.org.service.UnitTree;

/**
 * What one request may cover for its user, checked by {@link DashboardAccess}: the period, the units ({@code null}:
 * the whole province), the filters, the unit tree as read for this request and the directives the user may open.
 */
record DashboardScope(LocalDate from, LocalDate to, Integer fiscalYear, Collection<Long> units, DashboardRequest request,
        UnitTree tree, Viewer viewer, long provinceId, boolean summarised) {

    /**
     * The same parts in the per-day summary ({@link PartSummary}); only meaningful when {@link #summarised}: the
     * viewer sees every directive of the province (governor, head of office) and no filter needs the directive's
     * other columns.
     */
    PartSummary.Selection selection() {
        return new PartSummary.Selection(java.util.List.of(provinceId), units, request.urgency(),
                java.util.EnumSet.allOf(th.tidtam.org.SecrecyClass.class));
    }

    /** The directive module's filter for the same parts. */
    PartFilter filter() {
        return new PartFilter(from, to, units, request.urgency(), request.source(), request.meeting(), request.reference(),
                viewer);
    }

    /** A unit's Thai and English names, or null when the tree has no such unit. */
    String[] names(long unitId) {
        return tree.unit(unitId).map(u -> new String[] { u.nameTh(), u.nameEn() }).orElse(null);
    }
}
