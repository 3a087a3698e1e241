package th.tidtam.dashboard.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tidtam.base.time.ThaiDates;
import th.tidtam.casework.CaseAccess;
import th.tidtam.casework.figures.CaseFigure;
import th.tidtam.casework.figures.CaseFigures;
import th.tidtam.database.ReplicaRead;
import th.tidtam.org.service.CurrentPosition;

/**
 * The follow-up dashboard of the head of office (whole province), the governor (all) and each vice governor (the
 * units they supervise, sub-units included). Figures come from the application's own tables, never from the
 * engine's history: the directive module counts in SQL ({@code DirectiveStatistics}), grouped by the inputs of
 * {@code PartTiming}, so the fair lateness is computed once per distinct (due date, end day, waits) rather than once
 * per part, and agrees with the board and the meeting report. Directives the user may not open are never counted.
 * <p>
 * Who sees what and whether a request makes sense: {@link DashboardAccess}; the figures: {@link FigureCalculator};
 * the directives behind a figure: {@link DrillDown}. Units, spheres and their names come from org's tree.
 * <p>
 * Read from the MariaDB replica when one is configured and current ({@link ReplicaRead}): figures a few seconds old
 * mislead nobody, and the dashboard's aggregate queries are the heaviest reads of the application.
 */
@Service
@Transactional(readOnly = true)
@ReplicaRead
public class Dashboard {

    public static final int DUE_SOON_WORKING_DAYS = 7;

    private final DashboardAccess access;
    private final FigureCalculator figures;
    private final DrillDown drill;
    private final ObjectProvider<CaseFigures> otherCaseTypes;
    private final CaseAccess caseAccess;
    private final Clock clock;

    Dashboard(DashboardAccess access, FigureCalculator figures, DrillDown drill, ObjectProvider<CaseFigures> otherCaseTypes,
            CaseAccess caseAccess, Clock clock) {
        this.access = access;
        this.figures = figures;
        this.drill = drill;
        this.otherCaseTypes = otherCaseTypes;
        this.caseAccess = caseAccess;
        this.clock = clock;
    }

    /**
     * The other case types' figures (coordination requests, unowned matters …) over what the user may see, today,
     * beside the directives'; nothing for someone who may not use the dashboard.
     */
    public List<CaseFigure> otherCases() {
        if (!access.mayUse()) {
            return List.of();
        }
        List<CurrentPosition> mine = caseAccess.myPositions();
        LocalDate today = LocalDate.now(clock);
        return otherCaseTypes.orderedStream().map(f -> f.figures(mine, today)).toList();
    }

    /** A vice governor's sphere, or an agency, as the filters offer them. */
    public record Choice(long id, String nameTh, String nameEn) {
    }

    /** May the current user open the dashboard at all. */
    public boolean mayUse() {
        return access.mayUse();
    }

    /** The fiscal year (BE) a day falls in: October starts the next one. */
    public static int fiscalYearOf(LocalDate day) {
        return day.getYear() + ThaiDates.BE_OFFSET + (day.getMonthValue() >= 10 ? 1 : 0);
    }

    public static LocalDate fiscalYearStart(int beYear) {
        return LocalDate.of(beYear - ThaiDates.BE_OFFSET - 1, 10, 1);
    }

    public static LocalDate fiscalYearEnd(int beYear) {
        return LocalDate.of(beYear - ThaiDates.BE_OFFSET, 9, 30);
    }

    /** The spheres the user may choose: every vice governor's for the province, else their own. */
    public List<Choice> spheres() {
        return access.spheres();
    }

    /** The agencies the user may choose: every unit for the province, else the units of their sphere. */
    public List<Choice> agencies() {
        return access.agencies();
    }

    public DashboardFigures figures(DashboardRequest request) {
        return figures.figures(access.scope(request));
    }

    /** Ids of the directives behind a figure, newest first; the screen pages through them with {@link #rows}. */
    public List<Long> drillDown(DashboardRequest request, Figure figure, String key) {
        return drill.directiveIds(access.scope(request), figure, key);
    }

    /** The rows of directives (already drilled to, so visible to the user), in the order given. */
    public List<DirectiveRow> rows(List<Long> ids) {
        return drill.rows(ids);
    }
}
